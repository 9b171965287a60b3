// Issue 16: the whole platform's statistics come from counts kept as invitations change
// (migration 018, InvitationCountsSummary), not from every invitation. They must be the same
// figures the grouped reads give: after every kind of write (a service's, one statement for
// many rows as a bulk change or the sweep makes, a DBA's delete), with open invitations past
// their expiry that the sweep has not reached, and on PostgreSQL with changes still waiting
// to be folded, or not yet committed. The oracle is the same service asked for a range that
// holds everything, which groups the invitations themselves. Fixed clock; both backends.
#include "InvitationServiceFixture.h"
#include "StatisticsComparison.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QDateTime kStart(QDate(2026, 10, 5), QTime(9, 30), QTimeZone::utc());
// Invitation i is created kStart + i days; all nine are open until kStart + 30 days.
const QDateTime kNow = kStart.addDays(9);
// After the expiry of every invitation still open.
const QDateTime kLate = kStart.addDays(45);
const StatisticsRange kEverything = everythingRange();

struct Planned {
    const char* inviter;
    const char* type;
};
const Planned kPlan[] = {{"sales1", "doctor"}, {"sales1", "doctor"},   {"doctor1", "medical_staff"},
                         {"dist1", "sales"},   {"dist1", "doctor"},    {"dist2", "sales"},
                         {"dist2", "doctor"},  {"admin", "chp_admin"}, {"master", "distributor"}};
} // namespace

class TestStatisticsKeptCounts : public InvitationServiceFixture {
    Q_OBJECT
private:
    QVariant time(const QDateTime& t) const { return m_db->timeValue(t); }
    bool run(const QString& sql, const QVariantList& binds, QString* error) const;
    bool step(const QString& name, QString* error);
    void compareWithGrouped(const QDateTime& now);
    qint64 waiting() const;

private Q_SLOTS:
    void init();
    void sameAsGroupedAfter_data();
    void sameAsGroupedAfter();
    void trendIsCountedByDay();
    void expiringIsCountedAcrossHourEdges_data();
    void expiringIsCountedAcrossHourEdges();
    void uncommittedChangesWaitForTheirCommit();
    void readOnlySessionReadsWithoutFolding();
};

void TestStatisticsKeptCounts::init()
{
    setUpFixture();
    for (int i = 0; i < int(std::size(kPlan)); ++i) {
        NewInvitation in = request(QStringLiteral("kept%1@example.com").arg(i),
                                   QString::fromLatin1(kPlan[i].type));
        in.expiresDays = 30;
        auto made =
            serviceAt(kStart.addDays(i)).create(m_tree[QString::fromLatin1(kPlan[i].inviter)], in);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
    }
}

bool TestStatisticsKeptCounts::run(const QString& sql, const QVariantList& binds,
                                   QString* error) const
{
    QSqlQuery q(m_db->connection().value());
    if (!Database::exec(q, sql, binds)) {
        *error = sql + QStringLiteral(": ") + q.lastError().text();
        return false;
    }
    return true;
}

