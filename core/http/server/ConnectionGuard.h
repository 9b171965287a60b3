#pragma once

#include "core/http/server/HttpCompat.h"
#include "core/http/server/RequestFramer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <memory>

class QTcpSocket;

namespace invitedesk::http {

struct ConnectionLimits {
    qsizetype maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = 1024 * 1024; // hard cap; routes apply their own, smaller limit
    int idleTimeoutMs = 60 * 1000;     // keep-alive connection with nothing going on
    int requestTimeoutMs = 15 * 1000;  // a request that started arriving but never finished
};

// Lives on each accepted connection (a child of its socket) and keeps QtHttpServer's
// weak spots (Qt 6.4) from reaching the rest of the handler:
// - answers arrive from worker pools in any order: they are written in request order
//   (HTTP/1.1 pipelining), and dropped when the client has gone (before 6.8 a late answer
//   to a closed connection would write to a deleted socket);
// - framing the HTTP server tolerates or buffers unbounded is refused early (RequestFramer);
// - "Connection: close" / HTTP/1.0 close after the answer; idle and stalled connections close.
class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits, QByteArray errorHeaders);

    static ConnectionGuard* of(QTcpSocket* socket);

    // A request reached a route: returns its place in the answer order.
    quint64 beginRequest();
    // Its answer is ready: written now, or when the answers before it are.
    void finishRequest(quint64 sequence, compat::ResponderPtr responder,
                       QHttpServerResponse&& response);
    int inFlight() const { return int(m_nextSequence - m_nextToSend); }

signals:
    // The connection was refused for its framing (status 400, 411, 413, 431, 501, 505).
    void refused(int status);

private:
    void onReadyRead();
    void onTimeout();
    void refuse(RequestFramer::Verdict verdict);
    void writeRefusal();
    void flush();
    void restartTimer();

    struct Ready {
        compat::ResponderPtr responder;
        std::unique_ptr<QHttpServerResponse> response;
    };

    QPointer<QTcpSocket> m_socket;
    ConnectionLimits m_limits;
    QByteArray m_errorHeaders; // security headers, pre-formatted "Name: value\r\n" lines
    RequestFramer m_framer;
    RequestFramer::Verdict m_refusal = RequestFramer::Verdict::Ok;
    QTimer m_timer;
    bool m_requestTimerRunning = false;
    // Qt 6.8+, where the framer is off: bytes arrived since the last request reached a route,
    // so a request (or a trickle posing as one) is under way.
    bool m_unframedBytes = false;
    quint64 m_nextSequence = 0;
    quint64 m_nextToSend = 0;
    std::map<quint64, Ready> m_ready;
};

} // namespace invitedesk::http
