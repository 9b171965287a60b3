#include "tests/support/TestDatabase.h"

#include "core/storage/Migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace invitedesk::test {

namespace {
QAtomicInt g_counter;

QTemporaryDir& tempDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

Backend TestDatabase::backend()
{
    const QString b = qEnvironmentVariable("INVITEDESK_TEST_BACKEND", QStringLiteral("sqlite"));
    return b.startsWith(QLatin1String("postgres")) ? Backend::Postgres : Backend::Sqlite;
}

QString TestDatabase::backendName()
{
    return backend() == Backend::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

QString TestDatabase::createEmptyUrl(QString* error)
{
    const int n = g_counter.fetchAndAddRelaxed(1);
    if (backend() == Backend::Sqlite) {
        if (!tempDir().isValid()) {
            *error = QStringLiteral("no temporary folder");
            return {};
        }
        return QStringLiteral("sqlite://") +
               tempDir().filePath(QStringLiteral("test-%1.db").arg(n));
    }
    const QString adminUrl = qEnvironmentVariable("INVITEDESK_TEST_PG_URL");
    if (adminUrl.isEmpty()) {
        *error = QStringLiteral("INVITEDESK_TEST_PG_URL is not set: run the tests through "
                                "scripts/test.sh, which starts PostgreSQL");
        return {};
    }
    const QString name =
        QStringLiteral("idt_%1_%2_%3")
            .arg(QCoreApplication::applicationName().left(20).replace(
                QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("_")))
            .arg(QCoreApplication::applicationPid())
            .arg(n);
    {
        auto admin = Database::open(adminUrl);
        if (!admin) {
            *error = admin.error().message;
            return {};
        }
        auto conn = admin.value()->connection();
        QSqlQuery q(conn.value());
        // Identifiers cannot be bound; the name is built above from [a-z0-9_] only.
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name))) {
            *error = q.lastError().text();
            return {};
        }
    }
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

QString TestDatabase::createUrl(QString* error)
{
    const QString url = createEmptyUrl(error);
    if (url.isEmpty())
        return {};
    auto db = Database::open(url);
    if (!db) {
        *error = db.error().message;
        return {};
    }
    Migrator migrator(db.value());
    auto r = migrator.migrate();
    if (!r) {
        *error = r.error().message;
        return {};
    }
    return url;
}

DatabasePtr TestDatabase::create(QString* error)
{
    const QString url = createUrl(error);
    if (url.isEmpty())
        return nullptr;
    auto db = Database::open(url);
    if (!db) {
        *error = db.error().message;
        return nullptr;
    }
    return db.value();
}

} // namespace invitedesk::test
