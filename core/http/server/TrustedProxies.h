#pragma once

#include "core/Error.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace invitedesk::http {

// The reverse proxies whose X-Forwarded-For the acceptance handler believes: loopback ones
// (`--trust-proxy`) and networks given as CIDR blocks (`--trusted-proxies`). A request's
// header is read only when its TCP peer is one of them; see clientHost().
class TrustedProxies {
public:
    // "10.0.0.0/8, 192.0.2.7, 2001:db8::/32": comma- or space-separated addresses or CIDR
    // blocks (an address alone is a /32 or /128). Error::invalid naming `field` when one is not.
    static Result<TrustedProxies> parse(const QString& cidrs,
                                        const QString& field = QStringLiteral("trusted-proxies"));

    // 127.0.0.0/8 and ::1 (a proxy on the same machine).
    void addLoopback();
    void add(const QHostAddress& network, int prefixLength);

    bool isEmpty() const { return m_networks.isEmpty(); }
    bool contains(const QHostAddress& address) const;
    // "127.0.0.0/8, ::1/128" (logs, serve's startup line).
    QString display() const;

private:
    QList<QPair<QHostAddress, int>> m_networks;
};

} // namespace invitedesk::http
