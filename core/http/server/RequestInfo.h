#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerRequest;

namespace invitedesk::http {

// What a handler needs from a request, copied out of QHttpServerRequest on the server thread:
// the handler runs later on a worker pool, and before Qt 6.8 the request object is reused for
// the connection's next request (or deleted with the connection) in the meantime.
struct RequestInfo {
    QByteArray method;    // "GET", "POST", ...
    QString path;         // as requested (may hold a token: never log it)
    QString query;        // the URL's query string, percent-encoded (never log it either)
    QString routePattern; // "/invite/{token}": what the access log shows
    QString arg;          // the route's placeholder value (the token), if any
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;               // the TCP peer
    QString clientAddress;           // peer, or X-Forwarded-For's client when the proxy is trusted
    QString rateLimitKey;            // the client's bucket: its IPv4 address or IPv6 /64
    QString language;                // "en" or "es" from Accept-Language
    bool closeAfterResponse = false; // HTTP/1.0 or "Connection: close"
    QElapsedTimer started;

    static RequestInfo from(const QHttpServerRequest& request, const QString& routePattern,
                            const QString& arg = {});

    // The value of the first header with this name (case-insensitive), or empty.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    // The values of every header line with this name, in arrival order.
    QList<QByteArray> headerValues(const QByteArray& name) const;
    // Content-Type without parameters, lower-case ("application/json").
    QByteArray mediaType() const;
};

} // namespace invitedesk::http
