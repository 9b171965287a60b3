// The domain tables checked against expectations written out here from DESIGN.md
// ("Roles, types and who may invite whom" and "Lifecycle"), independently of core/domain.
#include "core/domain/DeskPolicy.h"
#include "core/domain/Invitation.h"
#include "core/domain/InvitationLifecycle.h"
#include "core/domain/InvitationStatus.h"
#include "core/domain/InvitationType.h"
#include "core/domain/InvitePolicy.h"
#include "core/domain/Role.h"

#include <QHash>
#include <QSet>
#include <QtTest>

using namespace invitedesk;

namespace {
// Wire names of the ten roles / types, as the design lists them.
const QStringList kRoleNames = {
    QStringLiteral("doctor"),       QStringLiteral("sales"),
    QStringLiteral("distributor"),  QStringLiteral("master_distributor"),
    QStringLiteral("office_admin"), QStringLiteral("medical_staff"),
    QStringLiteral("ivr_company"),  QStringLiteral("shipping_logistics"),
    QStringLiteral("admin"),        QStringLiteral("chp_admin"),
};

const QStringList kStatusNames = {
    QStringLiteral("pending"), QStringLiteral("sent"),      QStringLiteral("accepted"),
    QStringLiteral("failed"),  QStringLiteral("cancelled"), QStringLiteral("expired"),
};

// Who may invite which type, by wire name (DESIGN.md).
const QHash<QString, QStringList>& expectedMatrix()
{
    static const QHash<QString, QStringList> m = {
        {QStringLiteral("admin"), kRoleNames},
        {QStringLiteral("chp_admin"),
         {QStringLiteral("master_distributor"), QStringLiteral("distributor"),
          QStringLiteral("sales"), QStringLiteral("doctor")}},
        {QStringLiteral("master_distributor"),
         {QStringLiteral("distributor"), QStringLiteral("sales"), QStringLiteral("doctor")}},
        {QStringLiteral("distributor"), {QStringLiteral("sales"), QStringLiteral("doctor")}},
        {QStringLiteral("sales"), {QStringLiteral("doctor")}},
        {QStringLiteral("doctor"),
         {QStringLiteral("office_admin"), QStringLiteral("medical_staff")}},
        {QStringLiteral("office_admin"),
         {QStringLiteral("office_admin"), QStringLiteral("medical_staff")}},
        {QStringLiteral("ivr_company"), {}},
        {QStringLiteral("shipping_logistics"), {}},
        {QStringLiteral("medical_staff"), {}},
    };
    return m;
}

// Lifecycle (DESIGN.md): event name -> (sources, target).
struct ExpectedEdge {
    QStringList from;
    QString to;
};
const QHash<QString, ExpectedEdge>& expectedLifecycle()
{
    static const QHash<QString, ExpectedEdge> l = {
        // pending --email accepted by relay--> sent
        {QStringLiteral("mail_accepted"), {{QStringLiteral("pending")}, QStringLiteral("sent")}},
        // sent --invitee accepts--> accepted; the invitee may also accept while the mail is
        // still queued (pending): the link is already valid.
        {QStringLiteral("accept"),
         {{QStringLiteral("pending"), QStringLiteral("sent")}, QStringLiteral("accepted")}},
        // pending|sent --permanent delivery failure--> failed
        {QStringLiteral("delivery_failed"),
         {{QStringLiteral("pending"), QStringLiteral("sent")}, QStringLiteral("failed")}},
        // pending|sent|failed --cancel--> cancelled
        {QStringLiteral("cancel"),
         {{QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("failed")},
          QStringLiteral("cancelled")}},
        // pending|sent|failed --expires_at passes--> expired
        {QStringLiteral("expire"),
         {{QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("failed")},
          QStringLiteral("expired")}},
        // failed|expired|pending|sent --resend--> pending
        {QStringLiteral("resend"),
         {{QStringLiteral("failed"), QStringLiteral("expired"), QStringLiteral("pending"),
           QStringLiteral("sent")},
          QStringLiteral("pending")}},
    };
    return l;
}

const QList<LifecycleEvent> kEvents = {LifecycleEvent::MailAccepted,   LifecycleEvent::Accept,
                                       LifecycleEvent::DeliveryFailed, LifecycleEvent::Cancel,
                                       LifecycleEvent::Expire,         LifecycleEvent::Resend};
} // namespace

