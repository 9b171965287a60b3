// Migration 018 (statistics from kept counts, issue 16): a database with invitations at
// version 17 gets its counts backfilled, so that the whole platform's statistics read from
// them right after the upgrade agree with the invitations themselves, figure by figure.
// Both backends.
#include "core/services/InvitationService.h"
#include "core/storage/Migrator.h"
#include "tests/core/services/StatisticsComparison.h"
#include "tests/support/MigrationFixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kOrg = QStringLiteral("00000000-0000-0000-0000-00000000000a");
const QString kAdmin = QStringLiteral("00000000-0000-0000-0000-0000000000a1");
const QString kCreated = QStringLiteral("2026-03-01T08:00:00.000Z");
const QDateTime kNow(QDate(2026, 3, 12), QTime(9, 0), QTimeZone::utc());

// id suffix, status, created, sent, opened, channel, accepted (empty: none)
struct Row {
    const char* id;
    const char* status;
    const char* created;
    const char* sent;
    const char* opened;
    const char* via;
    const char* accepted;
};
const Row kRows[] = {
    // 90 minutes after creation.
    {"101", "accepted", "2026-03-02T11:00:00.000Z", "2026-03-02T11:01:00.000Z",
     "2026-03-02T12:00:00.000Z", "relay", "2026-03-02T12:30:00.000Z"},
    // A day and 30 seconds: 1,440 whole minutes; saved to a folder, so not delivered.
    {"102", "accepted", "2026-03-03T09:00:00.000Z", "2026-03-03T09:01:00.000Z",
     "2026-03-03T10:00:00.000Z", "folder", "2026-03-04T09:00:30.000Z"},
    {"103", "sent", "2026-03-02T10:00:00.000Z", "2026-03-02T10:01:00.000Z",
     "2026-03-02T15:00:00.000Z", "relay", nullptr},
    {"104", "pending", "2026-03-03T10:00:00.000Z", nullptr, nullptr, nullptr, nullptr},
};

QVariant text(const char* value)
{
    return value ? QVariant(QString::fromLatin1(value)) : QVariant(QMetaType(QMetaType::QString));
}
// The organisation, its admin and kRows, written as a database at an older version holds them.
void seed(QSqlQuery& q)
{
    QVERIFY2(exec(q,
                  QStringLiteral("INSERT INTO organizations (id, name, kind, created_at) "
                                 "VALUES (?, 'Org', 'platform', ?)"),
                  {kOrg, kCreated}),
             qPrintable(q.lastError().text()));
    QVERIFY2(exec(q,
                  QStringLiteral("INSERT INTO users (id, email, password_hash, first_name, "
                                 "last_name, role, organization_id, created_at) VALUES (?, "
                                 "'admin@a.example', 'x', 'A', 'B', 'admin', ?, ?)"),
                  {kAdmin, kOrg, kCreated}),
             qPrintable(q.lastError().text()));
    for (const Row& r : kRows) {
        QVERIFY2(exec(q,
                      QStringLiteral(
                          "INSERT INTO user_invitations (id, email, first_name, last_name, "
                          "invitation_type, role_name, status, organization_id, invited_by_id, "
                          "expires_at, created_at, updated_at, sent_at, opened_at, "
                          "email_delivered_via, accepted_at, accepted_user_id, "
                          "email_delivery_status, email_attempts) VALUES (?, ?, 'Ana', 'Ruiz', "
                          "'doctor', 'doctor', ?, ?, ?, '2026-04-30T00:00:00.000Z', ?, ?, ?, ?, ?, "
                          "?, ?, ?, ?)"),
                      {QStringLiteral("00000000-0000-0000-0000-000000000") + QLatin1String(r.id),
                       QStringLiteral("p%1@x.example").arg(QLatin1String(r.id)), text(r.status),
                       kOrg, kAdmin, text(r.created), text(r.created), text(r.sent), text(r.opened),
                       text(r.via), text(r.accepted),
                       r.accepted ? QVariant(kAdmin) : QVariant(QMetaType(QMetaType::QString)),
                       QString::fromLatin1(r.sent ? "sent" : "queued"), r.sent ? 1 : 0}),
                 qPrintable(q.lastError().text()));
    }
}
// A service on `db` whose clock stands at kNow, and the admin seed() writes.
InvitationService serviceAtNow(const DatabasePtr& db)
{
    ServiceConfig config;
    config.clock = [] { return kNow; };
    return InvitationService(db, config);
}

User fixtureAdmin()
{
    User admin;
    admin.id = kAdmin;
    admin.role = Role::Admin;
    return admin;
}

} // namespace

