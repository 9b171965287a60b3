#include "core/storage/Migrator.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseMigratesToLatest();
    void migrateTwiceIsHarmless();
    void checkReportsOlderAndNewerSchema();
    void tablesAndConstraintsExist_data();
    void tablesAndConstraintsExist();
    void badUrlsAreRefused_data();
    void badUrlsAreRefused();
};

void TestMigrations::freshDatabaseMigratesToLatest()
{
    QString error;
    const QString url = TestDatabase::createEmptyUrl(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    auto db = Database::open(url);
    QVERIFY(db.ok());
    Migrator m(db.value());
    QCOMPARE(m.currentVersion().value(), 0);
    QVERIFY(m.latestVersion() >= 1);
    auto r = m.migrate();
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r.value(), m.latestVersion());
    QVERIFY(m.check().ok());
}

void TestMigrations::migrateTwiceIsHarmless()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    Migrator m(db);
    auto r = m.migrate();
    QVERIFY(r.ok());
    QCOMPARE(r.value(), m.latestVersion());
    QSqlQuery q(db->connection().value());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), m.latestVersion());
}

void TestMigrations::checkReportsOlderAndNewerSchema()
{
    QString error;
    const QString url = TestDatabase::createEmptyUrl(&error);
    auto db = Database::open(url);
    QVERIFY(db.ok());
    Migrator m(db.value());
    auto older = m.check();
    QVERIFY(!older.ok());
    QCOMPARE(older.error().code, Error::Code::Environment);
    QVERIFY2(older.error().message.contains(QLatin1String("invitedesk migrate")),
             qPrintable(older.error().message));

    QVERIFY(m.migrate().ok());
    QSqlQuery q(db.value()->connection().value());
    q.prepare(QStringLiteral(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', ?)"));
    q.addBindValue(db.value()->timeValue(QDateTime::currentDateTimeUtc()));
    QVERIFY(q.exec());
    auto newer = m.check();
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error().code, Error::Code::Environment);
    QVERIFY(newer.error().message.contains(QLatin1String("999")));
    QVERIFY(newer.error().message.contains(QString::number(m.latestVersion())));
    QVERIFY(!m.migrate().ok()); // never "downgrade" over a newer schema
}

void TestMigrations::tablesAndConstraintsExist_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("organizations") << "SELECT count(*) FROM organizations" << true;
    QTest::newRow("users") << "SELECT count(*) FROM users" << true;
    QTest::newRow("user_invitations") << "SELECT count(*) FROM user_invitations" << true;
    QTest::newRow("email_outbox") << "SELECT count(*) FROM email_outbox" << true;
    QTest::newRow("audit_events") << "SELECT count(*) FROM audit_events" << true;
    QTest::newRow("bad status refused")
        << "INSERT INTO organizations (id, name, kind, created_at) VALUES "
           "('00000000-0000-0000-0000-000000000001', 'x', 'nonsense', '2026-01-01T00:00:00.000Z')"
        << false;
    QTest::newRow("upper-case e-mail refused")
        << "INSERT INTO users (id, email, password_hash, first_name, last_name, role, "
           "organization_id, created_at) "
           "VALUES ('00000000-0000-0000-0000-000000000002', 'A@B.COM', 'x', 'a', 'b', 'admin', "
           "'00000000-0000-0000-0000-000000000009', '2026-01-01T00:00:00.000Z')"
        << false;
}

void TestMigrations::tablesAndConstraintsExist()
{
    QFETCH(QString, sql);
    QFETCH(bool, accepted);
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QSqlQuery q(db->connection().value());
    QCOMPARE(q.exec(sql), accepted);
}

void TestMigrations::badUrlsAreRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << "";
    QTest::newRow("relative sqlite") << "sqlite://relative/path.db";
    QTest::newRow("mysql") << "mysql://root@localhost/x";
    QTest::newRow("pg without host") << "postgresql:///db";
    QTest::newRow("bad sslmode") << "postgresql://u@h/db?sslmode=sometimes";
}

void TestMigrations::badUrlsAreRefused()
{
    QFETCH(QString, url);
    auto r = DatabaseUrl::parse(url);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("database"));
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
