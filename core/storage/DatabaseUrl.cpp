#include "core/storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace invitedesk {

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QStringLiteral("database"),
                              QStringLiteral("The database URL is empty."));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    DatabaseUrl out;
    if (scheme == QLatin1String("sqlite")) {
        out.backend = Backend::Sqlite;
        out.path = url.path();
        if (out.path.isEmpty() || !QDir::isAbsolutePath(out.path) || !url.host().isEmpty()) {
            return Error::invalid(QStringLiteral("database"),
                                  QStringLiteral("A SQLite URL needs an absolute path, as in "
                                                 "sqlite:///home/me/invitedesk.db."));
        }
        return out;
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        if (!url.isValid() || url.host().isEmpty()) {
            return Error::invalid(
                QStringLiteral("database"),
                QStringLiteral("A PostgreSQL URL needs a host, as in "
                               "postgresql://user@db.example.com:5432/invitedesk."));
        }
        out.backend = Backend::Postgres;
        out.host = url.host();
        out.port = url.port(5432);
        out.user = url.userName();
        out.password = url.password();
        out.database = url.path().mid(1);
        if (out.database.isEmpty())
            out.database = out.user.isEmpty() ? QStringLiteral("postgres") : out.user;
        const QUrlQuery query(url);
        out.sslmode = query.queryItemValue(QStringLiteral("sslmode"));
        static const QStringList modes = {
            QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!out.sslmode.isEmpty() && !modes.contains(out.sslmode)) {
            return Error::invalid(QStringLiteral("database"),
                                  QStringLiteral("Unknown sslmode \"%1\"; use one of %2.")
                                      .arg(out.sslmode, modes.join(QStringLiteral(", "))));
        }
        return out;
    }
    return Error::invalid(QStringLiteral("database"),
                          QStringLiteral("Unsupported database URL \"%1\": use sqlite:///path or "
                                         "postgresql://user@host:port/database.")
                              .arg(trimmed.left(80)));
}

QString DatabaseUrl::defaultUrl()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.invitedesk");
    return QStringLiteral("sqlite://") + QDir::cleanPath(dir + QStringLiteral("/invitedesk.db"));
}

QString DatabaseUrl::display() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    s += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!sslmode.isEmpty())
        s += QStringLiteral("?sslmode=") + sslmode;
    return s;
}

} // namespace invitedesk
