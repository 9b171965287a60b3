#include "core/mail/MailConfig.h"

#include "core/mail/FileTransport.h"
#include "core/mail/SmtpTransport.h"

#include <QHostAddress>
#include <QMutex>
#include <QProcessEnvironment>
#include <QUrl>

namespace invitedesk {

namespace {
QMutex g_providerMutex;
MailConfig::PasswordProvider g_provider;
} // namespace

MailConfig MailConfig::fromEnvironment()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    MailConfig c;
    c.url = env.value(QStringLiteral("INVITEDESK_MAIL"));
    c.password = env.value(QStringLiteral("INVITEDESK_MAIL_PASSWORD"));
    c.from = env.value(QStringLiteral("INVITEDESK_MAIL_FROM"));
    c.publicUrl = env.value(QStringLiteral("INVITEDESK_PUBLIC_URL"));
    return c;
}

void MailConfig::setPasswordProvider(PasswordProvider provider)
{
    QMutexLocker lock(&g_providerMutex);
    g_provider = std::move(provider);
}

QString MailConfig::defaultFromFor(const QString& publicUrl)
{
    QString host = QUrl(publicUrl.trimmed()).host();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    // A link on an address (http://10.0.0.5:8080) gives an address literal (RFC 5321 4.1.3).
    const QHostAddress ip(host);
    if (!ip.isNull())
        host = ip.protocol() == QAbstractSocket::IPv6Protocol
                   ? QStringLiteral("[IPv6:%1]").arg(ip.toString())
                   : QStringLiteral("[%1]").arg(ip.toString());
    return QStringLiteral("InviteDesk <no-reply@%1>").arg(host);
}

Result<MailAddress> MailConfig::defaultFrom() const
{
    const QString text = from.trimmed().isEmpty() ? defaultFromFor(publicUrl) : from;
    return MailAddress::parse(text, QStringLiteral("mail-from"));
}

Result<std::unique_ptr<MailTransport>> MailConfig::createTransport() const
{
    auto parsed = MailUrl::parse(effectiveUrl());
    if (!parsed)
        return parsed.error();
    const MailUrl& u = parsed.value();
    if (u.kind == MailUrl::Kind::File)
        return std::unique_ptr<MailTransport>(new FileTransport(u.folder));
    QString pw = password;
    if (pw.isEmpty() && u.password.isEmpty() && !u.user.isEmpty()) {
        QMutexLocker lock(&g_providerMutex);
        if (g_provider)
            pw = g_provider(u);
    }
    return std::unique_ptr<MailTransport>(new SmtpTransport(SmtpOptions::fromUrl(u, pw)));
}

} // namespace invitedesk
