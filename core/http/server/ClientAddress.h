#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace invitedesk::http {

class TrustedProxies;

// The client's address for rate limiting and logs. It is the TCP peer unless the peer is a
// trusted proxy: then X-Forwarded-For is read, all its header lines joined in order (a proxy
// may append a line of its own after the client's), and the right-most address that is not
// itself a trusted proxy is the client. Everything left of it was written by the client and
// could be forged. An entry that is not an address stops the walk: the last trusted hop
// passed (at first the peer) is the answer. IPv4-mapped IPv6 addresses count as IPv4.
QHostAddress clientHost(const QHostAddress& peer, const QList<QByteArray>& forwardedFor,
                        const TrustedProxies& trusted);

// The address as logs show it (IPv4-mapped IPv6 as IPv4).
QString displayAddress(const QHostAddress& address);

// The bucket a client counts against (rate limit, connections per address): an IPv4 address
// on its own; an IPv6 address by its /64, which one subscriber usually holds whole
// ("2001:db8:1:2::/64"), so rotating through it buys nothing.
QString addressKey(const QHostAddress& address);

} // namespace invitedesk::http
