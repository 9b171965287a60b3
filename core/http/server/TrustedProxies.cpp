#include "core/http/server/TrustedProxies.h"

#include "core/http/server/HostAddress.h"

#include <QRegularExpression>
#include <QStringList>

namespace invitedesk::http {

Result<TrustedProxies> TrustedProxies::parse(const QString& cidrs, const QString& field)
{
    TrustedProxies proxies;
    const QStringList items =
        cidrs.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString& item : items) {
        QPair<QHostAddress, int> network;
        if (item.contains(QLatin1Char('/'))) {
            network = QHostAddress::parseSubnet(item);
        } else if (const QHostAddress address = parseHost(item); !address.isNull()) {
            network = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (network.first.isNull() || network.second < 0)
            return Error::invalid(field, QStringLiteral("\"%1\" is not an IP address or CIDR block "
                                                        "(e.g. 10.0.0.0/8 or 2001:db8::/32).")
                                             .arg(item));
        proxies.add(network.first, network.second);
    }
    return proxies;
}

void TrustedProxies::addLoopback()
{
    add(QHostAddress(QStringLiteral("127.0.0.0")), 8);
    add(QHostAddress::LocalHostIPv6, 128);
}

void TrustedProxies::add(const QHostAddress& network, int prefixLength)
{
    const QPair<QHostAddress, int> entry{normalizedHost(network), prefixLength};
    if (!m_networks.contains(entry))
        m_networks.append(entry);
}

bool TrustedProxies::contains(const QHostAddress& address) const
{
    const QHostAddress candidate = normalizedHost(address);
    for (const auto& network : m_networks) {
        if (candidate.isInSubnet(network))
            return true;
    }
    return false;
}

QString TrustedProxies::display() const
{
    QStringList parts;
    for (const auto& network : m_networks)
        parts.append(network.first.toString() + QLatin1Char('/') + QString::number(network.second));
    return parts.join(QStringLiteral(", "));
}

} // namespace invitedesk::http
