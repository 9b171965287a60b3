// What the create dialog starts with (issue 18, item 8) and its e-mail preview (item 13): the
// e-mail language is the organisation's default (else the deployment's), an office admin's
// practice is filled in (invite_policy::prefilledPractice), and the preview renders the
// dispatcher's templates in the invitee's language with a placeholder link.
#include "InvitationServiceFixture.h"

#include "core/domain/InvitePolicy.h"
#include "core/mail/InvitationMailPreview.h"
#include "core/services/OrganizationService.h"
#include "core/storage/UserRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCreateDefaults : public InvitationServiceFixture {
    Q_OBJECT

    void setOrgLanguage(const QString& language)
    {
        OrganizationService org(m_db, ServiceConfig{});
        auto r = org.set(m_tree["admin"], QStringLiteral("default-language"), language);
        QVERIFY2(r.ok(), r.ok() ? QByteArray() : r.error().describe().toUtf8());
    }

private Q_SLOTS:
    void init() { setUpFixture(); }

    void languageFollowsTheOrganisation()
    {
        ServiceConfig config;
        config.defaultLanguage = QStringLiteral("en"); // the desk's interface language
        InvitationService service(m_db, config);
        QCOMPARE(service.createDefaults(m_tree["sales1"])->language, QStringLiteral("en"));
        setOrgLanguage(QStringLiteral("es"));
        QCOMPARE(service.createDefaults(m_tree["sales1"])->language, QStringLiteral("es"));
        // An invitation made without a language gets the organisation's.
        NewInvitation in = request(QStringLiteral("lang@example.com"), QStringLiteral("doctor"));
        in.language.clear();
        auto created = service.create(m_tree["sales1"], in);
        QVERIFY2(created.ok(), created.ok() ? QByteArray() : created.error().describe().toUtf8());
        QCOMPARE(created->language, QStringLiteral("es"));
        // Cleared: the deployment's default again.
        setOrgLanguage(QString());
        QCOMPARE(service.createDefaults(m_tree["sales1"])->language, QStringLiteral("en"));
    }

    void officeAdminGetsTheirPractice()
    {
        // office1 joined through an invitation naming their practice.
        NewInvitation in =
            request(QStringLiteral("olivia@example.com"), QStringLiteral("office_admin"));
        in.details.practiceName = QStringLiteral("Sunrise Family Clinic");
        auto own = m_service->create(m_tree["doctor1"], in);
        QVERIFY2(own.ok(), own.ok() ? QByteArray() : own.error().describe().toUtf8());
        User office = m_tree["office1"];
        office.invitationId = own->id;
        QCOMPARE(m_service->createDefaults(office)->practiceName,
                 QStringLiteral("Sunrise Family Clinic"));
        // Nobody else gets one filled in.
        User doctor = m_tree["doctor1"];
        doctor.invitationId = own->id;
        QVERIFY(m_service->createDefaults(doctor)->practiceName.isEmpty());
        QVERIFY(m_service->createDefaults(m_tree["sales1"])->practiceName.isEmpty());
    }

    void prefilledPracticeRule_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("own");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("office admin, own invitation") << int(Role::OfficeAdmin) << " Sunrise "
                                                      << "platform"
                                                      << "Sunrise";
        QTest::newRow("office admin, practice organisation") << int(Role::OfficeAdmin) << ""
                                                             << "practice"
                                                             << "Org Name";
        QTest::newRow("office admin, neither") << int(Role::OfficeAdmin) << ""
                                               << "platform"
                                               << "";
        QTest::newRow("doctor") << int(Role::Doctor) << "Sunrise"
                                << "practice"
                                << "";
        QTest::newRow("sales") << int(Role::Sales) << ""
                               << "practice"
                               << "";
    }

    void prefilledPracticeRule()
    {
        QFETCH(int, role);
        QFETCH(QString, own);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        User u;
        u.role = static_cast<Role>(role);
        QCOMPARE(invite_policy::prefilledPractice(u, own, kind, QStringLiteral("Org Name")),
                 expected);
    }

    void previewRendersInTheInviteesLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subject");
        QTest::newRow("en") << "en"
                            << "invited you to join";
        QTest::newRow("es") << "es"
                            << "le invita a unirse";
    }

    void previewRendersInTheInviteesLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, subject);
        NewInvitation in = request(QStringLiteral("pat@example.com"), QStringLiteral("doctor"));
        in.language = language;
        in.message = QStringLiteral("See you <soon>");
        const qint64 links = countRows(QStringLiteral("invitation_links"));
        const qint64 outbox = countRows(QStringLiteral("email_outbox"));
        InvitationMailPreview preview(m_db, ServiceConfig{});
        auto mail = preview.render(m_tree["sales1"], in);
        QVERIFY2(mail.ok(), mail.ok() ? QByteArray() : mail.error().describe().toUtf8());
        QVERIFY2(mail->subject.contains(subject), qPrintable(mail->subject));
        QVERIFY(mail->subject.contains(m_tree["sales1"].fullName()));
        QVERIFY(mail->text.contains(QStringLiteral("/invite/") +
                                    InvitationMailPreview::placeholderToken()));
        QVERIFY(mail->html.contains(QStringLiteral("See you &lt;soon&gt;")));
        // Nothing made or stored.
        QCOMPARE(countRows(QStringLiteral("invitation_links")), links);
        QCOMPARE(countRows(QStringLiteral("email_outbox")), outbox);
    }

    void previewFollowsThePermissionMatrix()
    {
        InvitationMailPreview preview(m_db, ServiceConfig{});
        auto mail = preview.render(m_tree["sales1"], request(QStringLiteral("d@example.com"),
                                                             QStringLiteral("distributor")));
        QVERIFY(!mail.ok());
        QCOMPARE(mail.error().field, QStringLiteral("type"));
    }
};

QTEST_GUILESS_MAIN(TestCreateDefaults)
#include "test_create_defaults.moc"
