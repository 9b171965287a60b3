// InvitationService::create: who may invite whom, what one invitation writes (row, outbox,
// audit), refused input that writes nothing, duplicates, upline rules and the daily quota.
#include "InvitationServiceFixture.h"
#include "tests/support/LinkDelivery.h"

#include "core/security/TokenGenerator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OrganizationRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestInvitationCreate : public InvitationServiceFixture {
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpFixture(); }
    void permittedPairs_data();
    void permittedPairs();
    void createWritesInvitationOutboxAndAudit();
    void badInputNamesFieldAndWritesNothing_data();
    void badInputNamesFieldAndWritesNothing();
    void secondOpenInvitationAndExistingAccountRefused();
    void uplineRules();
    void fieldOfAnotherTypeRefused_data();
    void fieldOfAnotherTypeRefused();
    void dailyQuota();
};

void TestInvitationCreate::permittedPairs_data()
{
    QTest::addColumn<QString>("inviter");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("sales->doctor") << "sales1"
                                   << "doctor" << true;
    QTest::newRow("sales->distributor") << "sales1"
                                        << "distributor" << false;
    QTest::newRow("dist->sales") << "dist1"
                                 << "sales" << true;
    QTest::newRow("dist->master") << "dist1"
                                  << "master_distributor" << false;
    QTest::newRow("chp->ivr") << "chp"
                              << "ivr_company" << false;
    QTest::newRow("admin->ivr") << "admin"
                                << "ivr_company" << true;
    QTest::newRow("admin->admin") << "admin"
                                  << "admin" << true;
    QTest::newRow("doctor->staff") << "doctor1"
                                   << "medical_staff" << true;
    QTest::newRow("doctor->sales") << "doctor1"
                                   << "sales" << false;
    QTest::newRow("office->office") << "office1"
                                    << "office_admin" << true;
    QTest::newRow("staff->staff") << "staff1"
                                  << "medical_staff" << false;
    QTest::newRow("ship->doctor") << "ship"
                                  << "doctor" << false;
}

void TestInvitationCreate::permittedPairs()
{
    QFETCH(QString, inviter);
    QFETCH(QString, type);
    QFETCH(bool, allowed);
    const qint64 before = countRows(QStringLiteral("user_invitations"));
    auto r =
        m_service->create(m_tree[inviter], request(QStringLiteral("new.person@example.com"), type));
    QCOMPARE(r.ok(), allowed);
    if (!allowed) {
        QCOMPARE(r.error().code, Error::Code::NotPermitted);
        QCOMPARE(r.error().field, QStringLiteral("type"));
        QCOMPARE(countRows(QStringLiteral("user_invitations")), before);
    } else {
        QCOMPARE(r->status, InvitationStatus::Pending);
        QCOMPARE(countRows(QStringLiteral("user_invitations")), before + 1);
    }
}

void TestInvitationCreate::createWritesInvitationOutboxAndAudit()
{
    ServiceConfig config;
    config.publicUrl = QStringLiteral("https://invite.example.org");
    InvitationService service(m_db, config);
    auto r = service.create(m_tree["sales1"], request(QStringLiteral("  Grace.Hopper@Example.COM "),
                                                      QStringLiteral("doctor")));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
    QCOMPARE(r->email, QStringLiteral("grace.hopper@example.com"));
    QCOMPARE(r->parentUserId, m_tree["sales1"].id);
    QVERIFY(qAbs(r->expiresAt.secsTo(QDateTime::currentDateTimeUtc().addDays(7))) < 60);

    // No link exists until the message is rendered for sending: no link row, and the
    // outbox row holds only what rendering needs.
    QSqlQuery q(m_db->connection().value());
    q.prepare(QStringLiteral("SELECT count(*) FROM invitation_links WHERE invitation_id = ?"));
    q.addBindValue(r->id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.prepare(QStringLiteral(
        "SELECT public_url, status, recipient, kind FROM email_outbox WHERE invitation_id = ?"));
    q.addBindValue(r->id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), config.publicUrl);
    QCOMPARE(q.value(1).toString(), QStringLiteral("queued"));
    QCOMPARE(q.value(2).toString(), r->email);
    QCOMPARE(q.value(3).toString(), QStringLiteral("invitation"));
    QVERIFY(!q.next());
    q.finish();

    // The link in the delivered message leads back to it.
    const QString token = test::deliverLink(m_db, r->email);
    QVERIFY(tokens::looksLikeToken(token));
    InvitationRepository repo(*m_db, m_db->connection().value());
    auto byHash = repo.findByTokenHash(tokens::hash(token));
    QVERIFY(byHash.ok() && byHash.value());
    QCOMPARE(byHash.value()->id, r->id);

    auto events = AuditLog(m_db).forInvitation(r->id);
    QCOMPARE(events->first().action, QStringLiteral("invitation.created"));
    QCOMPARE(events->first().actorUserId, m_tree["sales1"].id);
    QVERIFY(AuditLog(m_db).verify()->ok);
}

