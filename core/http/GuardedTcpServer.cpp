#include "core/http/GuardedTcpServer.h"

#include "core/http/HttpLogging.h"

#include <QTcpSocket>

namespace invitedesk::http {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits& limits, QByteArray errorHeaders,
                                   int maxConnections, QObject* parent)
    : QTcpServer(parent), m_limits(limits), m_errorHeaders(std::move(errorHeaders)),
      m_maxConnections(maxConnections)
{}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_maxConnections) {
        qCWarning(lcHttp) << "connection limit" << m_maxConnections << "reached; closing one";
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    auto* guard = new ConnectionGuard(socket, m_limits, m_errorHeaders);
    connect(guard, &ConnectionGuard::refused, this, &GuardedTcpServer::connectionRefused);
    addPendingConnection(socket);
}

} // namespace invitedesk::http
