#pragma once

#include <QHostAddress>
#include <QString>

namespace invitedesk::http {

// IPv4-mapped IPv6 peers (::ffff:192.0.2.1, what a dual-stack socket reports) compare, key and
// print as IPv4; every address the server looks at goes through this first.
QHostAddress normalizedHost(const QHostAddress& address);

// A bare IPv4 or IPv6 address, normalized; null when the text is not one.
QHostAddress parseHost(const QString& text);

} // namespace invitedesk::http
