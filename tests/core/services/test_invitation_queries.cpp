#include "core/services/InvitationService.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QSet>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestInvitationQueries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keysetPagesCoverEverythingOnce_data();
    void keysetPagesCoverEverythingOnce();
    void filters_data();
    void filters();
    void statisticsAreScopedAndZeroFilled();
    void negativeLimitRefused();
    void recheckSplitsStillMatchingFromLeaving_data();
    void recheckSplitsStillMatchingFromLeaving();
    void recheckRefusesABadId();
    void timesReadBackToTheMillisecond_data();
    void timesReadBackToTheMillisecond();

private:
    DatabasePtr m_db;
    UserTree m_tree;
    std::unique_ptr<InvitationService> m_service;
};

void TestInvitationQueries::initTestCase()
{
    INVITEDESK_REQUIRE_DB(m_db);
    m_tree = TestFixtures::makeTree(m_db);
    m_service = std::make_unique<InvitationService>(m_db, ServiceConfig{});
    // 25 by sales1 (doctors), 6 by dist2 (sales), 4 by admin (ivr); spread over time.
    for (int i = 0; i < 35; ++i) {
        ServiceConfig at;
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-3600 * (35 - i));
        at.clock = [when] { return when; };
        InvitationService service(m_db, at);
        NewInvitation in;
        const QString who = i < 25   ? QStringLiteral("sales1")
                            : i < 31 ? QStringLiteral("dist2")
                                     : QStringLiteral("admin");
        in.type = i < 25   ? QStringLiteral("doctor")
                  : i < 31 ? QStringLiteral("sales")
                           : QStringLiteral("ivr_company");
        in.email = QStringLiteral("person%1@example.com").arg(i, 2, 10, QLatin1Char('0'));
        in.firstName = i == 7 ? QStringLiteral("Zoë") : QStringLiteral("Person");
        in.lastName = QStringLiteral("N%1").arg(i % 5);
        auto r = service.create(m_tree[who], in);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        if (i % 10 == 3)
            QVERIFY(service.cancel(m_tree[who], r->id, QString()).ok());
    }
}

void TestInvitationQueries::keysetPagesCoverEverythingOnce_data()
{
    QTest::addColumn<int>("sortKey");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("created desc 10") << int(InvitationQuery::SortKey::CreatedAt) << true << 10;
    QTest::newRow("created asc 7") << int(InvitationQuery::SortKey::CreatedAt) << false << 7;
    QTest::newRow("last name asc 4 (ties)")
        << int(InvitationQuery::SortKey::LastName) << false << 4;
    QTest::newRow("status desc 6 (ties)") << int(InvitationQuery::SortKey::Status) << true << 6;
    QTest::newRow("email asc 100") << int(InvitationQuery::SortKey::Email) << false << 100;
}

void TestInvitationQueries::keysetPagesCoverEverythingOnce()
{
    QFETCH(int, sortKey);
    QFETCH(bool, descending);
    QFETCH(int, pageSize);
    InvitationQuery q;
    q.sortKey = InvitationQuery::SortKey(sortKey);
    q.descending = descending;
    q.limit = pageSize;
    QSet<QString> seen;
    QList<Invitation> ordered;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = m_service->list(m_tree["admin"], q);
        QVERIFY(page.ok());
        for (const Invitation& inv : page->items) {
            QVERIFY2(!seen.contains(inv.id), "a row came twice");
            seen.insert(inv.id);
            ordered.append(inv);
        }
        if (!page->hasMore)
            break;
        q.afterValue = page->nextAfterValue;
        q.afterId = page->nextAfterId;
    }
    QCOMPARE(seen.size(), 35);
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const QVariant a = InvitationRepository::sortValueOf(ordered[i - 1], q.sortKey);
        const QVariant b = InvitationRepository::sortValueOf(ordered[i], q.sortKey);
        if (a.metaType().id() == QMetaType::QDateTime)
            QVERIFY(descending ? a.toDateTime() >= b.toDateTime()
                               : a.toDateTime() <= b.toDateTime());
    }
}

