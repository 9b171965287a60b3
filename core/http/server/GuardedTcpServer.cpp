#include "core/http/server/GuardedTcpServer.h"

#include "core/http/server/ClientAddress.h"
#include "core/http/server/HttpLogging.h"

#include <QTcpSocket>

namespace invitedesk::http {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits& limits, QByteArray errorHeaders,
                                   Caps caps, QObject* parent)
    : QTcpServer(parent), m_limits(limits), m_errorHeaders(std::move(errorHeaders)),
      m_caps(std::move(caps))
{}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Answers go out as headers and body in separate writes: with Nagle's algorithm the
    // body's last partial segment waits for the client's delayed ACK (about 40 ms), which
    // capped a keep-alive connection at some 25 large answers a second.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto refuse = [socket] {
        socket->abort();
        socket->deleteLater();
    };
    if (m_open >= m_caps.maxConnections) {
        qCWarning(lcHttp) << "connection limit" << m_caps.maxConnections << "reached; closing one";
        refuse();
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    QString key;
    if (m_caps.maxPerAddress > 0 && !m_caps.exempt.contains(peer)) {
        key = addressKey(peer);
        int& open = m_openPerAddress[key];
        if (open >= m_caps.maxPerAddress) {
            qCInfo(lcHttp).noquote() << "connection limit per address" << m_caps.maxPerAddress
                                     << "reached for" << key << "; closing one";
            refuse();
            return;
        }
        ++open;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this, key] {
        --m_open;
        if (key.isEmpty())
            return;
        const auto it = m_openPerAddress.find(key);
        if (it != m_openPerAddress.end() && --it.value() <= 0)
            m_openPerAddress.erase(it);
    });
    auto* guard = new ConnectionGuard(socket, m_limits, m_errorHeaders);
    connect(guard, &ConnectionGuard::refused, this, &GuardedTcpServer::connectionRefused);
    addPendingConnection(socket);
}

} // namespace invitedesk::http
