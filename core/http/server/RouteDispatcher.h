#pragma once

#include "core/http/server/HttpCompat.h"
#include "core/http/server/RequestInfo.h"
#include "core/http/server/SecurityHeaders.h"
#include "core/http/server/TrustedProxies.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>

namespace invitedesk::http {

class ConnectionGuard;

// Registers routes on a QHttpServer whose handlers answer later (from a worker pool) and sees
// every answer out: copies what the handler needs out of the request, works out the client
// address and language, keeps answers in request order per connection (ConnectionGuard),
// adds the security headers, writes one access-log line, and counts requests in flight so
// the server can stop only once they are answered.
class RouteDispatcher : public QObject {
    Q_OBJECT
public:
    // Called on the server's thread; may return a ready future (QtFuture::makeReadyFuture)
    // or one computed on a pool. The RequestInfo is the handler's own copy.
    using Handler = std::function<QFuture<QHttpServerResponse>(RequestInfo)>;

    // X-Forwarded-For is read only from peers among trustedProxies (clientHost()).
    RouteDispatcher(QHttpServer& server, SecurityHeaders headers, TrustedProxies trustedProxies,
                    QObject* parent = nullptr);

    // qtPattern uses QtHttpServer's "<arg>" placeholder (at most one); logPattern is what the
    // access log shows ("/invite/{token}").
    void route(const QString& qtPattern, const QString& logPattern,
               QHttpServerRequest::Methods methods, Handler handler);
    // Requests no route matched.
    void setFallback(Handler handler);

    int inFlight() const { return m_inFlight; }
    const SecurityHeaders& securityHeaders() const { return m_headers; }

signals:
    void drained(); // the last request in flight was answered

private:
    void dispatch(const QHttpServerRequest& request, const QString& logPattern, const QString& arg,
                  const compat::ResponderPtr& responder, const Handler& handler);
    // Where an answer goes: the connection's guard (before Qt 6.8) and its place in line.
    struct Slot {
        QPointer<ConnectionGuard> guard;
        bool guarded = false; // had a guard when the request came (so a null one means gone)
        quint64 sequence = 0;
    };
    void complete(const RequestInfo& info, const Slot& slot, const compat::ResponderPtr& responder,
                  QHttpServerResponse&& response);

    QHttpServer& m_server;
    SecurityHeaders m_headers;
    TrustedProxies m_trustedProxies;
    int m_inFlight = 0;
};

} // namespace invitedesk::http
