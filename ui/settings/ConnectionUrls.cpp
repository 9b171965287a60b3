#include "ui/settings/ConnectionUrls.h"

#include "core/storage/DatabaseUrl.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace invitedesk::ui {

DatabaseFields DatabaseFields::fromUrl(const QString& url)
{
    DatabaseFields f;
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        f.sqlitePath = QUrl(url).path();
        return f;
    }
    const DatabaseUrl& u = parsed.value();
    f.postgres = u.backend == Backend::Postgres;
    f.sqlitePath = u.path;
    f.host = u.host;
    f.port = u.port;
    f.database = u.database;
    f.user = u.user;
    f.sslmode = u.sslmode;
    return f;
}

QString DatabaseFields::toUrlWithPassword(const QString& password) const
{
    if (!postgres) {
        QUrl url;
        url.setScheme(QStringLiteral("sqlite"));
        url.setPath(QDir::fromNativeSeparators(sqlitePath));
        return QStringLiteral("sqlite://") + url.path(QUrl::FullyEncoded);
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    url.setPort(port);
    if (!user.trimmed().isEmpty())
        url.setUserName(user.trimmed());
    if (!password.isEmpty())
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database.trimmed());
    if (!sslmode.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("sslmode"), sslmode);
        url.setQuery(q);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseFields::toUrl() const
{
    return toUrlWithPassword({});
}

int MailFields::defaultPort(Tls tls)
{
    switch (tls) {
    case Tls::Implicit:
        return 465;
    case Tls::StartTls:
        return 587;
    default:
        return 25;
    }
}

MailFields MailFields::fromUrl(const QString& text)
{
    MailFields f;
    const QUrl url(text.trimmed());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("smtp") || scheme == QLatin1String("smtps")) {
        f.smtp = true;
        f.host = url.host();
        f.user = url.userName();
        const QString tls = QUrlQuery(url).queryItemValue(QStringLiteral("tls")).toLower();
        if (scheme == QLatin1String("smtps") || tls == QLatin1String("implicit"))
            f.tls = Tls::Implicit;
        else if (tls == QLatin1String("starttls"))
            f.tls = Tls::StartTls;
        else if (tls == QLatin1String("none"))
            f.tls = Tls::None;
        f.port = url.port(0);
        return f;
    }
    if (scheme == QLatin1String("file"))
        f.folder = QDir::toNativeSeparators(url.toLocalFile());
    return f;
}

QString MailFields::toUrl() const
{
    if (!smtp) {
        if (folder.trimmed().isEmpty())
            return {}; // the default folder
        return QUrl::fromLocalFile(QDir::fromNativeSeparators(folder.trimmed()))
            .toString(QUrl::FullyEncoded);
    }
    QUrl url;
    url.setScheme(tls == Tls::Implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"));
    url.setHost(host.trimmed());
    if (port > 0 && port != defaultPort(tls))
        url.setPort(port);
    if (!user.trimmed().isEmpty())
        url.setUserName(user.trimmed());
    if (tls == Tls::None || tls == Tls::StartTls) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("tls"),
                       tls == Tls::None ? QStringLiteral("none") : QStringLiteral("starttls"));
        url.setQuery(q);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace invitedesk::ui
