// Migration 013 (honest delivery, issue 18): invitations and outbox rows at version 12 keep
// every row and value and know no channel yet (NULL: read as a relay's, as before); the new
// columns take only 'relay' and 'folder'. Both backends.
#include "core/storage/Migrator.h"
#include "tests/support/MigrationFixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <tuple>
#include <utility>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kOrg = QStringLiteral("00000000-0000-0000-0000-00000000000a");
const QString kAdmin = QStringLiteral("00000000-0000-0000-0000-0000000000a1");
const QString kInvitation = QStringLiteral("00000000-0000-0000-0000-000000000101");
const QString kOutbox = QStringLiteral("00000000-0000-0000-0000-000000000301");
const QString kTime = QStringLiteral("2026-01-01T00:00:00.000Z");

} // namespace

class TestDeliveryChannelMigration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void upgradeKeepsRowsWithoutAChannel()
    {
        QString error;
        DatabasePtr db = databaseAtVersion(12, &error);
        QVERIFY2(db, qPrintable(error));
        Migrator m(db);

        QSqlQuery q(db->connection().value());
        QVERIFY2(exec(q,
                      QStringLiteral("INSERT INTO organizations (id, name, kind, created_at) "
                                     "VALUES (?, 'Org', 'platform', ?)"),
                      {kOrg, kTime}),
                 qPrintable(q.lastError().text()));
        QVERIFY2(exec(q,
                      QStringLiteral("INSERT INTO users (id, email, password_hash, first_name, "
                                     "last_name, role, organization_id, created_at) VALUES (?, "
                                     "'admin@a.example', 'x', 'A', 'B', 'admin', ?, ?)"),
                      {kAdmin, kOrg, kTime}),
                 qPrintable(q.lastError().text()));
        QVERIFY2(exec(q,
                      QStringLiteral(
                          "INSERT INTO user_invitations (id, email, first_name, last_name, "
                          "invitation_type, role_name, status, organization_id, invited_by_id, "
                          "expires_at, created_at, updated_at, email_delivery_status, "
                          "email_attempts) VALUES (?, 'ana@x.example', 'Ana', 'Núñez', 'doctor', "
                          "'doctor', 'sent', ?, ?, '2026-02-01T00:00:00.000Z', ?, ?, 'sent', 1)"),
                      {kInvitation, kOrg, kAdmin, kTime, kTime}),
                 qPrintable(q.lastError().text()));
        QVERIFY2(exec(q,
                      QStringLiteral("INSERT INTO email_outbox (id, invitation_id, kind, "
                                     "recipient, status, attempts, next_attempt_at, created_at) "
                                     "VALUES (?, ?, 'invitation', 'ana@x.example', 'sent', 1, ?, "
                                     "?)"),
                      {kOutbox, kInvitation, kTime, kTime}),
                 qPrintable(q.lastError().text()));

        QCOMPARE(m.migrate().value(), m.latestVersion());
        QVERIFY(m.check().ok());

        QVERIFY(exec(q, QStringLiteral("SELECT status, email_delivery_status, email_attempts, "
                                       "email_delivered_via FROM user_invitations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sent"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("sent"));
        QCOMPARE(q.value(2).toInt(), 1);
        QVERIFY(q.value(3).isNull());
        QVERIFY(!q.next());
        QVERIFY(
            exec(q, QStringLiteral("SELECT status, attempts, delivered_via FROM email_outbox")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sent"));
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(q.value(2).isNull());
        QVERIFY(!q.next());
    }

    void onlyKnownChannels_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("taken");
        for (const auto& [table, column, id] :
             {std::tuple{"user_invitations", "email_delivered_via", kInvitation},
              std::tuple{"email_outbox", "delivered_via", kOutbox}}) {
            for (const auto& [value, taken] : {std::pair{"relay", true}, std::pair{"folder", true},
                                               std::pair{"pigeon", false}}) {
                QTest::addRow("%s.%s = %s", table, column, value)
                    << QString::fromLatin1(table) << QString::fromLatin1(column) << id
                    << QString::fromLatin1(value) << taken;
            }
        }
    }
    void onlyKnownChannels()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, id);
        QFETCH(QString, value);
        QFETCH(bool, taken);
        QString error;
        const QString url = TestDatabase::createEmptyUrl(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        auto opened = Database::open(url);
        QVERIFY(opened.ok());
        Migrator m(opened.value());
        QCOMPARE(m.migrate().value(), m.latestVersion());
        QSqlQuery q(opened.value()->connection().value());
        // A row to set the channel on (an UPDATE of no row checks nothing).
        QVERIFY2(exec(q,
                      QStringLiteral("INSERT INTO organizations (id, name, kind, created_at) "
                                     "VALUES (?, 'Org', 'platform', ?)"),
                      {kOrg, kTime}),
                 qPrintable(q.lastError().text()));
        QVERIFY2(exec(q,
                      QStringLiteral("INSERT INTO users (id, email, password_hash, first_name, "
                                     "last_name, role, organization_id, created_at) VALUES (?, "
                                     "'admin@a.example', 'x', 'A', 'B', 'admin', ?, ?)"),
                      {kAdmin, kOrg, kTime}),
                 qPrintable(q.lastError().text()));
        QVERIFY2(exec(q,
                      QStringLiteral(
                          "INSERT INTO user_invitations (id, email, first_name, last_name, "
                          "invitation_type, role_name, status, organization_id, invited_by_id, "
                          "expires_at, created_at, updated_at) VALUES (?, 'ana@x.example', "
                          "'Ana', 'N', 'doctor', 'doctor', 'pending', ?, ?, "
                          "'2026-02-01T00:00:00.000Z', ?, ?)"),
                      {kInvitation, kOrg, kAdmin, kTime, kTime}),
                 qPrintable(q.lastError().text()));
        QVERIFY2(exec(q,
                      QStringLiteral("INSERT INTO email_outbox (id, invitation_id, kind, "
                                     "recipient, next_attempt_at, created_at) VALUES (?, ?, "
                                     "'invitation', 'ana@x.example', ?, ?)"),
                      {kOutbox, kInvitation, kTime, kTime}),
                 qPrintable(q.lastError().text()));
        const bool ok = exec(
            q, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column), {value, id});
        QCOMPARE(ok, taken);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryChannelMigration)
#include "test_delivery_channel_migration.moc"
