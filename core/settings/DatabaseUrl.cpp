#include "core/settings/DatabaseUrl.h"

#include "core/security/UrlRedaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace invitedesk {

namespace {
const QString kField = QStringLiteral("database");

const QStringList& sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(kField, QStringLiteral("The database URL is empty."));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    DatabaseUrl out;
    if (scheme == QLatin1String("sqlite")) {
        out.backend = Backend::Sqlite;
        out.path = url.path(QUrl::FullyDecoded);
        if (out.path.isEmpty() || !QDir::isAbsolutePath(out.path) || !url.host().isEmpty()) {
            return Error::invalid(kField, QStringLiteral("A SQLite URL needs an absolute path, as "
                                                         "in sqlite:///home/me/invitedesk.db."));
        }
        return out;
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        if (!url.isValid() || url.host().isEmpty()) {
            return Error::invalid(
                kField, QStringLiteral("A PostgreSQL URL needs a host, as in "
                                       "postgresql://user@db.example.com:5432/invitedesk."));
        }
        out.backend = Backend::Postgres;
        out.host = url.host();
        out.port = url.port(5432);
        out.user = url.userName(QUrl::FullyDecoded);
        out.password = url.password(QUrl::FullyDecoded);
        out.database = url.path(QUrl::FullyDecoded).mid(1);
        if (out.database.isEmpty())
            out.database = out.user.isEmpty() ? QStringLiteral("postgres") : out.user;
        const QUrlQuery query(url);
        out.sslmode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
        out.sslrootcert = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
        if (!out.sslmode.isEmpty() && !sslModes().contains(out.sslmode)) {
            return Error::invalid(kField,
                                  QStringLiteral("Unknown sslmode \"%1\"; use one of %2.")
                                      .arg(out.sslmode, sslModes().join(QStringLiteral(", "))));
        }
        const QString pooling = query.queryItemValue(QStringLiteral("pooling"));
        if (!pooling.isEmpty() && pooling != QLatin1String("transaction")) {
            return Error::invalid(kField, QStringLiteral("Unknown pooling \"%1\"; the only mode "
                                                         "is pooling=transaction.")
                                              .arg(pooling));
        }
        out.transactionPooling = !pooling.isEmpty();
        out.listenHost = query.queryItemValue(QStringLiteral("listen_host"), QUrl::FullyDecoded);
        const QString listenPort = query.queryItemValue(QStringLiteral("listen_port"));
        if (!listenPort.isEmpty()) {
            bool ok = false;
            out.listenPort = listenPort.toInt(&ok);
            if (!ok || out.listenPort < 1 || out.listenPort > 65535)
                return Error::invalid(kField, QStringLiteral("listen_port \"%1\" is not a port "
                                                             "number.")
                                                  .arg(listenPort));
        }
        if (out.transactionPooling && out.listenPort == 0) {
            return Error::invalid(
                kField, QStringLiteral("pooling=transaction needs listen_port (and listen_host "
                                       "when the server is not on the pooler's host): live "
                                       "updates listen on a connection straight to PostgreSQL."));
        }
        return out;
    }
    return Error::invalid(kField,
                          QStringLiteral("Unsupported database URL \"%1\": use sqlite:///path or "
                                         "postgresql://user@host:port/database.")
                              .arg(redactUrlPasswords(trimmed).left(80)));
}

QString DatabaseUrl::defaultUrl()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.invitedesk");
    return QStringLiteral("sqlite://") + QDir::cleanPath(dir + QStringLiteral("/invitedesk.db"));
}

QString DatabaseUrl::toString() const
{
    QUrl url;
    if (backend == Backend::Sqlite) {
        url.setScheme(QStringLiteral("sqlite"));
        url.setPath(path);
        return QStringLiteral("sqlite://") + url.path(QUrl::FullyEncoded);
    }
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery q;
    if (!sslmode.isEmpty())
        q.addQueryItem(QStringLiteral("sslmode"), sslmode);
    if (!sslrootcert.isEmpty())
        q.addQueryItem(QStringLiteral("sslrootcert"),
                       QString::fromLatin1(QUrl::toPercentEncoding(sslrootcert, "/")));
    for (const QString& item : poolingQuery())
        q.addQueryItem(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1));
    if (!q.isEmpty())
        url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseUrl::display() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + (password.isEmpty() ? QStringLiteral("@") : QStringLiteral(":***@"));
    s += (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
         QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    QStringList query;
    if (!sslmode.isEmpty())
        query << QStringLiteral("sslmode=") + sslmode;
    if (!sslrootcert.isEmpty())
        query << QStringLiteral("sslrootcert=") + sslrootcert;
    query << poolingQuery();
    if (!query.isEmpty())
        s += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return s;
}

QStringList DatabaseUrl::poolingQuery() const
{
    QStringList items;
    if (transactionPooling)
        items << QStringLiteral("pooling=transaction");
    if (!listenHost.isEmpty())
        items << QStringLiteral("listen_host=") + listenHost;
    if (listenPort > 0)
        items << QStringLiteral("listen_port=") + QString::number(listenPort);
    return items;
}

bool DatabaseUrl::isLocalHost() const
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) ||
        host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString DatabaseUrl::effectiveSslmode() const
{
    if (!sslmode.isEmpty() || backend != Backend::Postgres)
        return sslmode;
    return isLocalHost() ? QString() : QStringLiteral("verify-full");
}

} // namespace invitedesk
