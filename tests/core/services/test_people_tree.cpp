// The reads of the desk's People tree (PeopleService::children, listWithCounts,
// validUplines): each level holds exactly the people directly below whom the actor may see,
// with their counts; the top is the actor (and, for an office admin, the practice's staff);
// a level pages by e-mail; the flat results search and filter; the move picker lists only
// uplines the move itself accepts. Both backends.
#include "PeopleFixture.h"

#include "core/storage/UserRepository.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestPeopleTree : public PeopleFixture {
    Q_OBJECT

    // The fixture keys of a level, in the order given.
    QStringList keys(const QList<PersonNode>& nodes) const
    {
        QStringList l;
        for (const PersonNode& n : nodes)
            l << keyOf(n.person.user.id);
        return l;
    }
    QStringList keys(const QList<Person>& people) const
    {
        QStringList l;
        for (const Person& p : people)
            l << keyOf(p.user.id);
        return l;
    }
    QList<PersonNode> level(const QString& actor, const QString& parent, int limit = 0,
                            const QString& after = {})
    {
        PeopleLevelQuery q;
        q.parentId = parent.isEmpty() ? QString() : m_tree[parent].id;
        q.limit = limit;
        q.afterEmail = after;
        auto r = people().children(m_tree[actor], q);
        if (!r) {
            qWarning("children: %s", qPrintable(r.error().describe()));
            return {};
        }
        return r.value();
    }
    // The fixture's keys sort as their e-mails do ("<key>.<tag>@fixture.example").
    QStringList byEmail(QStringList l) const { return sorted(l); }

