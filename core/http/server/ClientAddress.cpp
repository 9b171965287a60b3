#include "core/http/server/ClientAddress.h"

#include "core/http/server/HostAddress.h"
#include "core/http/server/TrustedProxies.h"

namespace invitedesk::http {

namespace {
// One X-Forwarded-For entry: "192.0.2.1", "192.0.2.1:4711", "2001:db8::1" or
// "[2001:db8::1]:4711". Null when it is none of these ("unknown", an obfuscated name).
QHostAddress parseHop(QByteArray hop)
{
    hop = hop.trimmed();
    if (hop.startsWith('[')) {
        const qsizetype close = hop.indexOf(']');
        if (close < 0)
            return {};
        hop = hop.mid(1, close - 1);
    } else if (hop.count(':') == 1) {
        hop = hop.left(hop.indexOf(':'));
    }
    return parseHost(QString::fromLatin1(hop));
}
} // namespace

QHostAddress clientHost(const QHostAddress& peer, const QList<QByteArray>& forwardedFor,
                        const TrustedProxies& trusted)
{
    QHostAddress client = normalizedHost(peer);
    if (!trusted.contains(client))
        return client;
    QList<QByteArray> hops;
    for (const QByteArray& line : forwardedFor)
        hops.append(line.split(','));
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        if (hops.at(i).trimmed().isEmpty())
            continue; // "a,,b" or an empty header line
        const QHostAddress hop = parseHop(hops.at(i));
        if (hop.isNull())
            return client;
        client = hop;
        if (!trusted.contains(hop))
            return hop;
    }
    return client; // every hop is a trusted proxy: the left-most one
}

QString displayAddress(const QHostAddress& address)
{
    return normalizedHost(address).toString();
}

QString addressKey(const QHostAddress& address)
{
    const QHostAddress plain = normalizedHost(address);
    if (plain.protocol() != QAbstractSocket::IPv6Protocol)
        return plain.toString();
    Q_IPV6ADDR bytes = plain.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

} // namespace invitedesk::http
