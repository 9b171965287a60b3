// PeopleService::move: a move carries the person's downline and changes what each upline
// lists; refused outside the actor's reach, against the invite matrix's upline rule, under a
// deactivated upline, and when it would make a cycle; audited (user.moved). What each upline
// sees of the invitations follows the move at once (the downline closure, migration 017), by
// inviter and by the invitee's upline, on the paged and the whole list. Both backends.
#include "PeopleFixture.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestPeopleMove : public PeopleFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpFixture(); }

    void moveCarriesTheDownline()
    {
        QCOMPARE(listed("dist1"), (QStringList{"dist1", "doctor1", "office1", "sales1", "staff1"}));
        QCOMPARE(listed("dist2"), (QStringList{"dist2", "sales2"}));
        auto moved = people().move(m_tree["master"], email("sales1"), email("dist2"));
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().describe()));
        QCOMPARE(moved->parentEmail, email("dist2"));
        QCOMPARE(userColumn("sales1", QStringLiteral("parent_user_id")).toString(),
                 m_tree["dist2"].id);
        QCOMPARE(userColumn("doctor1", QStringLiteral("parent_user_id")).toString(),
                 m_tree["sales1"].id);
        // The old upline no longer sees the subtree; the new one does; above both, no change.
        QCOMPARE(listed("dist1"), QStringList{"dist1"});
        QCOMPARE(listed("dist2"),
                 (QStringList{"dist2", "doctor1", "office1", "sales1", "sales2", "staff1"}));
        QCOMPARE(listed("master").size(), 8);
        QCOMPARE(people().show(m_tree["dist1"], email("doctor1")).error().code,
                 Error::Code::NotFound);
        QVERIFY(people().deactivate(m_tree["dist2"], email("doctor1"), {}).ok());
        // Audited with both uplines.
        const auto audit = events(QStringLiteral("user.moved"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actorUserId, m_tree["master"].id);
        QCOMPARE(audit.first().details.value("from_parent_email").toString(), email("dist1"));
        QCOMPARE(audit.first().details.value("to_parent_email").toString(), email("dist2"));
        QCOMPARE(audit.first().occurredAt, m_now);
    }

    void moveChangesWhichInvitationsEachUplineSees_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("the whole list") << 0;
        QTest::newRow("a page of one") << 1;
        QTest::newRow("a desk's page") << 200;
    }
    void moveChangesWhichInvitationsEachUplineSees()
    {
        QFETCH(int, limit);
        // One sent by sales1, one sent by the admin for a doctor to join under sales1 (the
        // second condition of the downline's visibility: the invitee's upline).
        auto bySales =
            m_service->create(m_tree["sales1"], request(QStringLiteral("by.sales@x.example"),
                                                        QStringLiteral("doctor")));
        QVERIFY2(bySales.ok(), bySales.ok() ? "" : qPrintable(bySales.error().describe()));
        NewInvitation underSales =
            request(QStringLiteral("under.sales@x.example"), QStringLiteral("doctor"));
        underSales.parentUserId = m_tree["sales1"].id;
        auto byAdmin = m_service->create(m_tree["admin"], underSales);
        QVERIFY2(byAdmin.ok(), byAdmin.ok() ? "" : qPrintable(byAdmin.error().describe()));
        const QStringList both = sorted({bySales->id, byAdmin->id});
        auto visible = [&](const QString& who) {
            InvitationQuery query;
            query.limit = limit;
            QStringList ids;
            for (;;) {
                auto page = m_service->list(m_tree[who], query);
                if (!page)
                    return QStringList{QStringLiteral("<error>")};
                for (const Invitation& inv : page->items)
                    ids << inv.id;
                if (!page->hasMore)
                    break;
                query.afterValue = page->nextAfterValue;
                query.afterId = page->nextAfterId;
            }
            ids.sort();
            return ids;
        };
        QCOMPARE(visible("dist1"), both);
        QCOMPARE(visible("dist2"), QStringList());
        QCOMPARE(m_service->count(m_tree["dist1"], {}).value(), 2);

        QVERIFY(people().move(m_tree["master"], email("sales1"), email("dist2")).ok());
        QCOMPARE(visible("dist1"), QStringList());
        QCOMPARE(visible("dist2"), both);
        QCOMPARE(visible("sales1"), both);
        QCOMPARE(visible("master"), both);
        QCOMPARE(m_service->count(m_tree["dist1"], {}).value(), 0);
        QCOMPARE(m_service->count(m_tree["dist2"], {}).value(), 2);
        QCOMPARE(m_service->get(m_tree["dist1"], bySales->id).error().code, Error::Code::NotFound);
        QVERIFY(m_service->get(m_tree["dist2"], byAdmin->id).ok());

        // And back: the closure follows every move, not only the first.
        QVERIFY(people().move(m_tree["master"], email("sales1"), email("dist1")).ok());
        QCOMPARE(visible("dist1"), both);
        QCOMPARE(visible("dist2"), QStringList());
    }

    void moveRefusals_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("upline");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("new upline outside the actor's downline") << "dist1"
                                                                 << "sales1"
                                                                 << "dist2"
                                                                 << "parent"
                                                                 << "not in your downline";
        QTest::newRow("under its own downline (cycle)") << "master"
                                                        << "sales1"
                                                        << "doctor1"
                                                        << "parent"
                                                        << "cycle";
        QTest::newRow("admin: cycle too") << "admin"
                                          << "dist1"
                                          << "sales1"
                                          << "parent"
                                          << "cycle";
        QTest::newRow("under itself") << "admin"
                                      << "dist1"
                                      << "dist1"
                                      << "parent"
                                      << "own upline";
        QTest::newRow("matrix: a sales rep under a sales rep") << "master"
                                                               << "sales1"
                                                               << "sales2"
                                                               << "parent"
                                                               << "cannot be the upline";
        QTest::newRow("matrix: staff under a sales rep") << "admin"
                                                         << "staff1"
                                                         << "sales1"
                                                         << "parent"
                                                         << "cannot be the upline";
        QTest::newRow("already there") << "sales1"
                                       << "doctor1"
                                       << "sales1"
                                       << "parent"
                                       << "already";
        QTest::newRow("oneself") << "dist1"
                                 << "dist1"
                                 << "master"
                                 << "user"
                                 << "own account";
        QTest::newRow("matrix: who may be moved") << "master"
                                                  << "office1"
                                                  << "doctor1"
                                                  << "user"
                                                  << "may not move";
        QTest::newRow("an upline") << "sales1"
                                   << "dist1"
                                   << "sales1"
                                   << "user"
                                   << "No user";
    }
    void moveRefusals()
    {
        QFETCH(QString, actor);
        QFETCH(QString, person);
        QFETCH(QString, upline);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const QString parentBefore =
            userColumn(person, QStringLiteral("parent_user_id")).toString();
        auto moved = people().move(m_tree[actor], email(person), email(upline));
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().field, field);
        QVERIFY2(moved.error().message.contains(says), qPrintable(moved.error().message));
        QCOMPARE(userColumn(person, QStringLiteral("parent_user_id")).toString(), parentBefore);
        QVERIFY(events(QStringLiteral("user.moved")).isEmpty());
    }

    void moveUnderADeactivatedUplineIsRefused()
    {
        QVERIFY(people().deactivate(m_tree["master"], email("dist2"), {}).ok());
        auto moved = people().move(m_tree["master"], email("sales1"), email("dist2"));
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().field, QStringLiteral("parent"));
        // Directly under the actor is fine.
        QVERIFY(people().move(m_tree["master"], email("sales1"), email("master")).ok());
    }
};

QTEST_GUILESS_MAIN(TestPeopleMove)
#include "test_people_move.moc"
