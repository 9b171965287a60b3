#include "core/mail/MailUrl.h"

#include "core/security/UrlRedaction.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace invitedesk {

namespace {
const QString kField = QStringLiteral("mail");

Error bad(const QString& message)
{
    return Error::invalid(kField, message);
}
} // namespace

QString MailUrl::tlsName(Tls tls)
{
    switch (tls) {
    case Tls::Auto:
        return QStringLiteral("auto");
    case Tls::None:
        return QStringLiteral("none");
    case Tls::StartTls:
        return QStringLiteral("starttls");
    case Tls::Implicit:
        return QStringLiteral("implicit");
    }
    return {};
}

Result<MailUrl> MailUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return bad(QStringLiteral("The mail URL is empty (expected smtp://host, smtps://host or "
                                  "file:///folder)."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return bad(redactUrlPasswords(
            QStringLiteral("\"%1\" is not a valid mail URL: %2").arg(trimmed, url.errorString())));
    const QString scheme = url.scheme().toLower();
    MailUrl out;
    if (scheme == QLatin1String("file")) {
        out.kind = Kind::File;
        out.folder = QDir::cleanPath(url.toLocalFile());
        if (out.folder.isEmpty() || !QDir::isAbsolutePath(out.folder))
            return bad(QStringLiteral("A file mail URL needs an absolute folder: file:///path."));
        return out;
    }
    if (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))
        return bad(QStringLiteral("Unknown mail URL scheme \"%1\" (expected smtp, smtps or "
                                  "file).")
                       .arg(url.scheme()));
    out.kind = Kind::Smtp;
    out.host = url.host();
    if (out.host.isEmpty())
        return bad(QStringLiteral("The mail URL has no host: smtp://host[:port]."));
    out.user = url.userName(QUrl::FullyDecoded);
    out.password = url.password(QUrl::FullyDecoded);
    out.tls = scheme == QLatin1String("smtps") ? Tls::Implicit : Tls::Auto;

    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("tls")) {
            Tls tls;
            if (value == QLatin1String("none"))
                tls = Tls::None;
            else if (value == QLatin1String("starttls"))
                tls = Tls::StartTls;
            else if (value == QLatin1String("implicit"))
                tls = Tls::Implicit;
            else
                return bad(QStringLiteral("tls=%1 is not known (use none, starttls or implicit).")
                               .arg(value));
            if (scheme == QLatin1String("smtps") && tls != Tls::Implicit)
                return bad(QStringLiteral("smtps:// is always implicit TLS; use smtp:// with "
                                          "tls=%1.")
                               .arg(value));
            out.tls = tls;
        } else if (key == QLatin1String("ca")) {
            out.caFile = value;
            if (out.caFile.isEmpty())
                return bad(QStringLiteral("ca= needs the path of a PEM file."));
        } else if (key == QLatin1String("timeout")) {
            bool ok = false;
            out.timeoutSeconds = value.toInt(&ok);
            if (!ok || out.timeoutSeconds < 1 || out.timeoutSeconds > 600)
                return bad(QStringLiteral("timeout=%1 must be a number of seconds from 1 to "
                                          "600.")
                               .arg(value));
        } else {
            return bad(QStringLiteral("Unknown mail URL parameter \"%1\" (known: tls, ca, "
                                      "timeout).")
                           .arg(key));
        }
    }
    if (out.tls == Tls::None && !out.caFile.isEmpty())
        return bad(QStringLiteral("ca= makes no sense with tls=none."));
    out.port = url.port(defaultPort(out.tls));
    if (out.port < 1 || out.port > 65535)
        return bad(QStringLiteral("The mail relay port must be between 1 and 65535."));
    return out;
}

QString MailUrl::defaultFileUrl()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.invitedesk");
    return QUrl::fromLocalFile(QDir(base).filePath(QStringLiteral("mail-outbox"))).toString();
}

int MailUrl::defaultPort(Tls tls)
{
    return tls == Tls::Implicit ? 465 : (tls == Tls::StartTls ? 587 : 25);
}

namespace {
QUrl toUrl(const MailUrl& mail, bool withPassword, bool withDefaultPort)
{
    if (mail.kind == MailUrl::Kind::File)
        return QUrl::fromLocalFile(mail.folder);
    const bool implicit = mail.tls == MailUrl::Tls::Implicit;
    QUrl url;
    url.setScheme(implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"));
    url.setHost(mail.host);
    if (withDefaultPort || mail.port != MailUrl::defaultPort(mail.tls))
        url.setPort(mail.port);
    if (!mail.user.isEmpty())
        url.setUserName(mail.user);
    if (withPassword && !mail.password.isEmpty())
        url.setPassword(mail.password);
    QUrlQuery q;
    if (mail.tls == MailUrl::Tls::None || mail.tls == MailUrl::Tls::StartTls)
        q.addQueryItem(QStringLiteral("tls"), MailUrl::tlsName(mail.tls));
    if (!mail.caFile.isEmpty())
        q.addQueryItem(QStringLiteral("ca"),
                       QString::fromLatin1(QUrl::toPercentEncoding(mail.caFile, "/")));
    if (mail.timeoutSeconds != 30)
        q.addQueryItem(QStringLiteral("timeout"), QString::number(mail.timeoutSeconds));
    if (!q.isEmpty())
        url.setQuery(q);
    return url;
}
} // namespace

QString MailUrl::toString() const
{
    return toUrl(*this, true, false).toString(QUrl::FullyEncoded);
}

QString MailUrl::display() const
{
    return toUrl(*this, false, true).toString();
}

} // namespace invitedesk