class TestInvitationCountsMigration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backfilledCountsAgreeWithTheInvitations()
    {
        QString error;
        DatabasePtr db = databaseAtVersion(17, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection().value());
        seed(q);
        if (QTest::currentTestFailed())
            return;

        Migrator m(db);
        QCOMPARE(m.migrate().value(), m.latestVersion());
        QVERIFY(m.check().ok());

        // The kept rows themselves: one per (inviter, type, status, sent, opened, channel).
        QVERIFY(exec(q, QStringLiteral("SELECT status, delivered_via, n FROM invitation_counts "
                                       "ORDER BY status, delivered_via")));
        QStringList kept;
        while (q.next())
            kept << QStringLiteral("%1/%2/%3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        QCOMPARE(kept, (QStringList{"accepted/folder/1", "accepted/relay/1", "pending//1",
                                    "sent/relay/1"}));
        QVERIFY(exec(q, QStringLiteral("SELECT minutes, n FROM invitation_accept_minutes ORDER BY "
                                       "minutes")));
        QStringList minutes;
        while (q.next())
            minutes << q.value(0).toString() + QLatin1Char('x') + q.value(1).toString();
        QCOMPARE(minutes, (QStringList{"90x1", "1440x1"}));

        // The statistics read from them agree with the grouped reads (a range holding all).
        InvitationService service = serviceAtNow(db);
        const User admin = fixtureAdmin();
        auto fromCounts = service.statistics(admin);
        QVERIFY2(fromCounts.ok(), fromCounts.ok() ? "" : qPrintable(fromCounts.error().describe()));
        auto grouped = service.statistics(
            admin, {},
            {QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()), kNow.addDays(1)});
        QVERIFY2(grouped.ok(), grouped.ok() ? "" : qPrintable(grouped.error().describe()));
        compareStatistics(fromCounts.value(), grouped.value(), false);
        QCOMPARE(fromCounts->total, qint64(4));
        QCOMPARE(fromCounts->accepted, qint64(2));
        QCOMPARE(fromCounts->delivered, qint64(2)); // the folder's is not
        QCOMPARE(fromCounts->medianHoursToAccept, (90.0 + 1440.0) / 2 / 60);
        qint64 created = 0;
        qint64 accepted = 0;
        for (const auto& [c, a] : fromCounts->weekly) {
            created += c;
            accepted += a;
        }
        QCOMPARE(created, qint64(4));
        QCOMPARE(accepted, qint64(2));
    }

    // Migration 020 keeps counts by inviter alone and by type alone, backfilled from 018's
    // kept counts. On PostgreSQL, changes still waiting to be folded when it runs are folded
    // into all three tables later: here one folded change and one waiting.
    void rankCountsTakeOverWhatWasKeptAndWhatWaits()
    {
        QString error;
        DatabasePtr db = databaseAtVersion(18, &error); // before 020 (SQLite has no 019)
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection().value());
        seed(q);
        if (QTest::currentTestFailed())
            return;
        if (db->isPostgres())
            QVERIFY2(exec(q, QStringLiteral("SELECT invitedesk_fold_invitation_counts()")),
                     qPrintable(q.lastError().text()));
        QVERIFY2(
            exec(q, QStringLiteral("UPDATE user_invitations SET status = 'cancelled' WHERE id = "
                                   "'00000000-0000-0000-0000-000000000104'")),
            qPrintable(q.lastError().text()));

        Migrator m(db);
        QCOMPARE(m.migrate().value(), m.latestVersion());
        InvitationService service = serviceAtNow(db);
        const User admin = fixtureAdmin();
        auto first = service.statistics(admin, {}, {}, 1); // ranked from the new counts
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().describe()));
        QCOMPARE(first->inviterCount, qint64(1));
        QCOMPARE(first->byInviter.size(), 1);
        QCOMPARE(first->byInviter.first().total, qint64(4));
        QCOMPARE(first->byInviter.first().byStatus.value(QStringLiteral("cancelled")), qint64(1));
        QCOMPARE(first->byType.value(QStringLiteral("doctor")), qint64(4));
        QCOMPARE(first->byStatus.value(QStringLiteral("cancelled")), qint64(1));
        QCOMPARE(first->byStatus.value(QStringLiteral("pending")), qint64(0));

        // Folded (the read above), each new table is 018's counts summed its way.
        const QStringList same = {
            "SELECT invited_by_id, sum(n) FROM invitation_counts GROUP BY 1 HAVING sum(n) <> 0 "
            "EXCEPT SELECT invited_by_id, n FROM invitation_inviter_counts",
            "SELECT invited_by_id, n FROM invitation_inviter_counts WHERE n <> 0 EXCEPT "
            "SELECT invited_by_id, sum(n) FROM invitation_counts GROUP BY 1",
            "SELECT invitation_type, status, sent, opened, delivered_via, sum(n) FROM "
            "invitation_counts GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 EXCEPT SELECT "
            "invitation_type, status, sent, opened, delivered_via, n FROM invitation_type_counts",
            "SELECT invitation_type, status, sent, opened, delivered_via, n FROM "
            "invitation_type_counts WHERE n <> 0 EXCEPT SELECT invitation_type, status, sent, "
            "opened, delivered_via, sum(n) FROM invitation_counts GROUP BY 1, 2, 3, 4, 5"};
        for (const QString& sql : same) {
            QVERIFY2(exec(q, sql), qPrintable(q.lastError().text()));
            QVERIFY2(!q.next(), qPrintable(sql));
        }
        QVERIFY2(exec(q,
                      QStringLiteral("SELECT n FROM invitation_inviter_counts WHERE "
                                     "invited_by_id = ?"),
                      {kAdmin}),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestInvitationCountsMigration)
#include "test_invitation_counts_migration.moc"
