// Issue 18, item 6: statistics that agree with themselves. The acceptance rate is over the
// invitations whose e-mail reached the invitee (a message the test-mode file transport saved
// to a folder was not delivered); a date range narrows every figure to the invitations
// created in it; the breakdown by inviter names each inviter and adds up to the totals. All
// from grouped counts (InvitationStatisticsRepository). The median time to accept is the
// same on both (PostgreSQL's percentile_cont, SQLite's client path): the middle value, or
// the mean of the middle two, of the visible rows only. Fixed clock; both backends.
#include "InvitationServiceFixture.h"
#include "StatisticsComparison.h"
#include "core/domain/MailStatus.h"
#include "core/services/StatisticsCsv.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <iterator>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
// Every invitation of the test is created a whole day after the one before, from here.
const QDateTime kStart(QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc());
// When the statistics are read: after the last creation, before any expiry.
const QDateTime kNow = kStart.addDays(6).addSecs(3600);

struct Planned {
    const char* inviter;
    const char* type;
    const char* status;       // stored status
    const char* deliveredVia; // nullptr: never sent; "" sent before the channel was recorded
    const char* acceptedBy;   // user of the tree that accepted, or nullptr
};

// Day i: kStart + i days.
// 0 sales1: delivered by a relay, accepted.
// 1 sales1: saved to a folder (test mode), accepted anyway: not delivered.
// 2 sales1: delivered by a relay, awaiting acceptance.
// 3 sales1: sent before the channel was recorded (a relay's), awaiting acceptance.
// 4 dist2:  saved to a folder, awaiting acceptance.
// 5 dist2:  never sent.
const Planned kPlan[] = {
    {"sales1", "doctor", "accepted", "relay", "doctor1"},
    {"sales1", "doctor", "accepted", "folder", "office1"},
    {"sales1", "doctor", "sent", "relay", nullptr},
    {"sales1", "doctor", "sent", "", nullptr},
    {"dist2", "sales", "sent", "folder", nullptr},
    {"dist2", "sales", "pending", nullptr, nullptr},
};
} // namespace

class TestStatisticsBreakdown : public InvitationServiceFixture {
    Q_OBJECT
private:
    bool plant(QString* error);

private Q_SLOTS:
    void init()
    {
        setUpFixture();
        QString error;
        QVERIFY2(plant(&error), qPrintable(error));
    }
    void acceptanceRateIsOverDelivered();
    void rangeNarrowsEveryFigure_data();
    void rangeNarrowsEveryFigure();
    void backwardsRangeRefused();
    void trendFollowsTheRange_data();
    void trendFollowsTheRange();
    void daysAsCallersGiveThem_data();
    void daysAsCallersGiveThem();
    void inviterBreakdownNamesAndAddsUp();
    void sameFiguresWhenTheDownlineIsASmallShare();
    void inviterBreakdownFollowsVisibility_data();
    void inviterBreakdownFollowsVisibility();
    void csvHasOneRowPerInviter();
    void medianTimeToAccept_data();
    void medianTimeToAccept();
};

