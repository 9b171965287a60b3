// Issue 16: a downline's statistics read its invitations once (InvitationStatisticsRepository's
// downline pass: the counts, the 48-hour count, the median, the breakdown by inviter and,
// without a range, the weekly trend from one statement). Every figure must be what the
// downline's own list says, row by row: the oracle is InvitationService::list with the same
// actor, scope and dates, counted here. Through the closure and by scanning (a downline's
// share decides); with and without a range. Fixed clock; both backends.
#include "InvitationServiceFixture.h"
#include "core/domain/InvitationLifecycle.h"
#include "core/storage/InvitationStatisticsRepository.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QDateTime kStart(QDate(2026, 9, 7), QTime(10, 30), QTimeZone::utc());
const QDateTime kNow = kStart.addDays(40);

// Who invites whom, on which day after kStart, valid for how many days, and accepted how many
// minutes after its creation (0: not accepted).
struct Planned {
    const char* inviter;
    const char* type;
    int day;
    int validDays;
    int acceptedAfterMinutes;
};
const Planned kPlan[] = {
    {"dist1", "sales", 0, 30, 95},           {"dist1", "doctor", 3, 30, 0},
    {"sales1", "doctor", 8, 30, 60 * 26},    {"sales1", "doctor", 15, 30, 0},
    {"sales1", "doctor", 39, 2, 0},          {"doctor1", "medical_staff", 20, 21, 0},
    {"doctor1", "medical_staff", 38, 3, 30}, {"dist2", "sales", 10, 30, 0},
    {"dist2", "doctor", 33, 8, 0},           {"master", "distributor", 12, 30, 45},
    {"admin", "chp_admin", 25, 30, 0},       {"sales1", "doctor", 40, 2, 0}, // expires at 48 h
};
} // namespace

class TestStatisticsDownlinePass : public InvitationServiceFixture {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sameAsTheListSays_data();
    void sameAsTheListSays();
};

void TestStatisticsDownlinePass::init()
{
    setUpFixture();
    int i = 0;
    for (const Planned& p : kPlan) {
        NewInvitation in =
            request(QStringLiteral("pass%1@example.com").arg(i++), QString::fromLatin1(p.type));
        in.expiresDays = p.validDays;
        const QDateTime created = kStart.addDays(p.day);
        auto made = serviceAt(created).create(m_tree[QString::fromLatin1(p.inviter)], in);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
        if (p.acceptedAfterMinutes == 0)
            continue;
        QSqlQuery q(m_db->connection().value());
        QVERIFY2(Database::exec(q,
                                QStringLiteral("UPDATE user_invitations SET status = 'accepted', "
                                               "accepted_at = ?, accepted_user_id = ?, sent_at = "
                                               "created_at, email_delivered_via = 'relay' WHERE "
                                               "id = ?"),
                                {m_db->timeValue(created.addSecs(60 * p.acceptedAfterMinutes)),
                                 m_tree["doctor1"].id, made->id}),
                 qPrintable(q.lastError().text()));
    }
}

void TestStatisticsDownlinePass::sameAsTheListSays_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("ranged");
    for (const bool ranged : {false, true}) {
        const char* suffix = ranged ? ", a range" : "";
        QTest::addRow("dist1%s", suffix) << "dist1" << QString() << ranged;
        QTest::addRow("master%s", suffix) << "master" << QString() << ranged;
        QTest::addRow("master, narrowed to dist1%s", suffix) << "master"
                                                             << "dist1" << ranged;
        QTest::addRow("sales1%s", suffix) << "sales1" << QString() << ranged;
    }
}

void TestStatisticsDownlinePass::sameAsTheListSays()
{
    QFETCH(QString, actor);
    QFETCH(QString, scope);
    QFETCH(bool, ranged);
    const User who = m_tree[actor];
    const QString scopeId = scope.isEmpty() ? QString() : m_tree[scope].id;
    const StatisticsRange range =
        ranged ? StatisticsRange{kStart.addDays(5), kStart.addDays(36)} : StatisticsRange{};
    InvitationService service = serviceAt(kNow);
    auto s = service.statistics(who, scopeId, range);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));

    InvitationQuery all;
    all.scopeUserId = scopeId;
    all.limit = 0;
    auto visible = service.list(who, all);
    QVERIFY2(visible.ok(), visible.ok() ? "" : qPrintable(visible.error().describe()));
    QVERIFY(visible->items.size() >= 3); // not a vacuous agreement
    const QList<InvitationStatus> open = lifecycle::openStatuses();
    qint64 total = 0, sent = 0, accepted = 0, expiring = 0;
    QHash<QString, qint64> byStatus, byType, byInviter;
    QList<qint64> minutes;
    for (const Invitation& inv : visible->items) {
        if (range.from.isValid() && inv.createdAt < range.from)
            continue;
        if (range.to.isValid() && inv.createdAt >= range.to)
            continue;
        ++total;
        ++byStatus[statuses::name(inv.status)];
        ++byType[invitation_types::name(inv.type)];
        ++byInviter[inv.invitedById];
        sent += inv.sentAt.isValid() ? 1 : 0;
        if (inv.status == InvitationStatus::Accepted) {
            ++accepted;
            minutes << inv.createdAt.secsTo(inv.acceptedAt) / 60;
        }
        if (open.contains(inv.status) && inv.expiresAt > kNow &&
            inv.expiresAt <= kNow.addSecs(48 * 3600))
            ++expiring;
    }
    QCOMPARE(s->total, total);
    for (const QString& name : statuses::allNames())
        QCOMPARE(s->byStatus.value(name), byStatus.value(name));
    for (const QString& name : roles::allNames())
        QCOMPARE(s->byType.value(name), byType.value(name));
    QCOMPARE(s->sent, sent);
    QCOMPARE(s->accepted, accepted);
    QCOMPARE(s->expiring48h, expiring);
    std::sort(minutes.begin(), minutes.end());
    double median = 0.0;
    if (!minutes.isEmpty())
        median =
            (minutes.at((minutes.size() - 1) / 2) + minutes.at(minutes.size() / 2)) / 2.0 / 60.0;
    QCOMPARE(s->medianHoursToAccept, median);
    QCOMPARE(s->inviterCount, qint64(byInviter.size()));
    for (const InviterStatistics& line : s->byInviter)
        QCOMPARE(line.total, byInviter.value(line.userId));

    // The weekly trend (never ranged by dates: its weeks are) from the list's own rows.
    const auto weeks = range.trendWeeks(kNow);
    QCOMPARE(s->weekly.size(), weeks.size());
    qint64 trendCreated = 0;
    for (int k = 0; k < int(weeks.size()); ++k) {
        qint64 created = 0, acceptedInWeek = 0;
        for (const Invitation& inv : visible->items) {
            created += inv.createdAt >= weeks.at(k).first && inv.createdAt < weeks.at(k).second;
            acceptedInWeek += inv.acceptedAt.isValid() && inv.acceptedAt >= weeks.at(k).first &&
                              inv.acceptedAt < weeks.at(k).second;
        }
        QCOMPARE(s->weekly.at(k).first, created);
        QCOMPARE(s->weekly.at(k).second, acceptedInWeek);
        trendCreated += created;
    }
    if (!ranged)
        QVERIFY(trendCreated >= 3); // the weeks hold most of them
}

QTEST_GUILESS_MAIN(TestStatisticsDownlinePass)
#include "test_statistics_downline_pass.moc"