// Each step is one statement (or one service call), however many rows it changes.
bool TestStatisticsKeptCounts::step(const QString& name, QString* error)
{
    if (name == QLatin1String("send all")) // a dispatcher's results, as one bulk update
        return run(QStringLiteral("UPDATE user_invitations SET status = 'sent', sent_at = "
                                  "created_at, email_delivered_via = 'relay', "
                                  "email_delivery_status = 'sent' WHERE status = 'pending'"),
                   {}, error);
    if (name == QLatin1String("two to a folder"))
        return run(QStringLiteral("UPDATE user_invitations SET email_delivered_via = 'folder' "
                                  "WHERE email IN ('kept1@example.com', 'kept5@example.com')"),
                   {}, error);
    if (name == QLatin1String("two opened"))
        return run(QStringLiteral("UPDATE user_invitations SET opened_at = ? "
                                  "WHERE email IN ('kept0@example.com', 'kept6@example.com')"),
                   {time(kStart.addDays(8))}, error);
    if (name == QLatin1String("three accepted")) {
        // 90 minutes, 1 day and 61 seconds, 3 days after creation.
        const QList<QPair<QString, qint64>> accepts = {{QStringLiteral("kept0"), 90 * 60},
                                                       {QStringLiteral("kept1"), 86400 + 61},
                                                       {QStringLiteral("kept6"), 3 * 86400}};
        for (const auto& [who, secs] : accepts) {
            const int i = who.mid(4).toInt();
            if (!run(QStringLiteral("UPDATE user_invitations SET status = 'accepted', "
                                    "accepted_at = ?, accepted_user_id = ? WHERE email = ?"),
                     {time(kStart.addDays(i).addSecs(secs)), m_tree["doctor1"].id,
                      who + QStringLiteral("@example.com")},
                     error))
                return false;
        }
        return true;
    }
    if (name == QLatin1String("sales1's open ones cancelled")) // one statement, several rows
        return run(QStringLiteral("UPDATE user_invitations SET status = 'cancelled', "
                                  "cancelled_at = ?, cancelled_by_id = ? WHERE invited_by_id = ? "
                                  "AND status IN ('pending', 'sent')"),
                   {time(kNow), m_tree["sales1"].id, m_tree["sales1"].id}, error);
    if (name == QLatin1String("one deleted")) { // by a DBA: its messages and links first
        const QString id = QStringLiteral("(SELECT id FROM user_invitations WHERE email = "
                                          "'kept3@example.com')");
        return run(QStringLiteral("DELETE FROM email_outbox WHERE invitation_id = ") + id, {},
                   error) &&
               run(QStringLiteral("DELETE FROM invitation_links WHERE invitation_id = ") + id, {},
                   error) &&
               run(QStringLiteral("DELETE FROM user_invitations WHERE email = "
                                  "'kept3@example.com'"),
                   {}, error);
    }
    if (name == QLatin1String("swept")) {
        auto swept = serviceAt(kLate).expireDue();
        if (!swept)
            *error = swept.error().describe();
        return swept.ok();
    }
    *error = QStringLiteral("no step ") + name;
    return false;
}

qint64 TestStatisticsKeptCounts::waiting() const
{
    QSqlQuery q(m_db->connection().value());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM invitation_counts_delta) + (SELECT "
                               "count(*) FROM invitation_day_counts_delta) + (SELECT count(*) "
                               "FROM invitation_accept_minutes_delta)")) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestStatisticsKeptCounts::compareWithGrouped(const QDateTime& now)
{
    const User admin = m_tree["admin"];
    auto grouped = serviceAt(now).statistics(admin, {}, kEverything);
    QVERIFY2(grouped.ok(), grouped.ok() ? "" : qPrintable(grouped.error().describe()));
    // The first inviters, ranked from the kept one-row-per-inviter counts (migration 020)
    // before anything else reads (on PostgreSQL, with whatever is still waiting): the grouped
    // whole's first lines, every figure, with any tie at the cut.
    for (int limit = 1; limit <= 3; ++limit) {
        auto first = serviceAt(now).statistics(admin, {}, {}, limit);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().describe()));
        QCOMPARE(first->inviterCount, qint64(grouped->byInviter.size()));
        const QList<InviterStatistics>& all = grouped->byInviter;
        qsizetype expected = std::min<qsizetype>(limit, all.size());
        while (expected < all.size() && all.at(expected).total == all.at(expected - 1).total)
            ++expected;
        QCOMPARE(first->byInviter.size(), expected);
        for (qsizetype i = 0; i < expected; ++i) {
            compareInviterLine(first->byInviter.at(i), all.at(i));
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(first->byType, grouped->byType);
    }
    auto kept = serviceAt(now).statistics(admin);
    QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().describe()));
    compareStatistics(kept.value(), grouped.value(), false);
}

void TestStatisticsKeptCounts::sameAsGroupedAfter_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("expired");
    const qint64 all = qint64(std::size(kPlan));
    QTest::newRow("creation only") << QStringList{} << kNow << all << qint64(0);
    QTest::newRow("a bulk send") << QStringList{"send all"} << kNow << all << qint64(0);
    QTest::newRow("folders, opens and accepts")
        << QStringList{"send all", "two to a folder", "two opened", "three accepted"} << kNow << all
        << qint64(0);
    QTest::newRow("a bulk cancel")
        << QStringList{"send all", "three accepted", "sales1's open ones cancelled"} << kNow << all
        << qint64(0);
    QTest::newRow("a delete") << QStringList{"send all", "three accepted", "one deleted"} << kNow
                              << all - 1 << qint64(0);
    // Open ones past their expiry show as expired before the sweep records it...
    QTest::newRow("past expiry, not swept")
        << QStringList{"send all", "three accepted"} << kLate << all << all - 3;
    // ...and the same after it.
    QTest::newRow("past expiry, swept")
        << QStringList{"send all", "three accepted", "swept"} << kLate << all << all - 3;
}

