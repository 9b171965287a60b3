#pragma once

#include "core/http/ConnectionGuard.h"

#include <QTcpServer>

namespace invitedesk::http {

// The QTcpServer handed to QHttpServer::bind(): puts a ConnectionGuard on every accepted
// connection and closes connections beyond a cap straight away.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const ConnectionLimits& limits, QByteArray errorHeaders, int maxConnections,
                     QObject* parent = nullptr);

    int openConnections() const { return m_open; }

signals:
    void connectionRefused(int status);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ConnectionLimits m_limits;
    QByteArray m_errorHeaders;
    int m_maxConnections;
    int m_open = 0;
};

} // namespace invitedesk::http
