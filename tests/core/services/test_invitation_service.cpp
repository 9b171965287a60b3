#include "core/security/TokenGenerator.h"
#include "core/services/InvitationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OrganizationRepository.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace invitedesk;
using namespace invitedesk::test;

class TestInvitationService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void permittedPairs_data();
    void permittedPairs();
    void createWritesInvitationOutboxAndAudit();
    void badInputNamesFieldAndWritesNothing_data();
    void badInputNamesFieldAndWritesNothing();
    void secondOpenInvitationAndExistingAccountRefused();
    void uplineRules();
    void visibilityFollowsDownline();
    void cancelTwiceAndResendAfterCancelRefused();
    void resendIssuesNewTokenAndKillsOld();
    void outsiderCannotCancelOrResend();
    void concurrentCancelsLeaveOneWinner();
    void staleVersionIsRefused();
    void dailyQuota();
    void expirySweep();
    void textRoundTripsUnchanged_data();
    void textRoundTripsUnchanged();
    void bulkSkipsRefusedItems();

private:
    qint64 countRows(const QString& table);
    NewInvitation request(const QString& email, const QString& type);
    DatabasePtr m_db;
    UserTree m_tree;
    std::unique_ptr<InvitationService> m_service;
};

void TestInvitationService::init()
{
    INVITEDESK_REQUIRE_DB(m_db);
    m_tree = TestFixtures::makeTree(m_db);
    m_service = std::make_unique<InvitationService>(m_db, ServiceConfig{});
}

qint64 TestInvitationService::countRows(const QString& table)
{
    QSqlQuery q(m_db->connection().value());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

NewInvitation TestInvitationService::request(const QString& email, const QString& type)
{
    NewInvitation in;
    in.email = email;
    in.type = type;
    in.firstName = QStringLiteral("Pat");
    in.lastName = QStringLiteral("Doe");
    return in;
}

void TestInvitationService::permittedPairs_data()
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

void TestInvitationService::permittedPairs()
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

void TestInvitationService::createWritesInvitationOutboxAndAudit()
{
    ServiceConfig config;
    config.publicUrl = QStringLiteral("https://invite.example.org");
    InvitationService service(m_db, config);
    auto r = service.create(m_tree["sales1"], request(QStringLiteral("  Grace.Hopper@Example.COM "),
                                                      QStringLiteral("doctor")));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
    QCOMPARE(r->email, QStringLiteral("grace.hopper@example.com"));
    QCOMPARE(r->parentUserId, m_tree["sales1"].id);
    QVERIFY(tokens::looksLikeToken(r->issuedToken));
    QVERIFY(qAbs(r->expiresAt.secsTo(QDateTime::currentDateTimeUtc().addDays(7))) < 60);

    InvitationRepository repo(*m_db, m_db->connection().value());
    auto byHash = repo.findByTokenHash(tokens::hash(r->issuedToken));
    QVERIFY(byHash.ok() && byHash.value());
    QCOMPARE(byHash.value()->id, r->id);

    QSqlQuery q(m_db->connection().value());
    q.prepare(QStringLiteral(
        "SELECT token, public_url, status, recipient FROM email_outbox WHERE invitation_id = ?"));
    q.addBindValue(r->id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), r->issuedToken);
    QCOMPARE(q.value(1).toString(), config.publicUrl);
    QCOMPARE(q.value(2).toString(), QStringLiteral("queued"));
    QCOMPARE(q.value(3).toString(), r->email);
    QVERIFY(!q.next());

    auto events = AuditLog(m_db).forInvitation(r->id);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().action, QStringLiteral("invitation.created"));
    QCOMPARE(events->first().actorUserId, m_tree["sales1"].id);
    QVERIFY(AuditLog(m_db).verify()->ok);
}

void TestInvitationService::badInputNamesFieldAndWritesNothing_data()
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

void TestInvitationService::badInputNamesFieldAndWritesNothing()
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

void TestInvitationService::secondOpenInvitationAndExistingAccountRefused()
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

void TestInvitationService::uplineRules()
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

void TestInvitationService::visibilityFollowsDownline()
{
    auto inv = m_service->create(
        m_tree["sales1"], request(QStringLiteral("seen@example.com"), QStringLiteral("doctor")));
    QVERIFY(inv.ok());
    for (const QString& who :
         {QStringLiteral("sales1"), QStringLiteral("dist1"), QStringLiteral("master"),
          QStringLiteral("chp"), QStringLiteral("admin")}) {
        QVERIFY2(m_service->get(m_tree[who], inv->id).ok(), qPrintable(who));
    }
    for (const QString& who : {QStringLiteral("dist2"), QStringLiteral("sales2"),
                               QStringLiteral("doctor1"), QStringLiteral("ivr")}) {
        auto r = m_service->get(m_tree[who], inv->id);
        QVERIFY2(!r.ok(), qPrintable(who));
        QCOMPARE(r.error().code, Error::Code::NotFound);
    }
    InvitationQuery all;
    all.limit = 0;
    QCOMPARE(m_service->list(m_tree["dist1"], all)->items.size(), 1);
    QCOMPARE(m_service->list(m_tree["dist2"], all)->items.size(), 0);
}