void TestStatisticsKeptCounts::sameAsGroupedAfter()
{
    QFETCH(QStringList, steps);
    QFETCH(QDateTime, now);
    QFETCH(qint64, total);
    QFETCH(qint64, expired);
    for (const QString& s : steps) {
        QString error;
        QVERIFY2(step(s, &error), qPrintable(error));
    }
    compareWithGrouped(now);
    if (QTest::currentTestFailed())
        return;
    auto kept = serviceAt(now).statistics(m_tree["admin"]);
    QCOMPARE(kept->total, total);
    QCOMPARE(kept->byStatus.value(QStringLiteral("expired")), expired);
    if (m_db->isPostgres()) // the read folded every committed change
        QCOMPARE(waiting(), qint64(0));
}

void TestStatisticsKeptCounts::trendIsCountedByDay()
{
    QString error;
    QVERIFY2(step(QStringLiteral("send all"), &error), qPrintable(error));
    QVERIFY2(step(QStringLiteral("three accepted"), &error), qPrintable(error));
    // The last 12 weeks before kNow's day ends: the weeks hold the creations by their day and
    // the acceptances by theirs, as the invitations themselves count them.
    auto s = serviceAt(kNow).statistics(m_tree["admin"]);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
    QCOMPARE(s->weekly.size(), s->weekStarts.size());
    QSqlQuery q(m_db->connection().value());
    qint64 created = 0;
    qint64 accepted = 0;
    for (int w = 0; w < int(s->weekStarts.size()); ++w) {
        const QDateTime start = s->weekStarts.at(w);
        const QDateTime end = w + 1 < int(s->weekStarts.size())
                                  ? s->weekStarts.at(w + 1)
                                  : kNow.date().addDays(1).startOfDay(QTimeZone::utc());
        QVERIFY(Database::exec(q,
                               QStringLiteral("SELECT (SELECT count(*) FROM user_invitations "
                                              "WHERE created_at >= ? AND created_at < ?), "
                                              "(SELECT count(*) FROM user_invitations WHERE "
                                              "accepted_at >= ? AND accepted_at < ?)"),
                               {time(start), time(end), time(start), time(end)}) &&
                q.next());
        QCOMPARE(s->weekly.at(w).first, q.value(0).toLongLong());
        QCOMPARE(s->weekly.at(w).second, q.value(1).toLongLong());
        created += s->weekly.at(w).first;
        accepted += s->weekly.at(w).second;
    }
    QCOMPARE(created, qint64(std::size(kPlan)));
    QCOMPARE(accepted, qint64(3));
}

// The 48-hour count comes from whole UTC hours kept per expiry (migration 021, PostgreSQL)
// plus the partial hours at both ends read from the index: each side of each edge, with the
// window starting mid-hour and on the hour.
void TestStatisticsKeptCounts::expiringIsCountedAcrossHourEdges_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("mid-hour") << kNow; // 09:30
    QTest::newRow("on the hour") << kNow.addSecs(30 * 60);
    QTest::newRow("a second past the hour") << kNow.addSecs(30 * 60 + 1);
}

void TestStatisticsKeptCounts::expiringIsCountedAcrossHourEdges()
{
    QFETCH(QDateTime, now);
    QVERIFY(serviceAt(now).statistics(m_tree["admin"]).ok()); // the creations folded
    // Seconds from now: before it, at it (not within), just after, at and around the hour of
    // the window's end, its last second, its end (within) and just past it.
    const qint64 h = 3600;
    const qint64 offsets[] = {-60,           0,          1,      1800,      47 * h + 1799,
                              47 * h + 1800, 48 * h - 1, 48 * h, 48 * h + 1};
    static_assert(std::size(offsets) == std::size(kPlan));
    for (int i = 0; i < int(std::size(offsets)); ++i) {
        QString error;
        QVERIFY2(run(QStringLiteral("UPDATE user_invitations SET expires_at = ? WHERE email = ?"),
                     {time(now.addSecs(offsets[i])), QStringLiteral("kept%1@example.com").arg(i)},
                     &error),
                 qPrintable(error));
    }
    auto kept = serviceAt(now).statistics(m_tree["admin"]);
    QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().describe()));
    QCOMPARE(kept->expiring48h, qint64(6));
    QCOMPARE(kept->byStatus.value(QStringLiteral("expired")), qint64(2)); // -60 and 0
    compareWithGrouped(now);
}

