#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// Everything in QtHttpServer that changed between Qt 6.4 (Debian 12) and 6.8+ lives here, behind
// QT_VERSION checks, so the rest of core/http is written once:
// - QAbstractHttpServer::bind(): void before 6.8, bool from 6.8 (listen() is gone in 6.8).
// - afterRequest(handler returning the response) became addAfterRequestHandler(context, slot
//   taking the response by reference) in 6.8.
// - the missing-route handler: std::function taking QHttpServerResponder&& before 6.8, a
//   context + slot taking QHttpServerResponder& from 6.8.
// - route handlers that answer through a responder take QHttpServerResponder&& before 6.8 and
//   QHttpServerResponder& from 6.8.
// - response headers: addHeader/setHeader(QByteArray) before 6.8, QHttpHeaders from 6.8;
//   request headers: QList<QPair<QByteArray, QByteArray>> before 6.8, QHttpHeaders from 6.8.
// - writing a response: QHttpServerResponse::write(responder) before 6.8,
//   QHttpServerResponder::sendResponse(response) from 6.8.
namespace invitedesk::http::compat {

// Route handlers hold their responder beyond the handler's return (the answer comes from a
// worker pool), so it travels as a shared pointer.
using ResponderPtr = std::shared_ptr<QHttpServerResponder>;
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

using ArgRouteHandler =
    std::function<void(const QString& arg, const QHttpServerRequest&, ResponderPtr)>;
using RouteHandler = std::function<void(const QHttpServerRequest&, ResponderPtr)>;
using AfterRequestHandler = std::function<void(const QHttpServerRequest&, QHttpServerResponse&)>;

// Attaches a listening QTcpServer (which the HTTP server then owns). False when the server
// refused it (6.8+) or the QTcpServer is not listening.
bool bind(QHttpServer& server, QTcpServer* tcpServer);

// A route whose pattern holds exactly one "<arg>" placeholder, and one without placeholders.
bool addRoute(QHttpServer& server, const QString& pattern, QHttpServerRequest::Methods methods,
              ArgRouteHandler handler);
bool addRoute(QHttpServer& server, const QString& pattern, QHttpServerRequest::Methods methods,
              RouteHandler handler);
// Handler for requests no route matched.
void setMissingHandler(QHttpServer& server, QObject* context, RouteHandler handler);
// Runs on every response a route returned as a value (not on responder-written ones).
void addAfterRequest(QHttpServer& server, QObject* context, AfterRequestHandler handler);

// Request headers in arrival order, names as sent.
HeaderList requestHeaders(const QHttpServerRequest& request);
// The request method's name ("GET", "POST", ...).
QByteArray methodName(const QHttpServerRequest& request);

// Sets (replaces) one response header.
void setHeader(QHttpServerResponse& response, const QByteArray& name, const QByteArray& value);
// The first value of a response header, or empty.
QByteArray header(const QHttpServerResponse& response, const QByteArray& name);
QHttpServerResponse::StatusCode statusCode(const QHttpServerResponse& response);

// Writes the response through the responder.
void send(QHttpServerResponder& responder, QHttpServerResponse&& response);
// The connection a responder writes to, where the Qt version exposes it (before 6.8); null
// otherwise. Before 6.8 the socket can be deleted while an answer is still being computed, so
// callers watch it through a QPointer.
QTcpSocket* socketOf(const QHttpServerResponder& responder);

} // namespace invitedesk::http::compat
