#include "core/http/server/ConnectionGuard.h"

#include "core/http/server/HttpLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>

namespace invitedesk::http {

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits,
                                 QByteArray errorHeaders)
    : QObject(socket), m_socket(socket), m_limits(limits), m_errorHeaders(std::move(errorHeaders)),
      m_framer(limits.maxHeaderBytes, limits.maxBodyBytes)
{
    setObjectName(QStringLiteral("invitedesk-connection-guard"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Connected before the HTTP server connects its own slot (it does so when it takes the
    // connection from the QTcpServer), so this sees each chunk before the server reads it.
    // QtHttpServer before 6.8 reads everything available on every readyRead, which keeps the
    // two views of the stream in step. From 6.8 the server may leave bytes unread while it
    // answers, so the framer stays off there (6.8 also answers requests one at a time).
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
#else
    connect(socket, &QTcpSocket::readyRead, this, [this] {
        m_unframedBytes = true;
        restartTimer();
    });
#endif
    restartTimer();
}

ConnectionGuard* ConnectionGuard::of(QTcpSocket* socket)
{
    if (!socket)
        return nullptr;
    return socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly);
}

void ConnectionGuard::onReadyRead()
{
    if (!m_socket)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available > 0 && m_refusal == RequestFramer::Verdict::Ok) {
        const QByteArray fresh = m_socket->peek(available);
        const RequestFramer::Verdict verdict = m_framer.feed(fresh);
        if (verdict != RequestFramer::Verdict::Ok) {
            refuse(verdict);
            return;
        }
    }
    restartTimer();
}

void ConnectionGuard::refuse(RequestFramer::Verdict verdict)
{
    m_refusal = verdict;
    // Nothing more is read from this connection: the HTTP server must not see the rest.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    qCInfo(lcHttp).noquote() << "refused connection from" << m_socket->peerAddress().toString()
                             << "status" << RequestFramer::statusOf(verdict);
    emit refused(RequestFramer::statusOf(verdict));
    if (inFlight() == 0)
        writeRefusal();
    // Otherwise the refusal follows the answers still being computed (flush()).
}

void ConnectionGuard::writeRefusal()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const int status = RequestFramer::statusOf(m_refusal);
    QJsonObject body{
        {QStringLiteral("error"), QStringLiteral("bad_request")},
        {QStringLiteral("message"), QString::fromLatin1(RequestFramer::reasonOf(m_refusal))}};
    if (m_refusal == RequestFramer::Verdict::BodyTooLarge) {
        body.insert(QStringLiteral("field"), QStringLiteral("body"));
        body.insert(QStringLiteral("error"), QStringLiteral("body_too_large"));
    }
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                     RequestFramer::reasonOf(m_refusal) + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
           "\r\nConnection: close\r\n";
    out += m_errorHeaders;
    out += "\r\n" + json;
    m_socket->write(out);
    m_socket->disconnectFromHost();
}

quint64 ConnectionGuard::beginRequest()
{
    m_timer.stop();
    m_requestTimerRunning = false;
    m_unframedBytes = false;
    return m_nextSequence++;
}

void ConnectionGuard::finishRequest(quint64 sequence, compat::ResponderPtr responder,
                                    QHttpServerResponse&& response)
{
    m_ready.emplace(sequence, Ready{std::move(responder),
                                    std::make_unique<QHttpServerResponse>(std::move(response))});
    flush();
}

void ConnectionGuard::flush()
{
    bool wrote = false;
    while (!m_ready.empty() && m_ready.begin()->first == m_nextToSend) {
        Ready ready = std::move(m_ready.begin()->second);
        m_ready.erase(m_ready.begin());
        ++m_nextToSend;
        const bool close = m_framer.takeCloseFlag();
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            continue; // the client left; the answer has nowhere to go
        if (close)
            compat::setHeader(*ready.response, "Connection", "close");
        compat::send(*ready.responder, std::move(*ready.response));
        if (close) {
            disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
            m_socket->disconnectFromHost();
            return;
        }
        wrote = true;
    }
    // Hand the answers to the kernel now rather than on the next loop iteration's write
    // notification: one poll round less per answer.
    if (wrote && m_socket)
        m_socket->flush();
    if (inFlight() == 0) {
        if (m_refusal != RequestFramer::Verdict::Ok)
            writeRefusal();
        else
            restartTimer();
    }
}

void ConnectionGuard::restartTimer()
{
    if (inFlight() > 0) {
        m_timer.stop(); // the answer is being computed; the pools' own limits apply
        m_requestTimerRunning = false;
        return;
    }
    if (m_framer.midRequest() || m_unframedBytes) {
        // Counted from the request's first bytes (empty lines before it included), so a
        // trickle cannot keep it alive.
        if (!m_requestTimerRunning)
            m_timer.start(m_limits.requestTimeoutMs);
        m_requestTimerRunning = true;
        return;
    }
    m_requestTimerRunning = false;
    m_timer.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onTimeout()
{
    if (!m_socket || inFlight() > 0)
        return;
    if (m_framer.midRequest() || m_unframedBytes)
        qCInfo(lcHttp).noquote() << "closing a stalled request from"
                                 << m_socket->peerAddress().toString();
    m_socket->disconnectFromHost();
}

} // namespace invitedesk::http
