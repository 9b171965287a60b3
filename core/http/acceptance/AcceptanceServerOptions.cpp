#include "core/http/acceptance/AcceptanceServerOptions.h"

namespace invitedesk::http {

Result<AcceptanceServerOptions> AcceptanceServerOptions::withListen(AcceptanceServerOptions options,
                                                                    const QString& listen)
{
    const QString field = QStringLiteral("listen");
    const QString text = listen.trimmed();
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":"))
            return Error::invalid(field, QStringLiteral("Use HOST:PORT, e.g. 127.0.0.1:8080 or "
                                                        "[::1]:8080."));
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0 || text.count(QLatin1Char(':')) > 1)
            return Error::invalid(field, QStringLiteral("Use HOST:PORT, e.g. 127.0.0.1:8080 or "
                                                        "[::1]:8080."));
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535)
        return Error::invalid(field, QStringLiteral("The port must be a number from 0 to 65535."));
    QHostAddress address;
    if (host.isEmpty() || host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return Error::invalid(field, QStringLiteral("\"%1\" is not an IP address. Listen on a "
                                                    "loopback or private address behind a TLS "
                                                    "reverse proxy.")
                                         .arg(host));
    options.address = address;
    options.port = quint16(number);
    return options;
}

QString AcceptanceServerOptions::listenDisplay() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

TrustedProxies AcceptanceServerOptions::proxies() const
{
    TrustedProxies all = trustedProxies;
    if (trustProxy)
        all.addLoopback();
    return all;
}

} // namespace invitedesk::http