bool TestStatisticsBreakdown::plant(QString* error)
{
    auto conn = m_db->connection();
    if (!conn) {
        *error = conn.error().describe();
        return false;
    }
    QSqlQuery q(conn.value());
    for (int i = 0; i < int(std::size(kPlan)); ++i) {
        const Planned& p = kPlan[i];
        const QDateTime created = kStart.addDays(i);
        NewInvitation in =
            request(QStringLiteral("planned%1@example.com").arg(i), QString::fromLatin1(p.type));
        in.expiresDays = 30;
        auto made = serviceAt(created).create(m_tree[QString::fromLatin1(p.inviter)], in);
        if (!made) {
            *error = made.error().describe();
            return false;
        }
        const bool sent = p.deliveredVia != nullptr;
        const QString via = sent ? QString::fromLatin1(p.deliveredVia) : QString();
        q.prepare(QStringLiteral(
            "UPDATE user_invitations SET status = ?, sent_at = ?, email_delivery_status = ?, "
            "email_delivered_via = ?, accepted_at = ?, accepted_user_id = ? WHERE id = ?"));
        q.addBindValue(QString::fromLatin1(p.status));
        q.addBindValue(sent ? m_db->timeValue(created.addSecs(60))
                            : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(sent ? mail_statuses::name(DeliveryStatus::Sent)
                            : mail_statuses::name(DeliveryStatus::Queued));
        q.addBindValue(via.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(via));
        q.addBindValue(p.acceptedBy ? m_db->timeValue(created.addSecs(7200))
                                    : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(p.acceptedBy ? QVariant(m_tree[QString::fromLatin1(p.acceptedBy)].id)
                                    : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(made->id);
        if (!q.exec() || q.numRowsAffected() != 1) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

void TestStatisticsBreakdown::acceptanceRateIsOverDelivered()
{
    auto s = serviceAt(kNow).statistics(m_tree["admin"]);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
    QCOMPARE(s->total, 6);
    // The status cards: what each invitation shows now.
    QCOMPARE(s->byStatus.value("accepted"), 2);
    QCOMPARE(s->byStatus.value("sent"), 3); // awaiting acceptance
    QCOMPARE(s->byStatus.value("pending"), 1);
    // The funnel's step counts every invitation ever sent, the folder's included.
    QCOMPARE(s->sent, 5);
    QCOMPARE(s->accepted, 2);
    // Delivered: 0, 2 and 3 (a relay's, or before the channel was recorded); not 1 and 4.
    QCOMPARE(s->delivered, 3);
    QCOMPARE(s->acceptedDelivered, 1); // 1 was accepted, but its mail was only saved
    QCOMPARE(s->acceptanceRate, 1.0 / 3.0);
    const QJsonObject json = s->toJson();
    QCOMPARE(json.value("acceptance_rate").toDouble(), 1.0 / 3.0);
    QCOMPARE(json.value("delivered").toInteger(), 3);
    QCOMPARE(json.value("accepted_delivered").toInteger(), 1);
    // The contract's keys are still there.
    QCOMPARE(json.value("funnel").toObject().value("sent").toInteger(), 5);
    QVERIFY(json.value("range").toObject().value("from").isNull());
}

void TestStatisticsBreakdown::rangeNarrowsEveryFigure_data()
{
    QTest::addColumn<int>("fromDay"); // -1: open
    QTest::addColumn<int>("toDay");   // -1: open; exclusive
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("everSent");
    QTest::addColumn<qint64>("delivered");
    QTest::addColumn<qint64>("acceptedDelivered");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("inviters");
    QTest::newRow("everything") << -1 << -1 << qint64(6) << qint64(5) << qint64(3) << qint64(1)
                                << 1.0 / 3.0 << 2;
    QTest::newRow("until day 1") << -1 << 1 << qint64(1) << qint64(1) << qint64(1) << qint64(1)
                                 << 1.0 << 1;
    QTest::newRow("days 1 and 2") << 1 << 3 << qint64(2) << qint64(2) << qint64(1) << qint64(0)
                                  << 0.0 << 1;
    QTest::newRow("from day 4") << 4 << -1 << qint64(2) << qint64(1) << qint64(0) << qint64(0)
                                << 0.0 << 1;
    QTest::newRow("nothing in it")
        << 7 << 9 << qint64(0) << qint64(0) << qint64(0) << qint64(0) << 0.0 << 0;
}

void TestStatisticsBreakdown::rangeNarrowsEveryFigure()
{
    QFETCH(int, fromDay);
    QFETCH(int, toDay);
    QFETCH(qint64, total);
    QFETCH(qint64, everSent);
    QFETCH(qint64, delivered);
    QFETCH(qint64, acceptedDelivered);
    QFETCH(double, rate);
    QFETCH(int, inviters);
    StatisticsRange range;
    // Bounds at midnight: the invitations are created at 10:00.
    const QDateTime midnight = kStart.date().startOfDay(QTimeZone::utc());
    if (fromDay >= 0)
        range.from = midnight.addDays(fromDay);
    if (toDay >= 0)
        range.to = midnight.addDays(toDay);
    auto s = serviceAt(kNow).statistics(m_tree["admin"], QString(), range);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
    QCOMPARE(s->total, total);
    QCOMPARE(s->created, total);
    QCOMPARE(s->sent, everSent);
    QCOMPARE(s->delivered, delivered);
    QCOMPARE(s->acceptedDelivered, acceptedDelivered);
    QCOMPARE(s->acceptanceRate, rate);
    QCOMPARE(int(s->byInviter.size()), inviters);
    qint64 byStatus = 0;
    for (qint64 n : s->byStatus)
        byStatus += n;
    QCOMPARE(byStatus, total);
    qint64 byInviter = 0;
    for (const InviterStatistics& line : s->byInviter)
        byInviter += line.total;
    QCOMPARE(byInviter, total);
    QCOMPARE(s->range.from, range.from);
    QCOMPARE(s->range.to, range.to);
    const QJsonObject json = s->toJson().value("range").toObject();
    QCOMPARE(json.value("from").isNull(), fromDay < 0);
    QCOMPARE(json.value("to").isNull(), toDay < 0);
}

void TestStatisticsBreakdown::backwardsRangeRefused()
{
    StatisticsRange range{kStart.addDays(3), kStart.addDays(3)};
    auto s = serviceAt(kNow).statistics(m_tree["admin"], QString(), range);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::InvalidInput);
    QCOMPARE(s.error().field, QStringLiteral("to"));
}

void TestStatisticsBreakdown::trendFollowsTheRange_data()
{
    // Bounds at midnight: the invitations are created at 10:00 on days 0 to 5, days 0 and 1
    // accepted two hours later; kNow is day 6, 11:00, so the weeks end with day 6.
    const QDateTime midnight = kStart.date().startOfDay(QTimeZone::utc());
    const QDateTime endOfToday = midnight.addDays(7);
    QTest::addColumn<QDateTime>("from"); // null: open
    QTest::addColumn<QDateTime>("to");   // null: open; exclusive
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QDateTime>("firstStart");
    QTest::addColumn<QDateTime>("lastEnd");
    QTest::addColumn<qint64>("created");
    QTest::addColumn<qint64>("accepted");
    QTest::newRow("no range: the last 12 weeks")
        << QDateTime() << QDateTime() << StatisticsRange::kTrendWeeks << endOfToday.addDays(-84)
        << endOfToday << qint64(6) << qint64(2);
    QTest::newRow("only an end: 12 weeks to it")
        << QDateTime() << midnight.addDays(1) << 12 << midnight.addDays(1 - 84)
        << midnight.addDays(1) << qint64(1) << qint64(1);
    QTest::newRow("days 0 to 2: one short week") << midnight << midnight.addDays(3) << 1 << midnight
                                                 << midnight.addDays(3) << qint64(3) << qint64(2);
    QTest::newRow("from day 4 to today")
        << midnight.addDays(4) << QDateTime() << 1 << midnight.addDays(4) << endOfToday << qint64(2)
        << qint64(0);
    QTest::newRow("from 20 weeks back: 21 weeks from it")
        << midnight.addDays(-140) << QDateTime() << 21 << midnight.addDays(-140) << endOfToday
        << qint64(6) << qint64(2);
    QTest::newRow("from two years back: capped, the latest kept")
        << midnight.addDays(-730) << midnight.addDays(10) << StatisticsRange::kMaxTrendWeeks
        << endOfToday.addDays(-7 * StatisticsRange::kMaxTrendWeeks) << endOfToday << qint64(6)
        << qint64(2);
    QTest::newRow("in the future: one week from its start")
        << midnight.addDays(7) << midnight.addDays(9) << 1 << midnight.addDays(7)
        << midnight.addDays(9) << qint64(0) << qint64(0);
}

void TestStatisticsBreakdown::trendFollowsTheRange()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, weeks);
    QFETCH(QDateTime, firstStart);
    QFETCH(QDateTime, lastEnd);
    QFETCH(qint64, created);
    QFETCH(qint64, accepted);
    const StatisticsRange range{from, to};
    const auto spans = range.trendWeeks(kNow);
    QCOMPARE(int(spans.size()), weeks);
    QCOMPARE(spans.first().first, firstStart);
    QCOMPARE(spans.last().second, lastEnd);
    for (qsizetype i = 0; i < spans.size(); ++i) {
        QVERIFY(spans.at(i).first < spans.at(i).second);
        QVERIFY(spans.at(i).first.secsTo(spans.at(i).second) <= 7 * 24 * 3600);
        if (i > 0)
            QCOMPARE(spans.at(i).first, spans.at(i - 1).second); // no gaps, no overlaps
        if (from.isValid())
            QVERIFY(spans.at(i).first >= from);
        if (to.isValid())
            QVERIFY(spans.at(i).second <= to);
    }

    auto s = serviceAt(kNow).statistics(m_tree["admin"], QString(), range);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
    QCOMPARE(int(s->weekly.size()), weeks);
    QCOMPARE(int(s->weekStarts.size()), weeks);
    QCOMPARE(s->weekStarts.first(), firstStart);
    qint64 createdInWeeks = 0;
    qint64 acceptedInWeeks = 0;
    for (const auto& [c, a] : s->weekly) {
        createdInWeeks += c;
        acceptedInWeeks += a;
    }
    QCOMPARE(createdInWeeks, created);
    QCOMPARE(acceptedInWeeks, accepted);
    const QJsonArray json = s->toJson().value("weekly").toArray();
    QCOMPARE(int(json.size()), weeks);
    QCOMPARE(json.first().toObject().value("start").toString(),
             firstStart.toUTC().toString(Qt::ISODateWithMs));
}

void TestStatisticsBreakdown::daysAsCallersGiveThem_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("badField"); // empty: accepted
    QTest::addColumn<QDateTime>("rangeFrom");
    QTest::addColumn<QDateTime>("rangeTo");
    const QDateTime second(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("both, inclusive") << "2026-11-02"
                                     << "2026-11-03" << QString() << second << second.addDays(2);
    QTest::newRow("neither") << QString() << QString() << QString() << QDateTime() << QDateTime();
    QTest::newRow("only to") << QString() << "2026-11-02" << QString() << QDateTime()
                             << second.addDays(1);
    QTest::newRow("no such month")
        << "2026-13-01" << QString() << "from" << QDateTime() << QDateTime();
    QTest::newRow("no such day") << QString() << "2026-02-30"
                                 << "to" << QDateTime() << QDateTime();
    QTest::newRow("words") << QString() << "yesterday"
                           << "to" << QDateTime() << QDateTime();
    QTest::newRow("short day") << "2026-11-2" << QString() << "from" << QDateTime() << QDateTime();
    QTest::newRow("with a time") << "2026-11-02T10:00" << QString() << "from" << QDateTime()
                                 << QDateTime();
}

void TestStatisticsBreakdown::daysAsCallersGiveThem()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, badField);
    QFETCH(QDateTime, rangeFrom);
    QFETCH(QDateTime, rangeTo);
    const auto range = StatisticsRange::fromDays(from, to);
    QCOMPARE(range.ok(), badField.isEmpty());
    if (!range.ok()) {
        QCOMPARE(range.error().code, Error::Code::InvalidInput);
        QCOMPARE(range.error().field, badField);
        QVERIFY(range.error().message.contains(QStringLiteral("YYYY-MM-DD")));
        return;
    }
    QCOMPARE(range->from, rangeFrom);
    QCOMPARE(range->to, rangeTo);
}

