// PeopleService and the people rules (people_policy): who may see, deactivate and
// reactivate whom; sign-in refused while deactivated; one's own password; every change audited
// in the same transaction. Moves are in test_people_move. Both backends.
#include "PeopleFixture.h"

#include "core/services/AuthService.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestPeopleService : public PeopleFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpFixture(); }

    // Who may deactivate (and then reactivate) whom: the table of the issue.
    void whoMayAct_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("person");
        QTest::addColumn<int>("refusal"); // -1: allowed, else the Error::Code
        const int ok = -1;
        const int notPermitted = int(Error::Code::NotPermitted);
        const int notFound = int(Error::Code::NotFound);
        QTest::newRow("admin on a chp admin") << "admin"
                                              << "chp" << ok;
        QTest::newRow("admin on medical staff") << "admin"
                                                << "staff1" << ok;
        QTest::newRow("admin on an ivr company") << "admin"
                                                 << "ivr" << ok;
        QTest::newRow("chp admin on a master distributor") << "chp"
                                                           << "master" << ok;
        QTest::newRow("master on own distributor") << "master"
                                                   << "dist1" << ok;
        QTest::newRow("master on a doctor two levels down") << "master"
                                                            << "doctor1" << ok;
        QTest::newRow("master on an office admin (matrix)") << "master"
                                                            << "office1" << notPermitted;
        QTest::newRow("chp admin on an office admin (matrix)") << "chp"
                                                               << "office1" << notPermitted;
        QTest::newRow("master outside its downline") << "master"
                                                     << "ivr" << notFound;
        QTest::newRow("distributor on its sales rep") << "dist1"
                                                      << "sales1" << ok;
        QTest::newRow("distributor on another's sales rep") << "dist1"
                                                            << "sales2" << notFound;
        QTest::newRow("sales rep on its doctor") << "sales1"
                                                 << "doctor1" << ok;
        QTest::newRow("sales rep on another's doctor") << "sales2"
                                                       << "doctor1" << notFound;
        QTest::newRow("doctor on its office admin") << "doctor1"
                                                    << "office1" << ok;
        QTest::newRow("office admin on the practice's staff") << "office1"
                                                              << "staff1" << ok;
        QTest::newRow("office admin on the practice's doctor") << "office1"
                                                               << "doctor1" << notFound;
        QTest::newRow("medical staff on the office admin") << "staff1"
                                                           << "office1" << notFound;
        QTest::newRow("self-deactivation (sales)") << "sales1"
                                                   << "sales1" << notPermitted;
        QTest::newRow("self-deactivation (admin)") << "admin"
                                                   << "admin" << notPermitted;
        QTest::newRow("sales rep on its upline") << "sales1"
                                                 << "dist1" << notFound;
        QTest::newRow("distributor on its upline") << "dist1"
                                                   << "master" << notFound;
    }
    void whoMayAct()
    {
        QFETCH(QString, actor);
        QFETCH(QString, person);
        QFETCH(int, refusal);
        const qint64 auditBefore = countRows(QStringLiteral("audit_events"));
        auto off = people().deactivate(m_tree[actor], email(person), QStringLiteral("left"));
        if (refusal >= 0) {
            QVERIFY(!off.ok());
            QCOMPARE(int(off.error().code), refusal);
            QCOMPARE(off.error().field, QStringLiteral("user"));
            QVERIFY(!off.error().message.isEmpty());
            // Refused: nothing changed, nothing audited; reactivating and moving are refused
            // by the same rule.
            QCOMPARE(userColumn(person, QStringLiteral("is_active")).toBool(), true);
            QCOMPARE(countRows(QStringLiteral("audit_events")), auditBefore);
            auto on = people().reactivate(m_tree[actor], email(person));
            QVERIFY(!on.ok());
            QCOMPARE(int(on.error().code), refusal);
            auto moved = people().move(m_tree[actor], email(person), email("admin"));
            QVERIFY(!moved.ok());
            QCOMPARE(int(moved.error().code), refusal);
            return;
        }
        QVERIFY2(off.ok(), off.ok() ? "" : qPrintable(off.error().describe()));
        QCOMPARE(off->user.isActive, false);
        QCOMPARE(userColumn(person, QStringLiteral("is_active")).toBool(), false);
        auto on = people().reactivate(m_tree[actor], email(person));
        QVERIFY2(on.ok(), on.ok() ? "" : qPrintable(on.error().describe()));
        QCOMPARE(userColumn(person, QStringLiteral("is_active")).toBool(), true);
        QCOMPARE(countRows(QStringLiteral("audit_events")), auditBefore + 2);
    }

    // Who sees whom: one's own downline (oneself included); an office admin also the staff
    // of its practice; an admin everyone.
    void whoSeesWhom_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("admin") << "admin" << QStringList{"admin",   "chp",    "master", "dist1",
                                                         "dist2",   "sales1", "sales2", "doctor1",
                                                         "office1", "staff1", "ivr",    "ship"};
        QTest::newRow("master") << "master"
                                << QStringList{"master", "dist1",   "dist2",   "sales1",
                                               "sales2", "doctor1", "office1", "staff1"};
        QTest::newRow("dist1") << "dist1"
                               << QStringList{"dist1", "sales1", "doctor1", "office1", "staff1"};
        QTest::newRow("dist2") << "dist2" << QStringList{"dist2", "sales2"};
        QTest::newRow("doctor1") << "doctor1" << QStringList{"doctor1", "office1", "staff1"};
        QTest::newRow("office1") << "office1" << QStringList{"office1", "staff1"};
        QTest::newRow("staff1") << "staff1" << QStringList{"staff1"};
        QTest::newRow("ivr") << "ivr" << QStringList{"ivr"};
    }
    void whoSeesWhom()
    {
        QFETCH(QString, actor);
        QFETCH(QStringList, expected);
        QCOMPARE(listed(actor), sorted(expected));
        // show agrees with list.
        for (const QString& key : m_tree.users.keys()) {
            auto shown = people().show(m_tree[actor], email(key));
            QVERIFY2(shown.ok() == expected.contains(key), qPrintable(key));
            if (!shown.ok())
                QCOMPARE(shown.error().code, Error::Code::NotFound);
        }
    }

    void listFiltersAndItems()
    {
        PeopleQuery sales;
        sales.role = QStringLiteral("SALES");
        QCOMPARE(listed("master", sales), (QStringList{"sales1", "sales2"}));
        PeopleQuery bad;
        bad.role = QStringLiteral("boss");
        auto refused = people().list(m_tree["master"], bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("role"));
        QVERIFY(people().deactivate(m_tree["dist1"], email("sales1"), {}).ok());
        PeopleQuery inactive;
        inactive.active = false;
        QCOMPARE(listed("master", inactive), QStringList{"sales1"});
        PeopleQuery active;
        active.active = true;
        QVERIFY(!listed("master", active).contains("sales1"));
        // Ordered by e-mail, keyset after one.
        auto all = people().list(m_tree["admin"], {}).value();
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).user.email < all.at(i).user.email);
        PeopleQuery page;
        page.afterEmail = all.at(2).user.email;
        page.limit = 3;
        auto next = people().list(m_tree["admin"], page).value();
        QCOMPARE(next.size(), 3);
        QCOMPARE(next.first().user.email, all.at(3).user.email);
        // An item: the upline's e-mail; the JSON item has exactly the contract's keys.
        auto shown = people().show(m_tree["dist1"], email("sales1"));
        QVERIFY(shown.ok());
        QCOMPARE(shown->person.parentEmail, email("dist1"));
        const QJsonObject json = PeopleService::toJson(shown->person);
        QCOMPARE(
            sorted(json.keys()),
            sorted({"id", "email", "first_name", "last_name", "role", "parent_email", "active",
                    "created_at", "invited_by_email", "invitation_id", "locked_until", "db_role"}));
        QVERIFY(json.value("locked_until").isNull());
        QCOMPARE(json.value("active").toBool(), false);
        QCOMPARE(json.value("role").toString(), QStringLiteral("sales"));
    }

    void showCountsTheDownlineAndInvitations()
    {
        InvitationService invitations(m_db, config());
        QVERIFY(invitations.create(m_tree["sales1"], request("a@example.com", "doctor")).ok());
        QVERIFY(invitations.create(m_tree["sales1"], request("b@example.com", "doctor")).ok());
        auto shown = people().show(m_tree["master"], email("sales1"));
        QVERIFY2(shown.ok(), shown.ok() ? "" : qPrintable(shown.error().describe()));
        QCOMPARE(shown->directDownline, qint64(1)); // doctor1
        QCOMPARE(shown->totalDownline, qint64(3));  // doctor1, office1, staff1
        QCOMPARE(shown->openInvitations, qint64(2));
        QCOMPARE(shown->acceptedInvitations, qint64(0));
        auto master = people().show(m_tree["master"], m_tree["master"].id); // by id
        QVERIFY(master.ok());
        QCOMPARE(master->directDownline, qint64(2));
        QCOMPARE(master->totalDownline, qint64(7));
        // Past their expiry they are no longer open.
        m_now = m_now.addDays(30);
        QCOMPARE(people().show(m_tree["master"], email("sales1"))->openInvitations, qint64(0));
        const QJsonObject json = PeopleService::toJson(shown.value());
        for (const char* key :
             {"direct_downline", "total_downline", "open_invitations", "accepted_invitations"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
    }

    void deactivatedCannotSignInUntilReactivated()
    {
        AuthService auth(m_db, config());
        QVERIFY(auth.signIn(email("sales1"), TestFixtures::password()).ok());
        InvitationService invitations(m_db, config());
        auto open = invitations.create(m_tree["sales1"], request("c@example.com", "doctor"));
        QVERIFY(open.ok());

        auto off = people().deactivate(m_tree["dist1"], email("sales1"), QStringLiteral("left"));
        QVERIFY2(off.ok(), off.ok() ? "" : qPrintable(off.error().describe()));
        auto refused = auth.signIn(email("sales1"), TestFixtures::password());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::NotPermitted);
        QVERIFY2(refused.error().message.contains(QLatin1String("deactivated")),
                 qPrintable(refused.error().message));
        // A wrong password is still just wrong (nothing said about the account).
        QCOMPARE(
            auth.signIn(email("sales1"), QStringLiteral("not the password at all")).error().code,
            Error::Code::Unauthenticated);
        // Their open invitation stays open; their downline stays under them and visible above.
        QCOMPARE(invitations.get(m_tree["admin"], open->id)->status, open->status);
        QVERIFY(open->invitedByActive);
        // ... and the list shows its inviter as deactivated (list --json: invited_by_active).
        InvitationQuery bySales;
        bySales.invitedById = m_tree["sales1"].id;
        auto page = invitations.list(m_tree["dist1"], bySales);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 1);
        QVERIFY(!page->items.first().invitedByActive);
        QCOMPARE(page->items.first().toJson().value("invited_by_active"), QJsonValue(false));
        QCOMPARE(userColumn("doctor1", QStringLiteral("parent_user_id")).toString(),
                 m_tree["sales1"].id);
        QVERIFY(listed("dist1").contains("doctor1"));
        // A session of theirs that is still open can do nothing here.
        auto stale = people().list(m_tree["sales1"], {});
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().field, QStringLiteral("actor"));
        // Twice is a conflict.
        QCOMPARE(people().deactivate(m_tree["dist1"], email("sales1"), {}).error().code,
                 Error::Code::Conflict);

        auto on = people().reactivate(m_tree["dist1"], email("sales1"));
        QVERIFY2(on.ok(), on.ok() ? "" : qPrintable(on.error().describe()));
        QVERIFY(auth.signIn(email("sales1"), TestFixtures::password()).ok());
        QVERIFY(invitations.get(m_tree["admin"], open->id)->invitedByActive);
        QCOMPARE(people().reactivate(m_tree["dist1"], email("sales1")).error().code,
                 Error::Code::Conflict);

        // Audited: who, whom, when, why.
        const auto deactivated = events(QStringLiteral("user.deactivated"));
        QCOMPARE(deactivated.size(), 1);
        QCOMPARE(deactivated.first().actorUserId, m_tree["dist1"].id);
        QCOMPARE(deactivated.first().occurredAt, m_now);
        QCOMPARE(deactivated.first().details.value("user_id").toString(), m_tree["sales1"].id);
        QCOMPARE(deactivated.first().details.value("reason").toString(), QStringLiteral("left"));
        const auto reactivated = events(QStringLiteral("user.reactivated"));
        QCOMPARE(reactivated.size(), 1);
        QCOMPARE(reactivated.first().details.value("email").toString(), email("sales1"));
    }

    void badInputChangesNothing()
    {
        const qint64 before = countRows(QStringLiteral("audit_events"));
        auto longReason =
            people().deactivate(m_tree["dist1"], email("sales1"), QString(501, QLatin1Char('x')));
        QCOMPARE(longReason.error().field, QStringLiteral("reason"));
        auto nobody =
            people().deactivate(m_tree["admin"], QStringLiteral("no.one@example.com"), {});
        QCOMPARE(nobody.error().code, Error::Code::NotFound);
        auto notAnId = people().show(m_tree["admin"], QStringLiteral("not-a-uuid"));
        QCOMPARE(notAnId.error().code, Error::Code::NotFound);
        QCOMPARE(people().move(m_tree["admin"], email("sales1"), {}).error().field,
                 QStringLiteral("parent"));
        QCOMPARE(countRows(QStringLiteral("audit_events")), before);
        QCOMPARE(userColumn("sales1", QStringLiteral("is_active")).toBool(), true);
    }

    void changeOwnPassword()
    {
        AuthService auth(m_db, config());
        const QString fresh = QStringLiteral("a brand new sales passphrase");
        // The new one follows the password policy; the current one must be right.
        auto weak = people().changeOwnPassword(m_tree["sales1"], TestFixtures::password(),
                                               QStringLiteral("short"));
        QVERIFY(!weak.ok());
        QCOMPARE(weak.error().field, QStringLiteral("new_password"));
        auto isEmail =
            people().changeOwnPassword(m_tree["sales1"], TestFixtures::password(), email("sales1"));
        QCOMPARE(isEmail.error().field, QStringLiteral("new_password"));
        auto wrong = people().changeOwnPassword(m_tree["sales1"],
                                                QStringLiteral("not the current password"), fresh);
        QCOMPARE(wrong.error().field, QStringLiteral("current_password"));
        QVERIFY(events(QStringLiteral("user.password_changed")).isEmpty());

        auto changed =
            people().changeOwnPassword(m_tree["sales1"], TestFixtures::password(), fresh);
        QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().describe()));
        QCOMPARE(auth.signIn(email("sales1"), TestFixtures::password()).error().code,
                 Error::Code::Unauthenticated);
        QVERIFY(auth.signIn(email("sales1"), fresh).ok());
        // Nobody else's changed.
        QVERIFY(auth.signIn(email("sales2"), TestFixtures::password()).ok());
        const auto audit = events(QStringLiteral("user.password_changed"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actorUserId, m_tree["sales1"].id);
        const QByteArray details = QJsonDocument(audit.first().details).toJson();
        QVERIFY(!details.contains(fresh.toUtf8()));
        QVERIFY(!details.contains(TestFixtures::password().toUtf8()));
    }

    void deactivatedCannotChangeTheirPassword()
    {
        QVERIFY(people().deactivate(m_tree["dist1"], email("sales1"), {}).ok());
        auto changed = people().changeOwnPassword(m_tree["sales1"], TestFixtures::password(),
                                                  QStringLiteral("a brand new sales passphrase"));
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code, Error::Code::NotPermitted);
    }

    void policyChecksForTheDesk()
    {
        auto staff = people().show(m_tree["office1"], email("staff1"));
        QVERIFY(staff.ok());
        QVERIFY(
            people().checkMayAct(m_tree["office1"], PeopleAction::Deactivate, staff->person).ok());
        QVERIFY(people()
                    .checkMayAct(m_tree["office1"], PeopleAction::ResetPassword, staff->person)
                    .ok());
        QCOMPARE(people()
                     .checkMayAct(m_tree["office1"], PeopleAction::ChangeOwnPassword, staff->person)
                     .error()
                     .code,
                 Error::Code::NotPermitted);
        auto self = people().show(m_tree["office1"], email("office1"));
        QVERIFY(self.ok());
        QVERIFY(people()
                    .checkMayAct(m_tree["office1"], PeopleAction::ChangeOwnPassword, self->person)
                    .ok());
        QCOMPARE(people()
                     .checkMayAct(m_tree["office1"], PeopleAction::ResetPassword, self->person)
                     .error()
                     .code,
                 Error::Code::NotPermitted);
    }
};

QTEST_GUILESS_MAIN(TestPeopleService)
#include "test_people_service.moc"