void TestInvitationCreate::badInputNamesFieldAndWritesNothing_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("npi");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("field");
    QTest::newRow("blank email") << "   "
                                 << "doctor"
                                 << "Pat"
                                 << "" << 7 << "email";
    QTest::newRow("no at") << "nobody.example.com"
                           << "doctor"
                           << "Pat"
                           << "" << 7 << "email";
    QTest::newRow("blank first") << "a@b.com"
                                 << "doctor"
                                 << " \t "
                                 << "" << 7 << "first_name";
    QTest::newRow("unknown type") << "a@b.com"
                                  << "wizard"
                                  << "Pat"
                                  << "" << 7 << "type";
    QTest::newRow("blank type") << "a@b.com"
                                << "  "
                                << "Pat"
                                << "" << 7 << "type";
    QTest::newRow("bad npi") << "a@b.com"
                             << "doctor"
                             << "Pat"
                             << "1234567890" << 7 << "npi";
    QTest::newRow("short npi") << "a@b.com"
                               << "doctor"
                               << "Pat"
                               << "123" << 7 << "npi";
    QTest::newRow("zero days") << "a@b.com"
                               << "doctor"
                               << "Pat"
                               << "" << 0 << "expires_days";
    QTest::newRow("too many days") << "a@b.com"
                                   << "doctor"
                                   << "Pat"
                                   << "" << 400 << "expires_days";
}

void TestInvitationCreate::badInputNamesFieldAndWritesNothing()
{
    QFETCH(QString, email);
    QFETCH(QString, type);
    QFETCH(QString, first);
    QFETCH(QString, npi);
    QFETCH(int, days);
    QFETCH(QString, field);
    NewInvitation in = request(email, type);
    in.firstName = first;
    in.details.npi = npi;
    in.expiresDays = days;
    const qint64 inv = countRows(QStringLiteral("user_invitations"));
    const qint64 out = countRows(QStringLiteral("email_outbox"));
    const qint64 aud = countRows(QStringLiteral("audit_events"));
    auto r = m_service->create(m_tree["admin"], in);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(countRows(QStringLiteral("user_invitations")), inv);
    QCOMPARE(countRows(QStringLiteral("email_outbox")), out);
    QCOMPARE(countRows(QStringLiteral("audit_events")), aud);
}

void TestInvitationCreate::fieldOfAnotherTypeRefused_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field"); // the type field that is set
    QTest::addColumn<QString>("label"); // how the message names it
    QTest::newRow("sales with a practice") << "sales"
                                           << "practice"
                                           << "practice name";
    QTest::newRow("doctor with a territory") << "doctor"
                                             << "territory"
                                             << "territory";
    QTest::newRow("distributor with an NPI") << "distributor"
                                             << "npi"
                                             << "NPI";
    QTest::newRow("office admin with a company") << "office_admin"
                                                 << "company"
                                                 << "company name";
    QTest::newRow("admin with a specialty") << "admin"
                                            << "specialty"
                                            << "specialty";
    QTest::newRow("ivr company with a practice") << "ivr_company"
                                                 << "practice"
                                                 << "practice name";
}

void TestInvitationCreate::fieldOfAnotherTypeRefused()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QString, label);
    NewInvitation in = request(QStringLiteral("typed@example.com"), type);
    if (field == QLatin1String("practice"))
        in.details.practiceName = QStringLiteral("Clinic");
    else if (field == QLatin1String("territory"))
        in.details.territory = QStringLiteral("North");
    else if (field == QLatin1String("npi"))
        in.details.npi = QStringLiteral("1234567893");
    else if (field == QLatin1String("company"))
        in.details.companyName = QStringLiteral("Acme");
    else
        in.details.specialty = QStringLiteral("Cardiology");
    const qint64 inv = countRows(QStringLiteral("user_invitations"));
    const qint64 out = countRows(QStringLiteral("email_outbox"));
    const qint64 aud = countRows(QStringLiteral("audit_events"));
    auto r = m_service->create(m_tree["admin"], in);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(r.error().field, field);
    QVERIFY2(r.error().message.contains(label), qPrintable(r.error().message));
    QCOMPARE(countRows(QStringLiteral("user_invitations")), inv);
    QCOMPARE(countRows(QStringLiteral("email_outbox")), out);
    QCOMPARE(countRows(QStringLiteral("audit_events")), aud);

    // The fields the type has are kept.
    NewInvitation doctor = request(QStringLiteral("doc@example.com"), QStringLiteral("doctor"));
    doctor.details.npi = QStringLiteral("1234567893");
    doctor.details.specialty = QStringLiteral("Cardiology");
    doctor.details.practiceName = QStringLiteral("Clinic");
    auto ok = m_service->create(m_tree["admin"], doctor);
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().describe()));
    QCOMPARE(m_service->get(m_tree["admin"], ok->id)->details.practiceName,
             QStringLiteral("Clinic"));
}

