#pragma once

#include "core/Error.h"
#include "core/http/acceptance/AcceptanceServerOptions.h"
#include "core/http/server/PasswordHashChain.h"
#include "core/services/BackendServices.h"

#include <QFuture>
#include <QHttpServerResponse>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QHttpServer;
class QThreadPool;

namespace invitedesk {
class AcceptanceLookupPipeline;
class AcceptanceService;
class RateLimiter;
} // namespace invitedesk

namespace invitedesk::http {

class AcceptanceApiHandler;
class AcceptancePage;
class AcceptancePageHandler;
class GuardedTcpServer;
class PasswordResetApiHandler;
class PasswordResetPageHandler;
class IntegrationApi;
class RouteDispatcher;
struct RequestInfo;

// The acceptance handler: QHttpServer with the invitee's page, the JSON API and /healthz, the
// password-reset page and route (core/http/reset), and the integration API (core/http/api)
// beside them,
// for `invitedesk serve` and for the desktop app when its settings say so (start()/stop()
// on the GUI thread's event loop). The server thread only parses, rate-limits and writes;
// database work runs on a small pool whose threads each keep their own connection (and
// prepared lookup), password hashing on a separate, smaller pool so slow hashes cannot starve
// validation. QtHttpServer is not meant to face the internet: listen on loopback or a private
// address behind a TLS reverse proxy (docs/deploy.md).
class AcceptanceServer : public QObject {
    Q_OBJECT
public:
    // The services of `backend`, with its configuration (public URL, clock).
    AcceptanceServer(BackendPtr backend, AcceptanceServerOptions options,
                     QObject* parent = nullptr);
    ~AcceptanceServer() override;

    // Listens and serves. Error::Environment when the address cannot be bound.
    Result<void> start();
    // Stops taking connections, answers the requests in flight (up to drainTimeoutMs), closes
    // the connections, then emits stopped(). Safe to call when not running.
    void stop();
    // stop(), then waits (running the event loop) until stopped. For destructors and tests.
    void stopAndWait();

    bool isRunning() const { return m_running; }
    quint16 port() const;
    QHostAddress address() const { return m_options.address; }
    int requestsInFlight() const;
    const AcceptanceServerOptions& options() const { return m_options; }

signals:
    void started();
    void stopped();

private:
    void registerRoutes();
    // The token routes: rate limit on the server thread, then the work on a pool.
    QFuture<QHttpServerResponse> limited(const RequestInfo& info, bool html,
                                         std::function<QFuture<QHttpServerResponse>()> work);
    // Accepting an invitation and setting a password through a reset link: checked on the
    // database pool, hashed on the hashing pool, committed on the database pool.
    template <typename Handler>
    QFuture<QHttpServerResponse> acceptChain(std::shared_ptr<const Handler> handler,
                                             const RequestInfo& info, bool html);
    template <typename Handler>
    QFuture<QHttpServerResponse> resetChain(std::shared_ptr<const Handler> handler,
                                            const RequestInfo& info, bool html);
    HashPools hashPools() const;
    QFuture<QHttpServerResponse> fallback(const RequestInfo& info);
    // validate with the lookup batched on the pipelined connection (PostgreSQL).
    QFuture<QHttpServerResponse> pipelinedValidate(const RequestInfo& info);
    void finishStop();

    BackendPtr m_backend;
    AcceptanceServerOptions m_options;

    std::shared_ptr<AcceptanceService> m_service;
    std::shared_ptr<const AcceptancePage> m_page;
    std::shared_ptr<const AcceptanceApiHandler> m_api;
    std::shared_ptr<const AcceptancePageHandler> m_pages;
    std::shared_ptr<const PasswordResetPageHandler> m_resetPages;
    std::shared_ptr<const PasswordResetApiHandler> m_resetApi;
    std::shared_ptr<RateLimiter> m_rateLimiter;
    std::shared_ptr<QAtomicInt> m_queuedHashes;
    std::unique_ptr<IntegrationApi> m_integration; // null when options.api.enabled is off

    std::unique_ptr<QThreadPool> m_databasePool;
    std::unique_ptr<AcceptanceLookupPipeline> m_pipeline; // on this thread; null on SQLite
    std::unique_ptr<QThreadPool> m_hashPool;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<GuardedTcpServer> m_tcp;
    QPointer<RouteDispatcher> m_dispatcher;
    QTimer m_drainTimer;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace invitedesk::http
