#include "tests/support/TestDatabase.h"

#include "core/storage/Migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
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

namespace {
// A new database's URL: on SQLite a file name in the temporary folder (the file is made by
// whoever opens or copies to it); on PostgreSQL a database made by CREATE DATABASE from
// `pgTemplate` (template0 for an empty one).
QString newDatabaseUrl(QString* error, const QString& pgTemplate)
{
    const int n = g_counter.fetchAndAddRelaxed(1);
    if (TestDatabase::backend() == Backend::Sqlite) {
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
        // Identifiers cannot be bound; the name is built above from [a-z0-9_] only, the
        // template's from ours.
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, pgTemplate))) {
            *error = q.lastError().text();
            return {};
        }
    }
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}
} // namespace

QString TestDatabase::createEmptyUrl(QString* error)
{
    return newDatabaseUrl(error, QStringLiteral("template0"));
}

namespace {
// A freshly migrated database, its URL (and sets *error on failure).
QString migratedUrl(QString* error)
{
    const QString url = TestDatabase::createEmptyUrl(error);
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

// A copy of the template at `templateUrl`: CREATE DATABASE … TEMPLATE on PostgreSQL (which
// waits for the template's last session to go), a file copy on SQLite.
QString copyOf(const QString& templateUrl, QString* error)
{
    const QString url = newDatabaseUrl(error, QUrl(templateUrl).path().mid(1));
    if (url.isEmpty() || TestDatabase::backend() == Backend::Postgres)
        return url;
    const QString from = QUrl(templateUrl).path();
    const QString to = QUrl(url).path();
    if (!QFile::copy(from, to)) {
        *error = QStringLiteral("cannot copy the template database %1 to %2").arg(from, to);
        return {};
    }
    return url;
}
} // namespace

QString TestDatabase::createUrl(QString* error)
{
    // Migrating costs about 0.4 s a database on PostgreSQL and a test process makes a dozen or
    // more, so each process migrates a template once and hands out copies of it. The template is
    // closed (its Database gone) before the first copy: PostgreSQL copies only a database nobody
    // is connected to, and SQLite's write-ahead log is folded into the file on the last close.
    // One template per backend and server: a test may switch either midway (INVITEDESK_TEST_*
    // set by the test itself, a benchmark's own durable cluster).
    static QMutex mutex;
    static QHash<QString, QString> templates;
    const QString key =
        backendName() + QLatin1Char(' ') +
        (backend() == Backend::Postgres ? qEnvironmentVariable("INVITEDESK_TEST_PG_URL")
                                        : QString());
    QMutexLocker lock(&mutex);
    QString& templateUrl = templates[key];
    if (templateUrl.isEmpty()) {
        templateUrl = migratedUrl(error);
        if (templateUrl.isEmpty())
            return {};
    }
    return copyOf(templateUrl, error);
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