void TestInvitationService::cancelTwiceAndResendAfterCancelRefused()
{
    auto inv = m_service->create(
        m_tree["sales1"], request(QStringLiteral("c@example.com"), QStringLiteral("doctor")));
    auto first = m_service->cancel(m_tree["sales1"], inv->id, QStringLiteral("typo"));
    QVERIFY(first.ok());
    QCOMPARE(first->status, InvitationStatus::Cancelled);
    const qint64 audit = countRows(QStringLiteral("audit_events"));
    auto second = m_service->cancel(m_tree["sales1"], inv->id, QString());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, Error::Code::Conflict);
    auto resend = m_service->resend(m_tree["sales1"], inv->id);
    QVERIFY(!resend.ok());
    QCOMPARE(resend.error().code, Error::Code::Conflict);
    QCOMPARE(countRows(QStringLiteral("audit_events")), audit);
    QCOMPARE(m_service->get(m_tree["sales1"], inv->id)->cancelReason, QStringLiteral("typo"));
}

void TestInvitationService::resendIssuesNewTokenAndKillsOld()
{
    auto inv = m_service->create(
        m_tree["sales1"], request(QStringLiteral("r@example.com"), QStringLiteral("doctor")));
    auto again = m_service->resend(m_tree["dist1"], inv->id);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().describe()));
    QVERIFY(again->issuedToken != inv->issuedToken);
    QCOMPARE(again->resendCount, 1);
    QCOMPARE(again->status, InvitationStatus::Pending);
    InvitationRepository repo(*m_db, m_db->connection().value());
    QVERIFY(!repo.findByTokenHash(tokens::hash(inv->issuedToken)).value().has_value());
    QVERIFY(repo.findByTokenHash(tokens::hash(again->issuedToken)).value().has_value());
    QSqlQuery q(m_db->connection().value());
    q.prepare(QStringLiteral("SELECT status, token FROM email_outbox WHERE invitation_id = ? ORDER "
                             "BY created_at, status"));
    q.addBindValue(inv->id);
    QVERIFY(q.exec());
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char(':') +
                    (q.value(1).isNull() ? QStringLiteral("null") : QStringLiteral("token"));
    rows.sort();
    QCOMPARE(rows, (QStringList{QStringLiteral("cancelled:null"), QStringLiteral("queued:token")}));
}

void TestInvitationService::outsiderCannotCancelOrResend()
{
    auto inv = m_service->create(
        m_tree["sales1"], request(QStringLiteral("o@example.com"), QStringLiteral("doctor")));
    QCOMPARE(m_service->cancel(m_tree["dist2"], inv->id, QString()).error().code,
             Error::Code::NotFound);
    QCOMPARE(m_service->resend(m_tree["sales2"], inv->id).error().code, Error::Code::NotFound);
    QCOMPARE(m_service->get(m_tree["sales1"], inv->id)->status, InvitationStatus::Pending);
    QCOMPARE(m_service->get(m_tree["sales1"], inv->id)->version, 1);
}

void TestInvitationService::concurrentCancelsLeaveOneWinner()
{
    auto inv = m_service->create(
        m_tree["sales1"], request(QStringLiteral("race@example.com"), QStringLiteral("doctor")));
    const QString id = inv->id;
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QList<QFuture<bool>> futures;
    for (int i = 0; i < 4; ++i) {
        futures << QtConcurrent::run(&pool, [this, id, i] {
            InvitationService service(m_db, ServiceConfig{});
            return i % 2 ? service.cancel(m_tree["sales1"], id, QStringLiteral("race")).ok()
                         : service.resend(m_tree["dist1"], id).ok();
        });
    }
    int winners = 0;
    for (auto& f : futures)
        winners += f.result() ? 1 : 0;
    pool.waitForDone();
    // Resend may follow resend, but nothing follows a cancel: the log must tell one story.
    auto final = m_service->get(m_tree["sales1"], id);
    auto events = AuditLog(m_db).forInvitation(id);
    QCOMPARE(events->size(), 1 + winners);
    QCOMPARE(final->version, 1 + winners);
    QVERIFY(winners >= 1);
    QVERIFY(AuditLog(m_db).verify()->ok);
}