void TestInvitationCreate::secondOpenInvitationAndExistingAccountRefused()
{
    QVERIFY(m_service
                ->create(m_tree["sales1"],
                         request(QStringLiteral("dup@example.com"), QStringLiteral("doctor")))
                .ok());
    auto again = m_service->create(
        m_tree["dist1"], request(QStringLiteral("DUP@example.com"), QStringLiteral("doctor")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QCOMPARE(again.error().field, QStringLiteral("email"));

    auto account = m_service->create(m_tree["admin"],
                                     request(m_tree["sales2"].email, QStringLiteral("sales")));
    QVERIFY(!account.ok());
    QCOMPARE(account.error().code, Error::Code::Conflict);
    QCOMPARE(account.error().field, QStringLiteral("email"));
}

void TestInvitationCreate::uplineRules()
{
    // A master distributor invites a doctor for one of its sales reps.
    NewInvitation forRep =
        request(QStringLiteral("doc.for.rep@example.com"), QStringLiteral("doctor"));
    forRep.parentEmail = m_tree["sales1"].email;
    auto r = m_service->create(m_tree["master"], forRep);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
    QCOMPARE(r->parentUserId, m_tree["sales1"].id);

    // Someone outside the inviter's downline cannot be named.
    NewInvitation outside =
        request(QStringLiteral("doc.outside@example.com"), QStringLiteral("doctor"));
    outside.parentEmail = m_tree["sales1"].email;
    auto refused = m_service->create(m_tree["dist2"], outside);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("parent"));

    // Practice staff invited by an office admin work for the practice's doctor.
    auto staff = m_service->create(m_tree["office1"], request(QStringLiteral("nurse@example.com"),
                                                              QStringLiteral("medical_staff")));
    QVERIFY(staff.ok());
    QCOMPARE(staff->parentUserId, m_tree["doctor1"].id);
    auto byDoctor =
        m_service->create(m_tree["doctor1"], request(QStringLiteral("nurse2@example.com"),
                                                     QStringLiteral("medical_staff")));
    QCOMPARE(byDoctor->parentUserId, m_tree["doctor1"].id);
    // An admin without a parent is the upline.
    auto byAdmin = m_service->create(
        m_tree["admin"], request(QStringLiteral("ivr@example.com"), QStringLiteral("ivr_company")));
    QCOMPARE(byAdmin->parentUserId, m_tree["admin"].id);
    // A distributor cannot be the upline of a master distributor.
    NewInvitation upside =
        request(QStringLiteral("md@example.com"), QStringLiteral("master_distributor"));
    upside.parentEmail = m_tree["dist1"].email;
    auto wrongRole = m_service->create(m_tree["admin"], upside);
    QVERIFY(!wrongRole.ok());
    QCOMPARE(wrongRole.error().field, QStringLiteral("parent"));
}

void TestInvitationCreate::dailyQuota()
{
    OrganizationRepository orgs(*m_db, m_db->connection().value());
    Organization org = orgs.findById(m_tree["admin"].organizationId).value().value();
    org.dailyInviteQuota = 2;
    QVERIFY(orgs.update(org).ok());
    QVERIFY(m_service
                ->create(m_tree["sales1"],
                         request(QStringLiteral("q1@example.com"), QStringLiteral("doctor")))
                .ok());
    QVERIFY(m_service
                ->create(m_tree["sales1"],
                         request(QStringLiteral("q2@example.com"), QStringLiteral("doctor")))
                .ok());
    auto third = m_service->create(
        m_tree["sales1"], request(QStringLiteral("q3@example.com"), QStringLiteral("doctor")));
    QVERIFY(!third.ok());
    QCOMPARE(third.error().code, Error::Code::QuotaExceeded);
    // Admins are never capped; other inviters have their own count.
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_service
                    ->create(m_tree["admin"], request(QStringLiteral("qa%1@example.com").arg(i),
                                                      QStringLiteral("sales")))
                    .ok());
    QVERIFY(m_service
                ->create(m_tree["sales2"],
                         request(QStringLiteral("q4@example.com"), QStringLiteral("doctor")))
                .ok());
}

QTEST_GUILESS_MAIN(TestInvitationCreate)
#include "test_invitation_create.moc"
