#include "core/security/TokenGenerator.h"
#include "core/services/AcceptanceService.h"
#include "core/storage/Migrator.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <tuple>

using namespace invitedesk;
using namespace invitedesk::test;

class TestMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseMigratesToLatest();
    void migrateTwiceIsHarmless();
    void checkReportsOlderAndNewerSchema();
    void gapInNumbersIsAcceptedAndAMissingOneIsReported();
    void upgradeKeepsDataAndChecksTheInviter();
    void upgradeTakesTokensOutAndKeepsDeliveredLinks();
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
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(version) FROM schema_migrations")));
    QVERIFY(q.next());
    // One row per shipped migration (numbers may leave gaps), the newest on top.
    QCOMPARE(q.value(0).toInt(), m.shippedVersions().size());
    QCOMPARE(q.value(1).toInt(), m.latestVersion());
}

// Migration numbers may leave a gap that a later release fills (004 shipped while 003 was
// still under way): the migrator applies what it ships, and a database at the top version
// that misses a lower one is told to migrate rather than passing the check.
void TestMigrations::gapInNumbersIsAcceptedAndAMissingOneIsReported()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    Migrator m(db);
    QVERIFY(m.migrate().ok());
    QVERIFY(m.check().ok());
    QVERIFY(m.shippedVersions().contains(4));
    const int lower = m.shippedVersions().at(m.shippedVersions().size() - 2);
    QSqlQuery q(db->connection().value());
    q.prepare(QStringLiteral("DELETE FROM schema_migrations WHERE version = ?"));
    q.addBindValue(lower);
    QVERIFY(q.exec());
    QCOMPARE(m.currentVersion().value(), m.latestVersion());
    auto missing = m.check();
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::Environment);
    QVERIFY2(missing.error().message.contains(QString::number(lower)) &&
                 missing.error().message.contains(QLatin1String("invitedesk migrate")),
             qPrintable(missing.error().message));
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