void TestInvitationQueries::filters_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::newRow("admin all") << "admin" << QStringList{} << QStringList{} << "" << 35;
    QTest::newRow("cancelled") << "admin" << QStringList{"cancelled"} << QStringList{} << "" << 4;
    QTest::newRow("sales type") << "admin" << QStringList{} << QStringList{"sales"} << "" << 6;
    QTest::newRow("two types") << "admin" << QStringList{} << QStringList{"sales", "ivr_company"}
                               << "" << 10;
    QTest::newRow("search email") << "admin" << QStringList{} << QStringList{} << "PERSON0" << 10;
    QTest::newRow("search non-ascii name")
        << "admin" << QStringList{} << QStringList{} << "Zoë" << 1;
    QTest::newRow("search wildcard is literal")
        << "admin" << QStringList{} << QStringList{} << "%" << 0;
    QTest::newRow("dist1 sees sales1's") << "dist1" << QStringList{} << QStringList{} << "" << 25;
    QTest::newRow("dist2 sees own") << "dist2" << QStringList{} << QStringList{} << "" << 6;
    QTest::newRow("doctor sees none") << "doctor1" << QStringList{} << QStringList{} << "" << 0;
    QTest::newRow("master sees chain") << "master" << QStringList{} << QStringList{} << "" << 31;
}

void TestInvitationQueries::filters()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, types);
    QFETCH(QString, search);
    QFETCH(int, expected);
    InvitationQuery q;
    q.limit = 0;
    for (const QString& s : statuses)
        q.statuses << *statuses::fromName(s);
    for (const QString& t : types)
        q.types << *invitation_types::fromName(t);
    q.search = search;
    auto page = m_service->list(m_tree[actor], q);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), expected);
    QCOMPARE(m_service->count(m_tree[actor], q).value(), qint64(expected));
}

void TestInvitationQueries::statisticsAreScopedAndZeroFilled()
{
    auto all = m_service->statistics(m_tree["admin"]);
    QVERIFY(all.ok());
    QCOMPARE(all->total, 35);
    QCOMPARE(all->byStatus.size(), 6);
    QCOMPARE(all->byType.size(), 10);
    QCOMPARE(all->byStatus.value(QStringLiteral("cancelled")), 4);
    QCOMPARE(all->byStatus.value(QStringLiteral("pending")), 31);
    QCOMPARE(all->byStatus.value(QStringLiteral("accepted")), 0);
    QCOMPARE(all->byType.value(QStringLiteral("chp_admin")), 0);
    QCOMPARE(all->acceptanceRate, 0.0);
    QCOMPARE(all->weekly.size(), 12);
    QCOMPARE(all->weekly.last().first + all->weekly.at(10).first, 35);

    auto dist2 = m_service->statistics(m_tree["dist2"]);
    QCOMPARE(dist2->total, 6);
    QCOMPARE(dist2->byType.value(QStringLiteral("sales")), 6);
    // A master distributor may narrow to one member; a distributor may not look sideways.
    auto scoped = m_service->statistics(m_tree["master"], m_tree["dist2"].id);
    QCOMPARE(scoped->total, 6);
    auto sideways = m_service->statistics(m_tree["dist1"], m_tree["dist2"].id);
    QVERIFY(!sideways.ok());
    QCOMPARE(sideways.error().code, Error::Code::NotPermitted);
}

void TestInvitationQueries::negativeLimitRefused()
{
    InvitationQuery q;
    q.limit = -1;
    auto r = m_service->list(m_tree["admin"], q);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("limit"));
}

void TestInvitationQueries::recheckSplitsStillMatchingFromLeaving_data()
{
    // Ids picked by type: 3 doctors (sales1's), 2 sales (dist2's), 1 IVR company (admin's).
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("expectMatching");
    QTest::addColumn<QStringList>("expectLeaving");
    QTest::newRow("admin, doctors only")
        << "admin" << QStringList{"doctor"} << QStringList{"doctor", "doctor", "doctor"}
        << QStringList{"sales", "sales", "ivr_company"};
    QTest::newRow("admin, no filter")
        << "admin" << QStringList{}
        << QStringList{"doctor", "doctor", "doctor", "sales", "sales", "ivr_company"}
        << QStringList{};
    // Invitations out of the actor's sight are in neither list: the desk leaves them be.
    QTest::newRow("dist2 sees its own")
        << "dist2" << QStringList{} << QStringList{"sales", "sales"} << QStringList{};
    QTest::newRow("dist1, sales only") << "dist1" << QStringList{"sales"} << QStringList{}
                                       << QStringList{"doctor", "doctor", "doctor"};
}

