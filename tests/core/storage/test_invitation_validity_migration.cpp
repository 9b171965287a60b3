// Migration 012 (each invitation's own validity period, issue 18 item 4): invitations at
// version 11 get the rounded days between their creation and their expiry, or their
// organisation's default when that is not 1 to 365 days; new values keep the 1..365 rule.
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
const QString kCreated = QStringLiteral("2026-01-01T00:00:00.000Z");
} // namespace

class TestInvitationValidityMigration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backfillsFromCreationAndExpiry()
    {
        QString error;
        DatabasePtr db = databaseAtVersion(11, &error);
        QVERIFY2(db, qPrintable(error));
        Migrator m(db);

        QSqlQuery q(db->connection().value());
        QVERIFY(exec(q,
                     QStringLiteral("INSERT INTO organizations (id, name, kind, expiry_days, "
                                    "created_at) VALUES (?, 'Org', 'platform', 9, ?)"),
                     {kOrg, kCreated}));
        QVERIFY(exec(q,
                     QStringLiteral("INSERT INTO users (id, email, password_hash, first_name, "
                                    "last_name, role, organization_id, created_at) VALUES (?, "
                                    "'a@a.example', 'x', 'A', 'B', 'admin', ?, ?)"),
                     {kAdmin, kOrg, kCreated}));
        // expires_at, and the validity the migration gives it.
        const QList<std::pair<QString, int>> rows = {
            {QStringLiteral("2026-01-13T00:00:00.000Z"), 12}, // 12 days
            {QStringLiteral("2026-01-13T09:00:00.000Z"), 12}, // 12.375 days
            {QStringLiteral("2026-01-13T13:00:00.000Z"), 13}, // 12.54 days
            {QStringLiteral("2026-01-01T05:00:00.000Z"), 9},  // under half a day: the default
            {QStringLiteral("2027-06-01T00:00:00.000Z"), 9},  // over 365 days: the default
        };
        for (int i = 0; i < rows.size(); ++i) {
            QVERIFY(exec(
                q,
                QStringLiteral("INSERT INTO user_invitations (id, email, first_name, last_name, "
                               "invitation_type, role_name, status, organization_id, "
                               "invited_by_id, expires_at, created_at, updated_at) VALUES (?, ?, "
                               "'P', 'D', 'doctor', 'doctor', 'failed', ?, ?, ?, ?, ?)"),
                {QStringLiteral("00000000-0000-0000-0000-0000000001%1")
                     .arg(i, 2, 10, QLatin1Char('0')),
                 QStringLiteral("p%1@a.example").arg(i), kOrg, kAdmin, rows.at(i).first, kCreated,
                 kCreated}));
        }

        QCOMPARE(m.migrate().value(), m.latestVersion());
        QVERIFY(m.check().ok());
        QVERIFY(exec(q, QStringLiteral("SELECT validity_days FROM user_invitations ORDER BY id")));
        for (const auto& [expiry, days] : rows) {
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() == days,
                     q.value(0).toInt() == days ? QByteArray() : expiry.toUtf8());
        }
        QVERIFY(!exec(q, QStringLiteral("UPDATE user_invitations SET validity_days = 0")));
        QVERIFY(!exec(q, QStringLiteral("UPDATE user_invitations SET validity_days = 366")));
        QVERIFY(exec(q, QStringLiteral("UPDATE user_invitations SET validity_days = 365")));
    }
};

QTEST_GUILESS_MAIN(TestInvitationValidityMigration)
#include "test_invitation_validity_migration.moc"
