#include "core/http/server/RouteDispatcher.h"

#include "core/http/server/ClientAddress.h"
#include "core/http/server/ConnectionGuard.h"
#include "core/http/server/HttpLogging.h"
#include "core/http/server/HttpResponses.h"
#include "core/http/server/LanguageNegotiation.h"

#include <QPointer>
#include <QTcpSocket>

namespace invitedesk::http {

RouteDispatcher::RouteDispatcher(QHttpServer& server, SecurityHeaders headers,
                                 TrustedProxies trustedProxies, QObject* parent)
    : QObject(parent), m_server(server), m_headers(std::move(headers)),
      m_trustedProxies(std::move(trustedProxies))
{
    // Answers Qt builds itself (none today: every route answers through a responder) still
    // get the security headers.
    compat::addAfterRequest(
        m_server, this,
        [headers = m_headers](const QHttpServerRequest&, QHttpServerResponse& response) {
            headers.apply(response);
        });
}

void RouteDispatcher::route(const QString& qtPattern, const QString& logPattern,
                            QHttpServerRequest::Methods methods, Handler handler)
{
    bool ok = false;
    if (qtPattern.contains(QLatin1String("<arg>"))) {
        ok = compat::addRoute(m_server, qtPattern, methods,
                              [this, logPattern, handler](const QString& arg,
                                                          const QHttpServerRequest& request,
                                                          compat::ResponderPtr responder) {
                                  dispatch(request, logPattern, arg, responder, handler);
                              });
    } else {
        ok = compat::addRoute(m_server, qtPattern, methods,
                              [this, logPattern, handler](const QHttpServerRequest& request,
                                                          compat::ResponderPtr responder) {
                                  dispatch(request, logPattern, QString(), responder, handler);
                              });
    }
    if (!ok)
        qCCritical(lcHttp) << "could not register the route" << logPattern;
}

void RouteDispatcher::setFallback(Handler handler)
{
    compat::setMissingHandler(
        m_server, this,
        [this, handler](const QHttpServerRequest& request, compat::ResponderPtr responder) {
            dispatch(request, QStringLiteral("(no route)"), QString(), responder, handler);
        });
}

void RouteDispatcher::dispatch(const QHttpServerRequest& request, const QString& logPattern,
                               const QString& arg, const compat::ResponderPtr& responder,
                               const Handler& handler)
{
    RequestInfo info = RequestInfo::from(request, logPattern, arg);
    const QHostAddress client =
        clientHost(info.peer, info.headerValues("x-forwarded-for"), m_trustedProxies);
    info.clientAddress = displayAddress(client);
    info.rateLimitKey = addressKey(client);
    info.language = negotiateLanguage(info.header("accept-language"));

    ConnectionGuard* guard = ConnectionGuard::of(compat::socketOf(*responder));
    const quint64 sequence = guard ? guard->beginRequest() : 0;
    QPointer<ConnectionGuard> guardRef(guard);
    ++m_inFlight;

    const bool guarded = guard != nullptr;
    QFuture<QHttpServerResponse> future = handler(info);
    future
        .then(this,
              [this, info, sequence, responder, guardRef, guarded](QHttpServerResponse&& response) {
                  complete(info, {guardRef, guarded, sequence}, responder, std::move(response));
              })
        .onCanceled(this, [this, info, sequence, responder, guardRef, guarded] {
            complete(info, {guardRef, guarded, sequence}, responder,
                     responses::jsonError(Status::ServiceUnavailable, QStringLiteral("unavailable"),
                                          QStringLiteral("The service is shutting down.")));
        });
}

void RouteDispatcher::complete(const RequestInfo& info, const Slot& slot,
                               const compat::ResponderPtr& responder,
                               QHttpServerResponse&& response)
{
    m_headers.apply(response);
    const int status = int(compat::statusCode(response));
    if (lcHttpAccess().isInfoEnabled()) {
        // The route pattern, never the path: paths carry tokens.
        qCInfo(lcHttpAccess, "%s %s %d %.1fms %s", info.method.constData(),
               qUtf8Printable(info.routePattern), status, double(info.started.nsecsElapsed()) / 1e6,
               qUtf8Printable(info.clientAddress));
    }
    if (slot.guard) {
        slot.guard->finishRequest(slot.sequence, responder, std::move(response));
    } else if (!slot.guarded) {
        compat::send(*responder, std::move(response)); // Qt 6.8+: Qt keeps the stream alive
    }
    // else: the connection closed (and its socket may be deleted) while the answer was
    // computed; the answer has nowhere to go.
    --m_inFlight;
    if (m_inFlight == 0)
        emit drained();
}

} // namespace invitedesk::http
