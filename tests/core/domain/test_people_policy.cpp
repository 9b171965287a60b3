// people_policy, the table of who may see, deactivate, reactivate, move, reset and unlock whom,
// over all 10 x 10 role pairs against the invite matrix, with the downline as a small fake: an
// actor "a" under a doctor "doc", the person "p" directly under "a", "x" outside. No database.
#include "core/domain/InvitePolicy.h"
#include "core/domain/PeoplePolicy.h"

#include <QTest>

using namespace invitedesk;

namespace {
const QList<PeopleAction> kActs = {PeopleAction::Deactivate, PeopleAction::Reactivate,
                                   PeopleAction::Move, PeopleAction::ResetPassword,
                                   PeopleAction::Unlock};

// doc -> a -> p; x stands alone.
Result<bool> fakeDownline(const QString& root, const QString& id)
{
    if (root == id)
        return true;
    if (root == QLatin1String("doc"))
        return id == QLatin1String("a") || id == QLatin1String("p");
    if (root == QLatin1String("a"))
        return id == QLatin1String("p");
    return false;
}

User person(const QString& id, Role role, const QString& parent)
{
    User u;
    u.id = id;
    u.email = id + QStringLiteral("@example.com");
    u.role = role;
    u.parentUserId = parent;
    return u;
}
} // namespace

class TestPeoplePolicy : public QObject {
    Q_OBJECT
private slots:
    void everyPairFollowsTheInviteMatrix_data()
    {
        QTest::addColumn<int>("actorRole");
        QTest::addColumn<int>("personRole");
        for (Role a : roles::all()) {
            for (Role p : roles::all())
                QTest::addRow("%s on %s", qPrintable(roles::name(a)), qPrintable(roles::name(p)))
                    << int(a) << int(p);
        }
    }
    void everyPairFollowsTheInviteMatrix()
    {
        QFETCH(int, actorRole);
        QFETCH(int, personRole);
        const User actor = person(QStringLiteral("a"), Role(actorRole), QStringLiteral("doc"));
        const User below = person(QStringLiteral("p"), Role(personRole), QStringLiteral("a"));
        const User outside = person(QStringLiteral("x"), Role(personRole), {});
        const bool admin = Role(actorRole) == Role::Admin;
        const bool expected = admin || invite_policy::mayInvite(Role(actorRole), Role(personRole));
        // Seeing one's own downline is always allowed.
        QVERIFY(people_policy::checkMaySee(actor, below, fakeDownline).ok());
        for (PeopleAction action : kActs) {
            auto r = people_policy::checkMayAct(actor, action, below, fakeDownline);
            QCOMPARE(r.ok(), expected);
            if (!r.ok()) {
                QCOMPARE(r.error().code, Error::Code::NotPermitted);
                QCOMPARE(r.error().field, QStringLiteral("user"));
            }
            // Outside the downline: only an admin; others do not even see them.
            auto far = people_policy::checkMayAct(actor, action, outside, fakeDownline);
            QCOMPARE(far.ok(), admin);
            if (!admin)
                QCOMPARE(far.error().code, Error::Code::NotFound);
            // Never on oneself.
            QCOMPARE(people_policy::checkMayAct(actor, action, actor, fakeDownline).error().code,
                     Error::Code::NotPermitted);
        }
        // One's own password only.
        QVERIFY(
            people_policy::checkMayAct(actor, PeopleAction::ChangeOwnPassword, actor, fakeDownline)
                .ok());
        QVERIFY(
            !people_policy::checkMayAct(actor, PeopleAction::ChangeOwnPassword, below, fakeDownline)
                 .ok());
    }

    // An office admin's reach is its practice: the doctor's other staff, not the doctor.
    void officeAdminReachesItsPractice()
    {
        const User office = person(QStringLiteral("a"), Role::OfficeAdmin, QStringLiteral("doc"));
        User staff = person(QStringLiteral("p"), Role::MedicalStaff, QStringLiteral("doc"));
        auto practice = [](const QString& root, const QString& id) -> Result<bool> {
            if (root == id)
                return true;
            return root == QLatin1String("doc") &&
                   (id == QLatin1String("a") || id == QLatin1String("p"));
        };
        QVERIFY(people_policy::checkMayAct(office, PeopleAction::Deactivate, staff, practice).ok());
        const User doctor = person(QStringLiteral("doc"), Role::Doctor, {});
        QCOMPARE(people_policy::checkMayAct(office, PeopleAction::Deactivate, doctor, practice)
                     .error()
                     .code,
                 Error::Code::NotFound);
        const auto v = people_policy::visibility(office);
        QVERIFY(!v.everyone);
        QCOMPARE(v.reaches.size(), 2);
        QCOMPARE(v.reaches.at(1).rootId, QStringLiteral("doc"));
        QVERIFY(!v.reaches.at(1).withRoot);
        QCOMPARE(v.reaches.at(1).roles, (QList<Role>{Role::OfficeAdmin, Role::MedicalStaff}));
        QVERIFY(people_policy::visibility(person(QStringLiteral("z"), Role::Admin, {})).everyone);
    }

    // No reset link for a deactivated person (they could not sign in with it), for anyone
    // who may act on them; deactivating, reactivating and moving them stay as the table says.
    // Who may not act on them hears that first.
    void noResetLinkForTheDeactivated_data()
    {
        QTest::addColumn<int>("actorRole");
        QTest::addColumn<int>("expected"); // -1: allowed for the other actions
        QTest::newRow("admin") << int(Role::Admin) << int(Error::Code::Conflict);
        QTest::newRow("distributor on its sales rep")
            << int(Role::Distributor) << int(Error::Code::Conflict);
        QTest::newRow("sales rep on a distributor (matrix)")
            << int(Role::Sales) << int(Error::Code::NotPermitted);
    }
    void noResetLinkForTheDeactivated()
    {
        QFETCH(int, actorRole);
        QFETCH(int, expected);
        const User actor = person(QStringLiteral("a"), Role(actorRole), QStringLiteral("doc"));
        User off = person(QStringLiteral("p"),
                          Role(actorRole) == Role::Sales ? Role::Distributor : Role::Sales,
                          QStringLiteral("a"));
        off.isActive = false;
        auto reset =
            people_policy::checkMayAct(actor, PeopleAction::ResetPassword, off, fakeDownline);
        QVERIFY(!reset.ok());
        QCOMPARE(int(reset.error().code), expected);
        QCOMPARE(reset.error().field, QStringLiteral("user"));
        if (Error::Code(expected) == Error::Code::Conflict) {
            QVERIFY(reset.error().message.contains(off.email));
            QVERIFY(people_policy::checkMayAct(actor, PeopleAction::Reactivate, off, fakeDownline)
                        .ok());
            off.isActive = true;
            QVERIFY(
                people_policy::checkMayAct(actor, PeopleAction::ResetPassword, off, fakeDownline)
                    .ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestPeoplePolicy)
#include "test_people_policy.moc"