void TestStatisticsBreakdown::inviterBreakdownNamesAndAddsUp()
{
    auto s = serviceAt(kNow).statistics(m_tree["admin"]);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
    QCOMPARE(s->byInviter.size(), 2);
    // Most invitations first.
    const InviterStatistics& sales = s->byInviter.at(0);
    const InviterStatistics& dist = s->byInviter.at(1);
    QCOMPARE(sales.userId, m_tree["sales1"].id);
    QCOMPARE(sales.email, m_tree["sales1"].email);
    QCOMPARE(sales.name, m_tree["sales1"].fullName());
    QCOMPARE(sales.total, 4);
    QCOMPARE(sales.byStatus.value("accepted"), 2);
    QCOMPARE(sales.byStatus.value("sent"), 2);
    QCOMPARE(sales.byStatus.value("expired"), 0); // every status present
    QVERIFY(sales.byStatus.contains("expired"));
    QCOMPARE(sales.delivered, 3);
    QCOMPARE(sales.acceptedDelivered, 1);
    QCOMPARE(sales.acceptanceRate(), 1.0 / 3.0);
    QCOMPARE(dist.userId, m_tree["dist2"].id);
    QCOMPARE(dist.email, m_tree["dist2"].email);
    QCOMPARE(dist.total, 2);
    QCOMPARE(dist.byStatus.value("sent"), 1);
    QCOMPARE(dist.byStatus.value("pending"), 1);
    QCOMPARE(dist.delivered, 0);
    QCOMPARE(dist.acceptanceRate(), 0.0);
    const QJsonArray json = s->toJson().value("by_inviter").toArray();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject().value("email").toString(), m_tree["sales1"].email);
    QCOMPARE(json.at(0).toObject().value("acceptance_rate").toDouble(), 1.0 / 3.0);
}