void TestInvitationService::staleVersionIsRefused()
{
    auto inv = m_service->create(
        m_tree["sales1"], request(QStringLiteral("v@example.com"), QStringLiteral("doctor")));
    InvitationUpdate change;
    change.message = QStringLiteral("first edit");
    change.expectedVersion = inv->version;
    QVERIFY(m_service->update(m_tree["sales1"], inv->id, change).ok());
    change.message = QStringLiteral("second edit from a stale window");
    auto stale = m_service->update(m_tree["sales1"], inv->id, change);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(m_service->get(m_tree["sales1"], inv->id)->message, QStringLiteral("first edit"));
}

void TestInvitationService::dailyQuota()
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

void TestInvitationService::expirySweep()
{
    ServiceConfig past;
    const QDateTime tenDaysAgo = QDateTime::currentDateTimeUtc().addDays(-10);
    past.clock = [tenDaysAgo] { return tenDaysAgo; };
    InvitationService old(m_db, past);
    auto inv = old.create(m_tree["sales1"],
                          request(QStringLiteral("late@example.com"), QStringLiteral("doctor")));
    auto fresh = m_service->create(
        m_tree["sales1"], request(QStringLiteral("fresh@example.com"), QStringLiteral("doctor")));
    auto n = m_service->expireDue();
    QVERIFY(n.ok());
    QCOMPARE(n.value(), 1);
    QCOMPARE(m_service->get(m_tree["sales1"], inv->id)->status, InvitationStatus::Expired);
    QCOMPARE(m_service->get(m_tree["sales1"], fresh->id)->status, InvitationStatus::Pending);
    auto events = AuditLog(m_db).forInvitation(inv->id);
    QCOMPARE(events->last().action, QStringLiteral("invitation.expired"));
    // An expired invitation can be resent, and then it is open again.
    auto resent = m_service->resend(m_tree["sales1"], inv->id);
    QVERIFY(resent.ok());
    QVERIFY(resent->expiresAt > QDateTime::currentDateTimeUtc());
}

void TestInvitationService::textRoundTripsUnchanged_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("message");
    QTest::newRow("quotes") << "o'neil@example.com"
                            << "Grace \"Amazing\""
                            << "O'Neil"
                            << "It's \"great\"";
    QTest::newRow("injection") << "bobby@example.com"
                               << "Robert'); DROP TABLE users;--"
                               << "Tables"
                               << "'); DROP TABLE user_invitations; --";
    QTest::newRow("non-ascii") << "jose.muller@example.com"
                               << "José"
                               << "Müller"
                               << "Ana, María: ¡bienvenida! 日本語 🎉";
    QTest::newRow("like wildcards") << "p_c%t@example.com"
                                    << "100%"
                                    << "Under_score"
                                    << "\\ backslash";
}

void TestInvitationService::textRoundTripsUnchanged()
{
    QFETCH(QString, email);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, message);
    NewInvitation in = request(email, QStringLiteral("doctor"));
    in.firstName = first;
    in.lastName = last;
    in.message = message;
    auto created = m_service->create(m_tree["sales1"], in);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().describe()));
    auto back = m_service->get(m_tree["sales1"], created->id);
    QCOMPARE(back->email, email);
    QCOMPARE(back->firstName, first);
    QCOMPARE(back->lastName, last);
    QCOMPARE(back->message, message);
    InvitationQuery q;
    q.search = first;
    auto found = m_service->list(m_tree["sales1"], q);
    QCOMPARE(found->items.size(), 1);
    QCOMPARE(found->items.first().id, created->id);
    QVERIFY(countRows(QStringLiteral("users")) > 0);
}

void TestInvitationService::bulkSkipsRefusedItems()
{
    auto a = m_service->create(m_tree["sales1"],
                               request(QStringLiteral("b1@example.com"), QStringLiteral("doctor")));
    auto b = m_service->create(m_tree["sales1"],
                               request(QStringLiteral("b2@example.com"), QStringLiteral("doctor")));
    QVERIFY(m_service->cancel(m_tree["sales1"], b->id, QString()).ok());
    auto c = m_service->create(m_tree["sales2"],
                               request(QStringLiteral("b3@example.com"), QStringLiteral("doctor")));
    BulkResult r =
        m_service->cancelMany(m_tree["sales1"], {a->id, b->id, c->id, QStringLiteral("not-an-id")},
                              QStringLiteral("bulk"));
    QCOMPARE(r.items.size(), 4);
    QVERIFY(r.items[0].ok);
    QCOMPARE(r.items[1].error->code, Error::Code::Conflict);
    QCOMPARE(r.items[2].error->code, Error::Code::NotFound);
    QCOMPARE(r.items[3].error->field, QStringLiteral("id"));
    QCOMPARE(m_service->get(m_tree["sales1"], a->id)->status, InvitationStatus::Cancelled);
    QCOMPARE(m_service->get(m_tree["sales2"], c->id)->status, InvitationStatus::Pending);
    QVERIFY(AuditLog(m_db).verify()->ok);
}

QTEST_GUILESS_MAIN(TestInvitationService)
#include "test_invitation_service.moc"
