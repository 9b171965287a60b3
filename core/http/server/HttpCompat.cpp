#include "core/http/server/HttpCompat.h"

#include <QTcpServer>
#include <QTcpSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace invitedesk::http::compat {

bool bind(QHttpServer& server, QTcpServer* tcpServer)
{
    if (!tcpServer || !tcpServer->isListening())
        return false;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return server.bind(tcpServer);
#else
    server.bind(tcpServer);
    return true;
#endif
}

bool addRoute(QHttpServer& server, const QString& pattern, QHttpServerRequest::Methods methods,
              ArgRouteHandler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return server.route(pattern, methods,
                        [handler](const QString& arg, const QHttpServerRequest& request,
                                  QHttpServerResponder& responder) {
                            handler(arg, request,
                                    std::make_shared<QHttpServerResponder>(std::move(responder)));
                        }) != nullptr;
#else
    return server.route(pattern, methods,
                        [handler](const QString& arg, const QHttpServerRequest& request,
                                  QHttpServerResponder&& responder) {
                            handler(arg, request,
                                    std::make_shared<QHttpServerResponder>(std::move(responder)));
                        });
#endif
}

bool addRoute(QHttpServer& server, const QString& pattern, QHttpServerRequest::Methods methods,
              RouteHandler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return server.route(
               pattern, methods,
               [handler](const QHttpServerRequest& request, QHttpServerResponder& responder) {
                   handler(request, std::make_shared<QHttpServerResponder>(std::move(responder)));
               }) != nullptr;
#else
    return server.route(
        pattern, methods,
        [handler](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handler(request, std::make_shared<QHttpServerResponder>(std::move(responder)));
        });
#endif
}

void setMissingHandler(QHttpServer& server, QObject* context, RouteHandler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.setMissingHandler(
        context, [handler](const QHttpServerRequest& request, QHttpServerResponder& responder) {
            handler(request, std::make_shared<QHttpServerResponder>(std::move(responder)));
        });
#else
    Q_UNUSED(context);
    server.setMissingHandler(
        [handler](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handler(request, std::make_shared<QHttpServerResponder>(std::move(responder)));
        });
#endif
}

void addAfterRequest(QHttpServer& server, QObject* context, AfterRequestHandler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.addAfterRequestHandler(
        context, [handler](const QHttpServerRequest& request, QHttpServerResponse& response) {
            handler(request, response);
        });
#else
    Q_UNUSED(context);
    server.afterRequest(
        [handler](QHttpServerResponse&& response, const QHttpServerRequest& request) {
            handler(request, response);
            return std::move(response);
        });
#endif
}

HeaderList requestHeaders(const QHttpServerRequest& request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders headers = request.headers();
    HeaderList list;
    list.reserve(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i)
        list.append({QByteArray(headers.nameAt(i).data(), headers.nameAt(i).size()),
                     headers.valueAt(i).toByteArray()});
    return list;
#else
    return request.headers();
#endif
}

QByteArray methodName(const QHttpServerRequest& request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

void setHeader(QHttpServerResponse& response, const QByteArray& name, const QByteArray& value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QAnyStringView(name), QAnyStringView(value));
    response.setHeaders(std::move(headers));
#else
    response.setHeader(name, value);
#endif
}

QByteArray header(const QHttpServerResponse& response, const QByteArray& name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return response.headers().value(QAnyStringView(name)).toByteArray();
#else
    const QList<QByteArray> values = response.headers(name);
    return values.isEmpty() ? QByteArray() : values.first();
#endif
}

QHttpServerResponse::StatusCode statusCode(const QHttpServerResponse& response)
{
    return response.statusCode();
}

void send(QHttpServerResponder& responder, QHttpServerResponse&& response)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    responder.sendResponse(response);
#else
    response.write(std::move(responder));
#endif
}

QTcpSocket* socketOf(const QHttpServerResponder& responder)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    Q_UNUSED(responder);
    return nullptr;
#else
    return responder.socket();
#endif
}

} // namespace invitedesk::http::compat