class TestDomain : public QObject {
    Q_OBJECT

private slots:
    void tenRolesAndSixStatuses()
    {
        QCOMPARE(roles::all().size(), 10);
        const QStringList roleNames = roles::allNames();
        QCOMPARE(QSet<QString>(roleNames.begin(), roleNames.end()),
                 QSet<QString>(kRoleNames.begin(), kRoleNames.end()));
        QCOMPARE(invitation_types::all(), roles::all());
        QCOMPARE(statuses::all().size(), 6);
        const QStringList statusNames = statuses::allNames();
        QCOMPARE(QSet<QString>(statusNames.begin(), statusNames.end()),
                 QSet<QString>(kStatusNames.begin(), kStatusNames.end()));
    }

    void roleNameRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& n : kRoleNames)
            QTest::newRow(qPrintable(n)) << n;
    }
    void roleNameRoundTrip()
    {
        QFETCH(QString, name);
        const auto role = roles::fromName(name);
        QVERIFY2(role.has_value(), qPrintable(name));
        QCOMPARE(roles::name(*role), name);
        QVERIFY(!roles::label(*role).isEmpty());
        const auto type = invitation_types::fromName(name);
        QVERIFY(type.has_value());
        QCOMPARE(invitation_types::name(*type), name);
        QCOMPARE(*type, *role); // a type grants the role of the same name
    }

    void statusNameRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& n : kStatusNames)
            QTest::newRow(qPrintable(n)) << n;
    }
    void statusNameRoundTrip()
    {
        QFETCH(QString, name);
        const auto status = statuses::fromName(name);
        QVERIFY2(status.has_value(), qPrintable(name));
        QCOMPARE(statuses::name(*status), name);
        QVERIFY(!statuses::label(*status).isEmpty());
        QCOMPARE(statuses::isOpen(*status),
                 name == QLatin1String("pending") || name == QLatin1String("sent"));
    }

    void unknownNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("surgeon") << QStringLiteral("surgeon");
        QTest::newRow("label not name") << QStringLiteral("Master distributor");
        QTest::newRow("hyphen") << QStringLiteral("master-distributor");
        QTest::newRow("plural") << QStringLiteral("doctors");
        QTest::newRow("prefix") << QStringLiteral("doc");
        QTest::newRow("injection") << QStringLiteral("admin'); DROP TABLE users;--");
        QTest::newRow("non-ascii") << QStringLiteral("médico");
        QTest::newRow("open") << QStringLiteral("open");
        QTest::newRow("canceled (US)") << QStringLiteral("canceled");
    }
    void unknownNames()
    {
        QFETCH(QString, name);
        QVERIFY(!roles::fromName(name).has_value());
        QVERIFY(!invitation_types::fromName(name).has_value());
        QVERIFY(!statuses::fromName(name).has_value());
    }

    void inviteMatrix_data()
    {
        QTest::addColumn<QString>("inviter");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("allowed");
        for (const QString& inviter : kRoleNames) {
            QVERIFY(expectedMatrix().contains(inviter));
            for (const QString& type : kRoleNames) {
                QTest::addRow("%s invites %s", qPrintable(inviter), qPrintable(type))
                    << inviter << type << expectedMatrix().value(inviter).contains(type);
            }
        }
    }
    void inviteMatrix()
    {
        QFETCH(QString, inviter);
        QFETCH(QString, type);
        QFETCH(bool, allowed);
        const auto r = roles::fromName(inviter);
        const auto t = invitation_types::fromName(type);
        QVERIFY(r && t);
        QCOMPARE(invite_policy::mayInvite(*r, *t), allowed);
        QCOMPARE(invite_policy::invitableTypes(*r).contains(*t), allowed);
        // An inviter that may not invite a type may not choose an upline for it either.
        if (!allowed)
            QVERIFY(!invite_policy::mayChooseUpline(*r, *t));
    }

    void invitableTypesInRoleOrder_data()
    {
        QTest::addColumn<QString>("inviter");
        for (const QString& n : kRoleNames)
            QTest::newRow(qPrintable(n)) << n;
    }
    void invitableTypesInRoleOrder()
    {
        QFETCH(QString, inviter);
        const auto types = invite_policy::invitableTypes(*roles::fromName(inviter));
        QStringList names;
        for (InvitationType t : types)
            names << invitation_types::name(t);
        QStringList expected;
        for (Role r : roles::all()) {
            if (expectedMatrix().value(inviter).contains(roles::name(r)))
                expected << roles::name(r);
        }
        QCOMPARE(names, expected);
    }

    // The types a viewer's list can show, which the type filter offers: written out per role
    // here, not derived from the matrix as the rule is.
    void visibleTypes_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<QStringList>("expected");
        const QStringList chain = {"doctor",       "sales",
                                   "distributor",  "master_distributor",
                                   "office_admin", "medical_staff"};
        QTest::newRow("admin") << "admin" << roles::allNames();
        QTest::newRow("chp_admin") << "chp_admin" << chain;
        QTest::newRow("master_distributor")
            << "master_distributor"
            << QStringList{"doctor", "sales", "distributor", "office_admin", "medical_staff"};
        QTest::newRow("distributor")
            << "distributor" << QStringList{"doctor", "sales", "office_admin", "medical_staff"};
        QTest::newRow("sales") << "sales" << QStringList{"doctor", "office_admin", "medical_staff"};
        QTest::newRow("doctor") << "doctor" << QStringList{"office_admin", "medical_staff"};
        QTest::newRow("office_admin")
            << "office_admin" << QStringList{"office_admin", "medical_staff"};
        QTest::newRow("medical_staff") << "medical_staff" << QStringList{};
        QTest::newRow("ivr_company") << "ivr_company" << QStringList{};
        QTest::newRow("shipping_logistics") << "shipping_logistics" << QStringList{};
    }
    void visibleTypes()
    {
        QFETCH(QString, viewer);
        QFETCH(QStringList, expected);
        QStringList names;
        for (InvitationType t : invite_policy::visibleTypes(*roles::fromName(viewer)))
            names << invitation_types::name(t);
        QStringList ordered; // roles::all() order
        for (Role r : roles::all()) {
            if (expected.contains(roles::name(r)))
                ordered << roles::name(r);
        }
        QCOMPARE(names, ordered);
    }

    // Only an administrator sees and changes this computer's connections.
    void connectionsAreForAdministrators_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("may");
        for (const QString& n : kRoleNames)
            QTest::newRow(qPrintable(n)) << n << (n == QLatin1String("admin"));
    }
    void connectionsAreForAdministrators()
    {
        QFETCH(QString, role);
        QFETCH(bool, may);
        QCOMPARE(desk_policy::mayConfigureConnections(*roles::fromName(role)), may);
    }

    // The type-specific fields of each type: what the form shows and update accepts.
    void detailFieldsPerType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("fields");
        const QStringList none;
        QTest::newRow("doctor") << "doctor" << QStringList{"npi", "specialty", "practice"};
        QTest::newRow("office_admin") << "office_admin" << QStringList{"practice"};
        QTest::newRow("medical_staff") << "medical_staff" << QStringList{"practice"};
        QTest::newRow("sales") << "sales" << QStringList{"territory"};
        QTest::newRow("distributor") << "distributor" << QStringList{"territory"};
        QTest::newRow("master_distributor") << "master_distributor" << QStringList{"territory"};
        QTest::newRow("ivr_company") << "ivr_company" << QStringList{"company"};
        QTest::newRow("shipping_logistics") << "shipping_logistics" << QStringList{"company"};
        QTest::newRow("admin") << "admin" << none;
        QTest::newRow("chp_admin") << "chp_admin" << none;
    }
    void detailFieldsPerType()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, fields);
        // The one table (detail_fields::belongsTo), read as the field names it allows.
        QStringList carried;
        for (const DetailField field : detail_fields::all()) {
            if (detail_fields::belongsTo(field, *invitation_types::fromName(type)))
                carried << detail_fields::name(field);
        }
        carried.sort();
        QStringList expected = fields;
        expected.sort();
        QCOMPARE(carried, expected);
    }

    void practiceStaffTypes()
    {
        for (Role r : roles::all()) {
            const bool staff = r == Role::OfficeAdmin || r == Role::MedicalStaff;
            QCOMPARE(invitation_types::isPracticeStaff(r), staff);
        }
        // Practice staff always work under a doctor (or an admin placing them).
        QVERIFY(invite_policy::isAcceptableUpline(Role::Doctor, Role::MedicalStaff));
        QVERIFY(invite_policy::isAcceptableUpline(Role::Doctor, Role::OfficeAdmin));
        QVERIFY(!invite_policy::isAcceptableUpline(Role::Sales, Role::MedicalStaff));
        QVERIFY(!invite_policy::isAcceptableUpline(Role::OfficeAdmin, Role::MedicalStaff));
        // Vendors go directly under an admin.
        QVERIFY(invite_policy::isAcceptableUpline(Role::Admin, Role::IvrCompany));
        QVERIFY(!invite_policy::isAcceptableUpline(Role::ChpAdmin, Role::ShippingLogistics));
        // In the sales chain, the upline is someone above the new user.
        QVERIFY(invite_policy::isAcceptableUpline(Role::Sales, Role::Doctor));
        QVERIFY(invite_policy::isAcceptableUpline(Role::MasterDistributor, Role::Doctor));
        QVERIFY(!invite_policy::isAcceptableUpline(Role::Doctor, Role::Sales));
        QVERIFY(!invite_policy::isAcceptableUpline(Role::Sales, Role::Sales));
    }

    void lifecycle_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("event");
        QTest::addColumn<QString>("expected"); // empty: not allowed
        for (const QString& from : kStatusNames) {
            for (LifecycleEvent e : kEvents) {
                const QString eventName = lifecycle::eventName(e);
                QVERIFY2(expectedLifecycle().contains(eventName), qPrintable(eventName));
                const ExpectedEdge edge = expectedLifecycle().value(eventName);
                QTest::addRow("%s --%s", qPrintable(from), qPrintable(eventName))
                    << from << int(e) << (edge.from.contains(from) ? edge.to : QString());
            }
        }
    }
    void lifecycle()
    {
        QFETCH(QString, from);
        QFETCH(int, event);
        QFETCH(QString, expected);
        const auto e = LifecycleEvent(event);
        const auto source = statuses::fromName(from);
        QVERIFY(source);
        const auto result = lifecycle::apply(*source, e);
        if (expected.isEmpty()) {
            QVERIFY2(!result.has_value(),
                     qPrintable(QStringLiteral("allowed, landing on %1")
                                    .arg(result ? statuses::name(*result) : QString())));
            QVERIFY(!lifecycle::sourcesOf(e).contains(*source));
        } else {
            QVERIFY2(result.has_value(), "refused");
            QCOMPARE(statuses::name(*result), expected);
            QVERIFY(lifecycle::sourcesOf(e).contains(*source));
            QCOMPARE(statuses::name(lifecycle::targetOf(e)), expected);
        }
    }

    void finalStatusesHaveNoWayOut_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("final");
        for (const QString& s : kStatusNames)
            QTest::newRow(qPrintable(s))
                << s << (s == QLatin1String("accepted") || s == QLatin1String("cancelled"));
    }
    void finalStatusesHaveNoWayOut()
    {
        QFETCH(QString, status);
        QFETCH(bool, final);
        const auto s = *statuses::fromName(status);
        QCOMPARE(lifecycle::isFinal(s), final);
        bool anyWayOut = false;
        for (LifecycleEvent e : kEvents)
            anyWayOut = anyWayOut || lifecycle::apply(s, e).has_value();
        QCOMPARE(anyWayOut, !final);
    }

    void eventNamesAreDistinct()
    {
        QSet<QString> names;
        for (LifecycleEvent e : kEvents)
            names.insert(lifecycle::eventName(e));
        QCOMPARE(names.size(), kEvents.size());
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "test_domain.moc"
