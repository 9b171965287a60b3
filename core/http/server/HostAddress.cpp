#include "core/http/server/HostAddress.h"

namespace invitedesk::http {

QHostAddress normalizedHost(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

QHostAddress parseHost(const QString& text)
{
    QHostAddress address;
    if (text.isEmpty() || !address.setAddress(text))
        return {};
    return normalizedHost(address);
}

} // namespace invitedesk::http
