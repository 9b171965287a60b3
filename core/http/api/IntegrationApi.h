#pragma once

#include "core/http/api/IntegrationApiOptions.h"
#include "core/http/server/RequestInfo.h"
#include "core/services/BackendServices.h"

#include <QByteArray>
#include <QFuture>
#include <QHttpServerResponse>

#include <memory>

class QThreadPool;

namespace invitedesk {
class ApiIdempotencyService;
class ApiTokenService;
class RateLimiter;
} // namespace invitedesk

namespace invitedesk::http {

class RouteDispatcher;

namespace api {
class InvitationApiHandler;
struct ApiRequest;
} // namespace api

// The integration API: the authenticated invitation routes under /api/v1/invitations and
// the OpenAPI document, mounted on `invitedesk serve` beside the acceptance routes. Every
// request is rate-limited by address and by token on the server thread, then, on the
// database pool, authenticated by its bearer token and handed to a thin handler that calls
// the services as the token's user. Creates honour Idempotency-Key.
class IntegrationApi {
public:
    enum class Action {
        List,
        Create,
        CreateDoctor,
        CreateSales,
        CreatePracticeStaff,
        Statistics,
        BulkCreate,
        BulkResend,
        BulkCancel,
        Get,
        Update,
        Cancel,
        Resend,
        OpenApi,
    };
    // One row of the route table: what the OpenAPI document describes and the test compares.
    struct Route {
        QByteArray method; // "GET", "POST", "PUT", "DELETE"
        QString path;      // OpenAPI form: "/api/v1/invitations/{id}"
        Action action;
        bool changes = false; // refused to read-only tokens
        bool creates = false; // honours Idempotency-Key
        bool public_ = false; // no token needed (the OpenAPI document)
    };
    static const QList<Route>& routes();
    // Methods allowed on a path that exists (for 405 answers); empty when the path is none.
    static QByteArray allowedMethods(const QString& requestPath);

    IntegrationApi(BackendPtr backend, IntegrationApiOptions options);
    ~IntegrationApi();

    // Registers every route on the dispatcher; handlers run on pool.
    void mount(RouteDispatcher& dispatcher, QThreadPool* pool);

    // The served OpenAPI document (resource :/http/openapi.json).
    static QByteArray openApiDocument();

private:
    QFuture<QHttpServerResponse> handle(const Route& route, const RequestInfo& info,
                                        QThreadPool* pool);
    QHttpServerResponse run(const Route& route, const RequestInfo& info) const;
    QHttpServerResponse call(Action action, const api::ApiRequest& request) const;
    QHttpServerResponse idempotent(const Route& route, const api::ApiRequest& request) const;

    BackendPtr m_backend;
    IntegrationApiOptions m_options;
    std::shared_ptr<ApiTokenService> m_tokens;
    std::shared_ptr<ApiIdempotencyService> m_idempotency;
    std::shared_ptr<api::InvitationApiHandler> m_invitations;
    std::shared_ptr<RateLimiter> m_perToken;
    std::shared_ptr<RateLimiter> m_perAddress;
};

} // namespace invitedesk::http
