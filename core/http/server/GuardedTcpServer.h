#pragma once

#include "core/http/server/ConnectionGuard.h"
#include "core/http/server/TrustedProxies.h"

#include <QHash>
#include <QTcpServer>

namespace invitedesk::http {

// The QTcpServer handed to QHttpServer::bind(): puts a ConnectionGuard on every accepted
// connection and closes connections beyond a cap straight away: maxConnections in all, and
// maxPerAddress per TCP peer (an IPv4 address or an IPv6 /64; 0: no cap). The peer is what
// holds the socket, so it is what is counted, not a client named in X-Forwarded-For (known
// only once a request has arrived); trusted proxies, which carry every client behind them,
// are exempt.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    struct Caps {
        int maxConnections = 1024;
        int maxPerAddress = 32;
        TrustedProxies exempt;
    };

    GuardedTcpServer(const ConnectionLimits& limits, QByteArray errorHeaders, Caps caps,
                     QObject* parent = nullptr);

    int openConnections() const { return m_open; }

signals:
    void connectionRefused(int status);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ConnectionLimits m_limits;
    QByteArray m_errorHeaders;
    Caps m_caps;
    int m_open = 0;
    QHash<QString, int> m_openPerAddress;
};

} // namespace invitedesk::http