void TestStatisticsBreakdown::inviterBreakdownFollowsVisibility_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("inviters");
    QTest::newRow("admin") << "admin"
                           << "" << QStringList{"sales1", "dist2"};
    QTest::newRow("dist1 sees its downline") << "dist1"
                                             << "" << QStringList{"sales1"};
    QTest::newRow("dist2 its own") << "dist2"
                                   << "" << QStringList{"dist2"};
    QTest::newRow("master narrowed to dist2") << "master"
                                              << "dist2" << QStringList{"dist2"};
    QTest::newRow("doctor none") << "doctor1"
                                 << "" << QStringList{};
}

void TestStatisticsBreakdown::inviterBreakdownFollowsVisibility()
{
    QFETCH(QString, actor);
    QFETCH(QString, scope);
    QFETCH(QStringList, inviters);
    auto s =
        serviceAt(kNow).statistics(m_tree[actor], scope.isEmpty() ? QString() : m_tree[scope].id);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
    QStringList seen;
    for (const InviterStatistics& line : s->byInviter)
        seen << line.email;
    QStringList expected;
    for (const QString& who : inviters)
        expected << m_tree[who].email;
    QCOMPARE(seen, expected);
}

void TestStatisticsBreakdown::csvHasOneRowPerInviter()
{
    auto s = serviceAt(kNow).statistics(m_tree["admin"]);
    QVERIFY(s.ok());
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto rows = StatisticsCsv::write(s.value(), &out);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value(), 2);
    QVERIFY(out.data().startsWith("\xEF\xBB\xBF")); // the BOM
    const QString text = QString::fromUtf8(out.data().mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QStringLiteral("\"inviter_name\",\"inviter_email\",\"total\",\"pending\",\"sent\","
                            "\"accepted\",\"failed\",\"cancelled\",\"expired\",\"delivered\","
                            "\"accepted_delivered\",\"acceptance_rate\""));
    QCOMPARE(lines.at(1), QStringLiteral("\"%1\",\"%2\",\"4\",\"0\",\"2\",\"2\",\"0\",\"0\",\"0\","
                                         "\"3\",\"1\",\"0.3333\"")
                              .arg(m_tree["sales1"].fullName(), m_tree["sales1"].email));
}

