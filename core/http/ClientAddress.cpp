#include "core/http/ClientAddress.h"

#include <QList>

namespace invitedesk::http {

namespace {
QString display(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    return address.toString();
}
} // namespace

QString clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor, bool trustProxy)
{
    if (trustProxy && !forwardedFor.trimmed().isEmpty()) {
        const QList<QByteArray> hops = forwardedFor.split(',');
        QByteArray last = hops.last().trimmed();
        // "[2001:db8::1]:4711" or "192.0.2.1:4711" forms carry a port; drop it.
        if (last.startsWith('[')) {
            const qsizetype close = last.indexOf(']');
            if (close > 0)
                last = last.mid(1, close - 1);
        } else if (last.count(':') == 1) {
            last = last.left(last.indexOf(':'));
        }
        QHostAddress address;
        if (address.setAddress(QString::fromLatin1(last)))
            return display(address);
    }
    return display(peer);
}

} // namespace invitedesk::http