namespace {
bool run(QSqlQuery& q, const QString& sql)
{
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

// An invitation as versions before 3 stored it (with a token hash), or as 3 and later do.
QString insertInvitation(const char* id, const char* email, const char* organization,
                         const char* inviter, bool withTokenHash = true)
{
    return QStringLiteral(
               "INSERT INTO user_invitations (id, email, first_name, last_name, invitation_type, "
               "role_name, status, organization_id, invited_by_id, %5expires_at, "
               "created_at, updated_at) VALUES ('%1', '%2', 'Ana', 'Núñez', 'doctor', 'doctor', "
               "'pending', '%3', '%4', %6'2026-02-01T00:00:00.000Z', "
               "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
        .arg(QLatin1String(id), QLatin1String(email), QLatin1String(organization),
             QLatin1String(inviter), withTokenHash ? QStringLiteral("token_hash, ") : QString(),
             // 32 distinct bytes per row, from the id.
             !withTokenHash ? QString()
             : TestDatabase::backend() == Backend::Postgres
                 ? QStringLiteral("sha256('%1'::bytea), ").arg(QLatin1String(id))
                 : QStringLiteral("randomblob(32), "));
}
} // namespace

// A database at version 1 holding invitations moves to the latest version without losing a
// row, and the lists' indexes are ascending. On PostgreSQL the inviter and the
// organisation are now one foreign key: an invitation whose inviter belongs to another
// organisation is refused, and so is deleting an inviter or moving them to another
// organisation under their invitations.
void TestMigrations::upgradeKeepsDataAndChecksTheInviter()
{
    QString error;
    const QString url = TestDatabase::createEmptyUrl(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    auto opened = Database::open(url);
    QVERIFY(opened.ok());
    DatabasePtr db = opened.value();
    Migrator m(db);
    QCOMPARE(m.migrate(1).value(), 1);

    QSqlQuery q(db->connection().value());
    const char* orgA = "00000000-0000-0000-0000-00000000000a";
    const char* orgB = "00000000-0000-0000-0000-00000000000b";
    const char* admin = "00000000-0000-0000-0000-0000000000a1";
    for (const char* org : {orgA, orgB})
        QVERIFY(run(q, QStringLiteral("INSERT INTO organizations (id, name, kind, created_at) "
                                      "VALUES ('%1', 'Org', 'platform', "
                                      "'2026-01-01T00:00:00.000Z')")
                           .arg(QLatin1String(org))));
    QVERIFY(run(q, QStringLiteral("INSERT INTO users (id, email, password_hash, first_name, "
                                  "last_name, role, organization_id, created_at) VALUES ('%1', "
                                  "'admin@a.example', 'x', 'Ada', 'Admin', 'admin', '%2', "
                                  "'2026-01-01T00:00:00.000Z')")
                       .arg(QLatin1String(admin), QLatin1String(orgA))));
    QVERIFY(run(
        q, insertInvitation("00000000-0000-0000-0000-000000000101", "old@x.example", orgA, admin)));

    QCOMPARE(m.migrate().value(), m.latestVersion());
    QVERIFY(m.check().ok());
    QVERIFY(run(q, QStringLiteral("SELECT email FROM user_invitations")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("old@x.example"));
    QVERIFY(!q.next());

    // The four list indexes are ascending now (version 1 had them descending; 017 replaced
    // the inviter's with (invited_by_id, created_at, id)).
    const QString definitions =
        TestDatabase::backend() == Backend::Postgres
            ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN "
                             "(?, ?, ?, ?) ORDER BY indexname")
            : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                             "name IN (?, ?, ?, ?) ORDER BY name");
    QVERIFY(q.prepare(definitions));
    for (const char* name :
         {"user_invitations_created_idx", "user_invitations_inviter_created_idx",
          "user_invitations_status_created_idx", "user_invitations_type_created_idx"})
        q.addBindValue(QString::fromLatin1(name));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    int indexes = 0;
    while (q.next()) {
        ++indexes;
        QVERIFY2(q.value(1).toString().contains(QLatin1String("created_at")) &&
                     !q.value(1).toString().contains(QLatin1String("DESC"), Qt::CaseInsensitive),
                 qPrintable(q.value(1).toString()));
    }
    QCOMPARE(indexes, 4);

    // Newest first reads the ascending (created_at, id) index backwards.
    QVERIFY(run(q, insertInvitation("00000000-0000-0000-0000-000000000102", "new@x.example", orgA,
                                    admin, false)));
    QVERIFY(run(q, QStringLiteral("UPDATE user_invitations SET created_at = "
                                  "'2026-01-02T00:00:00.000Z' WHERE email = 'new@x.example'")));
    QVERIFY(run(q, QStringLiteral("SELECT email FROM user_invitations "
                                  "ORDER BY created_at DESC, id DESC")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("new@x.example"));

    if (TestDatabase::backend() != Backend::Postgres)
        QSKIP("SQLite keeps its single-column keys (changing them means rebuilding the table)");
    QVERIFY(!q.exec(insertInvitation("00000000-0000-0000-0000-000000000103", "cross@x.example",
                                     orgB, admin, false)));
    QVERIFY2(q.lastError().text().contains(QLatin1String("inviter_organization")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("UPDATE users SET organization_id = '%1' WHERE id = '%2'")
                        .arg(QLatin1String(orgB), QLatin1String(admin))));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM users WHERE id = '%1'").arg(QLatin1String(admin))));
    QVERIFY(!q.exec(
        QStringLiteral("DELETE FROM organizations WHERE id = '%1'").arg(QLatin1String(orgA))));
    QVERIFY(run(q, QStringLiteral("SELECT count(*) FROM user_invitations")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

// Version 3 (issue 11): a database whose outbox holds a queued reminder's token and whose
// invitation holds its delivered link's hash upgrades to one with no token anywhere; the
// delivered link still validates (its hash became the invitation's live link), and neither
// email_outbox.token nor user_invitations.token_hash exists any more.
void TestMigrations::upgradeTakesTokensOutAndKeepsDeliveredLinks()
{
    QString error;
    const QString url = TestDatabase::createEmptyUrl(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    auto opened = Database::open(url);
    QVERIFY(opened.ok());
    DatabasePtr db = opened.value();
    Migrator m(db);
    QCOMPARE(m.migrate(2).value(), 2);

    const QString org = QStringLiteral("00000000-0000-0000-0000-00000000000a");
    const QString admin = QStringLiteral("00000000-0000-0000-0000-0000000000a1");
    const QString open = QStringLiteral("00000000-0000-0000-0000-000000000201");
    const QString token = tokens::generate();
    QSqlQuery q(db->connection().value());
    QVERIFY(run(q, QStringLiteral("INSERT INTO organizations (id, name, kind, created_at) VALUES "
                                  "('%1', 'Org', 'platform', '2026-01-01T00:00:00.000Z')")
                       .arg(org)));
    QVERIFY(run(q, QStringLiteral("INSERT INTO users (id, email, password_hash, first_name, "
                                  "last_name, role, organization_id, created_at) VALUES ('%1', "
                                  "'admin@a.example', 'x', 'Ada', 'Admin', 'admin', '%2', "
                                  "'2026-01-01T00:00:00.000Z')")
                       .arg(admin, org)));
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO user_invitations (id, email, first_name, last_name, invitation_type, "
        "role_name, status, organization_id, invited_by_id, token_hash, expires_at, sent_at, "
        "last_sent_at, created_at, updated_at) VALUES (?, 'open@x.example', 'Ana', 'Núñez', "
        "'doctor', 'doctor', 'sent', ?, ?, ?, '2026-02-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z')")));
    q.addBindValue(open);
    q.addBindValue(org);
    q.addBindValue(admin);
    q.addBindValue(tokens::hash(token));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // The delivered invitation e-mail and a queued reminder that still carries the token.
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO email_outbox (id, invitation_id, kind, recipient, token, status, "
        "next_attempt_at, created_at) VALUES (?, ?, ?, 'open@x.example', ?, ?, "
        "'2026-01-03T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
    for (const auto& [id, kind, stored, status] :
         {std::tuple{"00000000-0000-0000-0000-000000000301", "invitation", QVariant(), "sent"},
          std::tuple{"00000000-0000-0000-0000-000000000302", "reminder", QVariant(token),
                     "queued"}}) {
        q.addBindValue(QString::fromLatin1(id));
        q.addBindValue(open);
        q.addBindValue(QString::fromLatin1(kind));
        q.addBindValue(stored.isValid() ? stored : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(QString::fromLatin1(status));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    QCOMPARE(m.migrate().value(), m.latestVersion());
    // Neither column exists any more.
    for (const char* table : {"email_outbox", "user_invitations"}) {
        QVERIFY(run(q, QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))));
        QVERIFY(q.record().indexOf(QStringLiteral("token")) < 0);
        QVERIFY(q.record().indexOf(QStringLiteral("token_hash")) < 0);
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                QVERIFY(!q.value(c).toString().contains(token));
        }
    }
    QVERIFY(run(q, QStringLiteral("SELECT count(*) FROM email_outbox")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    // The delivered link is the invitation's live link, and still works.
    QVERIFY(run(q, QStringLiteral("SELECT token_hash, invitation_id, kind, revoked_at "
                                  "FROM invitation_links")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toByteArray(), tokens::hash(token));
    QCOMPARE(q.value(1).toString(), open);
    QCOMPARE(q.value(2).toString(), QStringLiteral("invitation"));
    QVERIFY(q.value(3).isNull());
    QVERIFY(!q.next());
    q.finish();
    ServiceConfig config;
    config.clock = [] {
        return QDateTime::fromString(QStringLiteral("2026-01-15T00:00:00.000Z"), Qt::ISODateWithMs);
    };
    auto valid = AcceptanceService(db, config).validate(token);
    QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().describe()));
    QCOMPARE(valid->id, open);
    // The rebuilt table keeps its rules (SQLite) and its keys.
    QVERIFY(!q.exec(QStringLiteral("UPDATE user_invitations SET status = 'nonsense'")));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO invitation_links (token_hash, invitation_id, "
                                     "kind, created_at) VALUES (?, ?, 'reminder', "
                                     "'2026-01-02T00:00:00.000Z')")));
    q.addBindValue(tokens::hash(tokens::generate()));
    q.addBindValue(QStringLiteral("00000000-0000-0000-0000-0000000009ff")); // no such invitation
    QVERIFY(!q.exec());
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
    QTest::newRow("audit_personal") << "SELECT count(*) FROM audit_personal" << true;
    QTest::newRow("personal data of no event refused")
        << "INSERT INTO audit_personal (seq, data) VALUES (987654321, '{\"email\":\"a@b.c\"}')"
        << false;
    QTest::newRow("platform_settings") << "SELECT count(*) FROM platform_settings" << true;
    QTest::newRow("unknown platform setting refused")
        << "INSERT INTO platform_settings (key, value, updated_at) VALUES ('smtp', 'x', "
           "'2026-01-01T00:00:00.000Z')"
        << false;
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