void TestStatisticsBreakdown::medianTimeToAccept_data()
{
    QTest::addColumn<QList<double>>("hours"); // invitation i accepted hours[i] after creation
    QTest::addColumn<QString>("actor");
    QTest::addColumn<double>("median");
    QTest::newRow("none accepted") << QList<double>{} << "admin" << 0.0;
    QTest::newRow("one") << QList<double>{3.5} << "admin" << 3.5;
    QTest::newRow("odd: the middle one") << QList<double>{1, 10, 2} << "admin" << 2.0;
    QTest::newRow("even: the mean of the middle two")
        << QList<double>{1, 4, 2, 30} << "admin" << 3.0;
    QTest::newRow("minutes and seconds") << QList<double>{0.25, 0.5, 1.0 / 3600} << "admin" << 0.25;
    // 0-3 are sales1's (dist1's downline), 4-5 dist2's.
    QTest::newRow("all six, as the admin") << QList<double>{1, 2, 3, 4, 100, 200} << "admin" << 3.5;
    QTest::newRow("all six, as dist1: its downline's four")
        << QList<double>{1, 2, 3, 4, 100, 200} << "dist1" << 2.5;
    QTest::newRow("all six, as dist2: its own two")
        << QList<double>{1, 2, 3, 4, 100, 200} << "dist2" << 150.0;
}

