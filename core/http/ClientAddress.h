#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace invitedesk::http {

// The client's address for rate limiting and logs. Without a trusted proxy it is the TCP peer.
// With --trust-proxy it is the last address in X-Forwarded-For: the one the proxy (nginx's
// $proxy_add_x_forwarded_for) appended; entries before it come from the client and could be
// forged. IPv4-mapped IPv6 addresses are shown as IPv4.
QString clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor, bool trustProxy);

} // namespace invitedesk::http