void TestStatisticsKeptCounts::uncommittedChangesWaitForTheirCommit()
{
    if (!m_db->isPostgres())
        QSKIP("SQLite has one writer: its triggers count in the writer's own transaction");
    // Another desk's transaction accepts an invitation and has not committed yet.
    QSqlDatabase other = QSqlDatabase::cloneDatabase(m_db->connection().value(),
                                                     QStringLiteral("kept-counts-other"));
    {
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        QVERIFY(other.transaction());
        QSqlQuery q(other);
        QVERIFY2(Database::exec(q,
                                QStringLiteral("UPDATE user_invitations SET status = 'accepted', "
                                               "accepted_at = ?, accepted_user_id = ? WHERE "
                                               "email = 'kept2@example.com'"),
                                {time(kStart.addDays(3)), m_tree["doctor1"].id}),
                 qPrintable(q.lastError().text()));
        // A read meanwhile folds what is committed and does not see it.
        auto before = serviceAt(kNow).statistics(m_tree["admin"]);
        QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().describe()));
        QCOMPARE(before->accepted, qint64(0));
        QVERIFY(other.commit());
        QVERIFY(waiting() > 0); // the commit's change waits for the next fold
        compareWithGrouped(kNow);
        auto after = serviceAt(kNow).statistics(m_tree["admin"]);
        QCOMPARE(after->accepted, qint64(1));
        QCOMPARE(after->medianHoursToAccept, 24.0); // one day after its creation
        QCOMPARE(waiting(), qint64(0));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kept-counts-other"));
}

// A streaming replica's sessions are read-only (docs/deploy.md lets the statistics read from
// one): the fold cannot run there, and the figures are the same without it.
void TestStatisticsKeptCounts::readOnlySessionReadsWithoutFolding()
{
    if (!m_db->isPostgres())
        QSKIP("PostgreSQL only: a replica's read-only sessions");
    QString error;
    QVERIFY2(step(QStringLiteral("send all"), &error), qPrintable(error));
    QVERIFY2(step(QStringLiteral("three accepted"), &error), qPrintable(error));
    // Folded so far (a read folds); what follows waits, so that the kept per-inviter totals
    // hold some of the figures and the waiting changes the rest.
    QVERIFY(serviceAt(kNow).statistics(m_tree["admin"]).ok());
    QCOMPARE(waiting(), qint64(0));
    // Then doctor1's three more invitations take it from the last rank to the first,
    // and a DBA's delete takes one of dist1's away, which the kept per-inviter totals do not
    // show yet.
    for (int i = 0; i < 3; ++i) {
        auto made = serviceAt(kNow).create(
            m_tree["doctor1"],
            request(QStringLiteral("more%1@example.com").arg(i), QStringLiteral("medical_staff")));
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
    }
    QVERIFY2(step(QStringLiteral("one deleted"), &error), qPrintable(error));
    const qint64 waitingBefore = waiting();
    QVERIFY(waitingBefore > 0);
    // Not prepared: PostgreSQL prepares no SET.
    QSqlQuery session(m_db->connection().value());
    QVERIFY2(session.exec(QStringLiteral("SET default_transaction_read_only = on")),
             qPrintable(session.lastError().text()));
    compareWithGrouped(kNow);
    const qint64 waitingAfter = waiting();
    QVERIFY2(session.exec(QStringLiteral("SET default_transaction_read_only = off")),
             qPrintable(session.lastError().text()));
    QCOMPARE(waitingAfter, waitingBefore); // nothing folded
    auto s = serviceAt(kNow).statistics(m_tree["admin"]);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
    QCOMPARE(s->accepted, qint64(3));
    QCOMPARE(s->byInviter.first().userId, m_tree["doctor1"].id);
    QCOMPARE(s->byInviter.first().total, qint64(4));
    QCOMPARE(waiting(), qint64(0)); // folded again once the session may write
}

QTEST_GUILESS_MAIN(TestStatisticsKeptCounts)
#include "test_statistics_kept_counts.moc"