void TestStatisticsBreakdown::medianTimeToAccept()
{
    QFETCH(QList<double>, hours);
    QFETCH(QString, actor);
    QFETCH(double, median);
    QSqlQuery q(m_db->connection().value());
    for (int i = 0; i < int(std::size(kPlan)); ++i) {
        const bool accepted = i < hours.size();
        const QDateTime created = kStart.addDays(i);
        q.prepare(QStringLiteral("UPDATE user_invitations SET status = ?, accepted_at = ?, "
                                 "accepted_user_id = ? WHERE email = ?"));
        q.addBindValue(accepted ? QStringLiteral("accepted") : QStringLiteral("sent"));
        q.addBindValue(accepted ? m_db->timeValue(created.addMSecs(qint64(hours[i] * 3600000.0)))
                                : QVariant(QMetaType(QMetaType::QString)));
        // Who accepted does not matter here; one user of the tree each.
        static const char* const kAcceptedBy[] = {"doctor1", "office1", "staff1",
                                                  "sales2",  "ivr",     "ship"};
        q.addBindValue(accepted ? QVariant(m_tree[QString::fromLatin1(kAcceptedBy[i])].id)
                                : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(QStringLiteral("planned%1@example.com").arg(i));
        QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
    }
    auto s = serviceAt(kNow).statistics(m_tree[actor]);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
    const bool near = std::abs(s->medianHoursToAccept - median) < 1e-9;
    QVERIFY2(near, near ? QByteArray()
                        : QByteArray::number(s->medianHoursToAccept, 'g', 17) +
                              " != " + QByteArray::number(median, 'g', 17));
}

// A downline's statistics scan every invitation while the downline is a large share of the
// people, and read its own rows through the closure when it is a small one
// (InvitationStatisticsRepository::throughClosure). Both must give the same figures: each
// downline's statistics, with and without a range, before and after 600 people join
// elsewhere in the tree (which makes every downline here a small share).
void TestStatisticsBreakdown::sameFiguresWhenTheDownlineIsASmallShare()
{
    const QStringList actors = {QStringLiteral("dist1"), QStringLiteral("dist2"),
                                QStringLiteral("sales1")};
    const QList<StatisticsRange> ranges = {StatisticsRange{},
                                           StatisticsRange{kStart.addDays(1), kStart.addDays(5)}};
    QList<Statistics> before;
    for (const QString& actor : actors) {
        for (const StatisticsRange& range : ranges) {
            auto s = serviceAt(kNow).statistics(m_tree[actor], {}, range);
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
            before.append(s.value());
        }
    }
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin());
        UserRepository users(tx.database(), tx.db());
        QSqlQuery q(tx.db());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users LIMIT 1")) && q.next());
        const QString hash = q.value(0).toString();
        for (int i = 0; i < 600; ++i) {
            User u = m_tree["ivr"];
            u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            u.email = QStringLiteral("elsewhere%1@example.com").arg(i);
            u.parentUserId = m_tree["ivr"].id;
            QVERIFY(users.insert(u, hash).ok());
        }
        QVERIFY(tx.commit());
    }
    int k = 0;
    for (const QString& actor : actors) {
        for (const StatisticsRange& range : ranges) {
            auto s = serviceAt(kNow).statistics(m_tree[actor], {}, range);
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
            compareStatistics(s.value(), before.at(k++), true);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(actor +
                                 (range.isBounded() ? QStringLiteral(", a range") : QString())));
        }
    }
}

QTEST_GUILESS_MAIN(TestStatisticsBreakdown)
#include "test_statistics_breakdown.moc"
