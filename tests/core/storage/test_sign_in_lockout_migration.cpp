// Migration 009 (sign-in lockout and the idle lock, issue 15): users and organisations at
// version 7 keep every row, start with no failures and no lock and the default idle lock of
// 15 minutes, and the new columns keep their rules (no negative count; 0 to 1440 minutes).
// Both backends.
#include "core/storage/Migrator.h"
#include "tests/support/MigrationFixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kOrg = QStringLiteral("00000000-0000-0000-0000-00000000000a");
const QString kAdmin = QStringLiteral("00000000-0000-0000-0000-0000000000a1");
const QString kRep = QStringLiteral("00000000-0000-0000-0000-0000000000a2");
const QString kTime = QStringLiteral("2026-01-01T00:00:00.000Z");

} // namespace

class TestSignInLockoutMigration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void upgradeStartsUnlockedWithTheDefaultIdleLock()
    {
        QString error;
        DatabasePtr db = databaseAtVersion(7, &error);
        QVERIFY2(db, qPrintable(error));
        Migrator m(db);

        QSqlQuery q(db->connection().value());
        QVERIFY2(exec(q,
                      QStringLiteral("INSERT INTO organizations (id, name, kind, expiry_days, "
                                     "created_at) VALUES (?, 'Org', 'platform', 9, ?)"),
                      {kOrg, kTime}),
                 qPrintable(q.lastError().text()));
        for (const QString& id : {kAdmin, kRep}) {
            QVERIFY2(exec(q,
                          QStringLiteral("INSERT INTO users (id, email, password_hash, "
                                         "first_name, last_name, role, organization_id, "
                                         "created_at) VALUES (?, ?, 'x', 'A', 'B', 'admin', ?, "
                                         "?)"),
                          {id, id.right(2) + QStringLiteral("@a.example"), kOrg, kTime}),
                     qPrintable(q.lastError().text()));
        }

        QCOMPARE(m.migrate().value(), m.latestVersion());
        QVERIFY(m.check().ok());

        QVERIFY(exec(q, QStringLiteral("SELECT id, email, failed_sign_ins, "
                                       "last_failed_sign_in_at, locked_until FROM users ORDER "
                                       "BY id")));
        for (const QString& id : {kAdmin, kRep}) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), id);
            QCOMPARE(q.value(1).toString(), id.right(2) + QStringLiteral("@a.example"));
            QCOMPARE(q.value(2).toInt(), 0);
            QVERIFY(q.value(3).isNull());
            QVERIFY(q.value(4).isNull());
        }
        QVERIFY(!q.next());
        QVERIFY(exec(q,
                     QStringLiteral("SELECT expiry_days, idle_lock_minutes FROM "
                                    "organizations WHERE id = ?"),
                     {kOrg}));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 9);
        QCOMPARE(q.value(1).toInt(), 15);

        // The rules of the new columns.
        QVERIFY(!exec(q, QStringLiteral("UPDATE users SET failed_sign_ins = -1 WHERE id = ?"),
                      {kAdmin}));
        QVERIFY(!exec(q,
                      QStringLiteral("UPDATE organizations SET idle_lock_minutes = 1441 WHERE "
                                     "id = ?"),
                      {kOrg}));
        QVERIFY(!exec(q,
                      QStringLiteral("UPDATE organizations SET idle_lock_minutes = -1 WHERE "
                                     "id = ?"),
                      {kOrg}));
        QVERIFY(exec(q,
                     QStringLiteral("UPDATE organizations SET idle_lock_minutes = 0 WHERE id "
                                    "= ?"),
                     {kOrg}));
    }
};

QTEST_GUILESS_MAIN(TestSignInLockoutMigration)
#include "test_sign_in_lockout_migration.moc"