void TestInvitationQueries::recheckSplitsStillMatchingFromLeaving()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, types);
    QFETCH(QStringList, expectMatching);
    QFETCH(QStringList, expectLeaving);
    InvitationQuery all;
    all.limit = 0;
    auto everything = m_service->list(m_tree["admin"], all);
    QVERIFY(everything.ok());
    QHash<QString, QString> typeOf; // id → type
    QHash<QString, int> wanted{{"doctor", 3}, {"sales", 2}, {"ivr_company", 1}};
    QStringList ids;
    for (const Invitation& inv : std::as_const(everything->items)) {
        const QString type = invitation_types::name(inv.type);
        if (wanted.value(type) > 0) {
            --wanted[type];
            ids << inv.id;
            typeOf.insert(inv.id, type);
        }
    }
    QCOMPARE(ids.size(), 6);

    InvitationQuery filters;
    for (const QString& t : types)
        filters.types << *invitation_types::fromName(t);
    filters.limit = 2; // the list's page size and position do not narrow the answer
    auto r = m_service->recheck(m_tree[actor], ids, filters);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
    QStringList matching;
    for (const Invitation& inv : std::as_const(r->matching))
        matching << typeOf.value(inv.id);
    QStringList leaving;
    for (const QString& id : std::as_const(r->notMatching))
        leaving << typeOf.value(id);
    matching.sort();
    leaving.sort();
    expectMatching.sort();
    expectLeaving.sort();
    QCOMPARE(matching, expectMatching);
    QCOMPARE(leaving, expectLeaving);
}

// The list reads every time to the millisecond, as UTC, on both backends (PostgreSQL's reads
// give them as milliseconds since the epoch: invitation_rows::select), a missing one as
// invalid; before 1970 too, where the count is negative.
void TestInvitationQueries::timesReadBackToTheMillisecond_data()
{
    QTest::addColumn<QDateTime>("when");
    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    };
    QTest::newRow("whole second") << utc(2026, 3, 9, 8, 15, 0, 0);
    QTest::newRow("one millisecond") << utc(2026, 3, 9, 8, 15, 0, 1);
    QTest::newRow("999 ms") << utc(2031, 10, 26, 1, 59, 59, 999);
    QTest::newRow("far ahead") << utc(2199, 12, 31, 23, 59, 58, 999);
    QTest::newRow("before 1970") << utc(1969, 12, 31, 23, 59, 59, 998);
}

void TestInvitationQueries::timesReadBackToTheMillisecond()
{
    QFETCH(QDateTime, when);
    ServiceConfig at;
    at.clock = [when] { return when; };
    InvitationService service(m_db, at);
    NewInvitation in;
    in.type = QStringLiteral("doctor");
    in.email = QStringLiteral("times.%1@example.com").arg(when.toMSecsSinceEpoch());
    in.firstName = QStringLiteral("Tim");
    in.lastName = QStringLiteral("Stamp");
    auto created = service.create(m_tree["sales1"], in);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().describe()));
    QVERIFY(service.cancel(m_tree["sales1"], created->id, QString()).ok());
    InvitationQuery q;
    q.ids = {created->id};
    auto page = service.list(m_tree["sales1"], q);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const Invitation& read = page->items.first();
    QCOMPARE(read.createdAt, when);
    QCOMPARE(read.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(read.createdAt.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
    QCOMPARE(read.cancelledAt.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
    QCOMPARE(read.expiresAt, created->expiresAt);
    QVERIFY(read.expiresAt > when);
    QVERIFY(!read.acceptedAt.isValid());
    QVERIFY(!read.openedAt.isValid());
}

void TestInvitationQueries::recheckRefusesABadId()
{
    auto r = m_service->recheck(m_tree["admin"], {QStringLiteral("not-an-id")}, InvitationQuery{});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(r.error().field, QStringLiteral("ids"));
    auto none = m_service->recheck(m_tree["admin"], {}, InvitationQuery{});
    QVERIFY(none.ok());
    QVERIFY(none->matching.isEmpty() && none->notMatching.isEmpty());
}

QTEST_GUILESS_MAIN(TestInvitationQueries)
#include "test_invitation_queries.moc"
