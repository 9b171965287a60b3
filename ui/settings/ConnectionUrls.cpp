#include "ui/settings/ConnectionUrls.h"

#include <QDir>
#include <QUrl>

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
    f.m_read = u;
    f.m_read.password.clear();
    f.postgres = u.backend == Backend::Postgres;
    f.sqlitePath = QDir::toNativeSeparators(u.path);
    f.host = u.host;
    f.port = u.port;
    f.database = u.database;
    f.user = u.user;
    f.sslmode = u.sslmode;
    return f;
}

QString DatabaseFields::toUrlWithPassword(const QString& password) const
{
    DatabaseUrl u = m_read;
    u.password = password;
    if (!postgres) {
        u.backend = Backend::Sqlite;
        u.path = QDir::fromNativeSeparators(sqlitePath.trimmed());
        return u.toString();
    }
    u.backend = Backend::Postgres;
    u.path.clear();
    u.host = host.trimmed();
    u.port = port;
    u.user = user.trimmed();
    u.database = database.trimmed();
    u.sslmode = sslmode;
    return u.toString();
}

QString DatabaseFields::toUrl() const
{
    return toUrlWithPassword({});
}

bool DatabaseFields::sameAs(const DatabaseFields& o) const
{
    if (postgres != o.postgres)
        return false;
    if (!postgres)
        return QDir::fromNativeSeparators(sqlitePath.trimmed()) ==
               QDir::fromNativeSeparators(o.sqlitePath.trimmed());
    return host.trimmed() == o.host.trimmed() && port == o.port &&
           database.trimmed() == o.database.trimmed() && user.trimmed() == o.user.trimmed() &&
           sslmode == o.sslmode;
}

MailFields MailFields::fromUrl(const QString& text)
{
    MailFields f;
    if (text.trimmed().isEmpty())
        return f; // the default folder
    auto parsed = MailUrl::parse(text);
    if (!parsed)
        return f;
    const MailUrl& u = parsed.value();
    f.m_read = u;
    f.m_read.password.clear();
    if (u.kind == MailUrl::Kind::File) {
        f.folder = QDir::toNativeSeparators(u.folder);
        return f;
    }
    f.smtp = true;
    f.host = u.host;
    f.user = u.user;
    f.tls = u.tls;
    f.port = u.port == defaultPort(u.tls) ? 0 : u.port;
    return f;
}

QString MailFields::toUrl() const
{
    MailUrl u = m_read;
    if (!smtp) {
        if (folder.trimmed().isEmpty())
            return {}; // the default folder
        u.kind = MailUrl::Kind::File;
        u.folder = QDir::cleanPath(QDir::fromNativeSeparators(folder.trimmed()));
        return u.toString();
    }
    u.kind = MailUrl::Kind::Smtp;
    u.folder.clear();
    u.host = host.trimmed();
    u.tls = tls;
    u.port = port > 0 ? port : defaultPort(tls);
    u.user = user.trimmed();
    if (tls == Tls::None)
        u.caFile.clear(); // ca= makes no sense without TLS (MailUrl refuses the pair)
    return u.toString();
}

bool MailFields::sameAs(const MailFields& o) const
{
    if (smtp != o.smtp)
        return false;
    if (!smtp)
        return QDir::fromNativeSeparators(folder.trimmed()) ==
               QDir::fromNativeSeparators(o.folder.trimmed());
    return host.trimmed() == o.host.trimmed() && user.trimmed() == o.user.trimmed() &&
           tls == o.tls &&
           (port > 0 ? port : defaultPort(tls)) == (o.port > 0 ? o.port : defaultPort(o.tls));
}

} // namespace invitedesk::ui