private Q_SLOTS:
    void init() { setUpFixture(); }

    void topLevel_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("admin: everyone without an upline") << "admin" << QStringList{"admin"};
        QTest::newRow("master distributor: itself") << "master" << QStringList{"master"};
        QTest::newRow("sales rep: itself") << "sales1" << QStringList{"sales1"};
        QTest::newRow("office admin: itself and the practice's staff")
            << "office1" << QStringList{"office1", "staff1"};
        QTest::newRow("medical staff: itself") << "staff1" << QStringList{"staff1"};
    }
    void topLevel()
    {
        QFETCH(QString, actor);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(level(actor, {})), byEmail(expected));
    }

    void eachLevelHoldsTheDirectDownlineWithCounts()
    {
        InvitationService invitations(m_db, config());
        QVERIFY(invitations.create(m_tree["sales1"], request("a@example.com", "doctor")).ok());
        QVERIFY(invitations.create(m_tree["sales1"], request("b@example.com", "doctor")).ok());
        const QList<PersonNode> top = level("master", {});
        QCOMPARE(top.size(), 1);
        QCOMPARE(top.first().directDownline, qint64(2));
        const QList<PersonNode> first = level("master", "master");
        QCOMPARE(keys(first), byEmail({"dist1", "dist2"}));
        for (const PersonNode& n : first)
            QCOMPARE(n.directDownline, qint64(1));
        QCOMPARE(first.first().person.parentEmail, email("master"));
        QCOMPARE(keys(level("master", "dist1")), QStringList{"sales1"});
        const QList<PersonNode> sales = level("master", "dist1");
        QCOMPARE(sales.first().openInvitations, qint64(2));
        QCOMPARE(sales.first().acceptedInvitations, qint64(0));
        QCOMPARE(keys(level("master", "sales1")), QStringList{"doctor1"});
        QCOMPARE(keys(level("master", "doctor1")), byEmail({"office1", "staff1"}));
        QVERIFY(level("master", "staff1").isEmpty());
        // Past their expiry the invitations are no longer open.
        m_now = m_now.addDays(30);
        QCOMPARE(level("master", "dist1").first().openInvitations, qint64(0));
        // The admin's tree reaches everyone.
        QCOMPARE(keys(level("admin", "admin")), byEmail({"chp", "ivr", "ship"}));
    }

    void deactivatedPeopleStayInTheTree()
    {
        QVERIFY(people().deactivate(m_tree["master"], email("dist2"), {}).ok());
        const QList<PersonNode> first = level("master", "master");
        QCOMPARE(keys(first), byEmail({"dist1", "dist2"}));
        for (const PersonNode& n : first)
            QCOMPARE(n.person.user.isActive, keyOf(n.person.user.id) != "dist2");
        QCOMPARE(keys(level("master", "dist2")), QStringList{"sales2"});
    }

    void aLevelPagesByEmail()
    {
        const QStringList all = byEmail({"dist1", "dist2"});
        const QList<PersonNode> page1 = level("master", "master", 1);
        QCOMPARE(keys(page1), QStringList{all.at(0)});
        const QList<PersonNode> page2 =
            level("master", "master", 1, page1.first().person.user.email);
        QCOMPARE(keys(page2), QStringList{all.at(1)});
        QVERIFY(level("master", "master", 1, page2.first().person.user.email).isEmpty());
        PeopleLevelQuery bad;
        bad.limit = -1;
        QCOMPARE(people().children(m_tree["master"], bad).error().field, QStringLiteral("limit"));
    }

    void aParentOneMayNotSeeIsNotFound_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("parent");
        QTest::newRow("another distributor's") << "dist1"
                                               << "dist2";
        QTest::newRow("one's upline") << "sales1"
                                      << "dist1";
        QTest::newRow("office admin: the practice's doctor") << "office1"
                                                             << "doctor1";
        QTest::newRow("master: outside its downline") << "master"
                                                      << "admin";
    }
    void aParentOneMayNotSeeIsNotFound()
    {
        QFETCH(QString, actor);
        QFETCH(QString, parent);
        PeopleLevelQuery q;
        q.parentId = m_tree[parent].id;
        auto r = people().children(m_tree[actor], q);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(Error::Code::NotFound));
        QCOMPARE(r.error().field, QStringLiteral("parent"));
    }

    void flatResultsSearchAndFilter()
    {
        InvitationService invitations(m_db, config());
        QVERIFY(invitations.create(m_tree["sales1"], request("c@example.com", "doctor")).ok());
        QVERIFY(people().deactivate(m_tree["master"], email("sales2"), {}).ok());
        auto find = [&](const QString& search, const QString& role, std::optional<bool> active) {
            PeopleQuery q;
            q.search = search;
            q.role = role;
            q.active = active;
            auto r = people().listWithCounts(m_tree["master"], q);
            return r ? r.value() : QList<PersonNode>();
        };
        QCOMPARE(keys(find("SALES", {}, {})), byEmail({"sales1", "sales2"}));
        QCOMPARE(keys(find("sales1 fix", {}, {})), QStringList{"sales1"}); // "first last"
        QCOMPARE(keys(find({}, "doctor", {})), QStringList{"doctor1"});
        QCOMPARE(keys(find({}, {}, false)), QStringList{"sales2"});
        QCOMPARE(keys(find("sales", {}, true)), QStringList{"sales1"});
        QVERIFY(find("100%_", {}, {}).isEmpty()); // LIKE's wildcards are searched as text
        QVERIFY(find("admin", {}, {}).isEmpty()); // only whom the actor may see
        const QList<PersonNode> sales1 = find("sales1", {}, {});
        QCOMPARE(sales1.size(), 1);
        QCOMPARE(sales1.first().openInvitations, qint64(1));
        PeopleQuery unknown;
        unknown.role = QStringLiteral("wizard");
        QCOMPARE(people().listWithCounts(m_tree["master"], unknown).error().field,
                 QStringLiteral("role"));
    }

    void movePickerListsOnlyValidUplines_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("master moves a sales rep: not its own upline")
            << "master"
            << "sales1" << QStringList{"dist2", "master"};
        QTest::newRow("master moves a doctor: sales reps and above in its downline")
            << "master"
            << "doctor1" << QStringList{"dist1", "dist2", "master", "sales2"};
        QTest::newRow("admin moves a sales rep: anyone of a rank above")
            << "admin"
            << "sales1" << QStringList{"admin", "chp", "dist2", "master"};
        QTest::newRow("admin moves medical staff: doctors and admins")
            << "admin"
            << "staff1" << QStringList{"admin"};
        QTest::newRow("master moves a distributor: no one else above it in reach")
            << "master"
            << "dist1" << QStringList{};
    }
    void movePickerListsOnlyValidUplines()
    {
        QFETCH(QString, actor);
        QFETCH(QString, person);
        QFETCH(QStringList, expected);
        auto r = people().validUplines(m_tree[actor], email(person), {}, 100);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QCOMPARE(keys(r.value()), byEmail(expected));
        // Every one listed is one the move accepts.
        for (const Person& upline : r.value()) {
            const User& target = m_tree[person];
            auto probe = people_policy::checkMove(
                m_tree[actor], target, upline.user, [this](const QString& root, const QString& id) {
                    return UserRepository(*m_db, m_db->connection().value()).isInDownline(root, id);
                });
            QVERIFY2(probe.ok(), qPrintable(upline.user.email));
        }
    }

    void movePickerNarrowsAndSkipsTheDeactivated()
    {
        QVERIFY(people().deactivate(m_tree["master"], email("dist2"), {}).ok());
        auto r = people().validUplines(m_tree["master"], email("sales1"), {}, 100);
        QVERIFY(r.ok());
        QCOMPARE(keys(r.value()), QStringList{"master"});
        QVERIFY(people().reactivate(m_tree["master"], email("dist2")).ok());
        auto narrowed = people().validUplines(m_tree["master"], email("doctor1"), "dist", 100);
        QVERIFY(narrowed.ok());
        QCOMPARE(keys(narrowed.value()), byEmail({"dist1", "dist2"}));
        auto one = people().validUplines(m_tree["master"], email("doctor1"), {}, 1);
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
        // A listed upline is one the move takes.
        auto moved = people().move(m_tree["master"], email("doctor1"), one->first().user.email);
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().describe()));
    }

    void movePickerRefusedAsTheMoveWouldBe_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("person");
        QTest::addColumn<int>("code");
        QTest::newRow("another's sales rep") << "dist1"
                                             << "sales2" << int(Error::Code::NotFound);
        QTest::newRow("the matrix") << "master"
                                    << "office1" << int(Error::Code::NotPermitted);
        QTest::newRow("oneself") << "master"
                                 << "master" << int(Error::Code::NotPermitted);
    }
    void movePickerRefusedAsTheMoveWouldBe()
    {
        QFETCH(QString, actor);
        QFETCH(QString, person);
        QFETCH(int, code);
        auto r = people().validUplines(m_tree[actor], email(person), {}, 10);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(r.error().field, QStringLiteral("user"));
        QCOMPARE(people().validUplines(m_tree["master"], email("sales1"), {}, 0).error().field,
                 QStringLiteral("limit"));
    }
};

QTEST_GUILESS_MAIN(TestPeopleTree)
#include "test_people_tree.moc"
