// Changing invitations through InvitationService: cancel, resend, update with a version,
// concurrent changes, the expiry sweep and bulk cancel.
#include "InvitationServiceFixture.h"

#include "core/security/TokenGenerator.h"
#include "core/storage/AuditLog.h"
#include "tests/support/LinkDelivery.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace invitedesk;
using namespace invitedesk::test;

class TestInvitationLifecycle : public InvitationServiceFixture {
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpFixture(); }
    void cancelTwiceAndResendAfterCancelRefused();
    void resendIssuesNewTokenAndKillsOld();
    void outsiderCannotCancelOrResend();
    void concurrentCancelsLeaveOneWinner();
    void staleVersionIsRefused();
    void expirySweep();
    void bulkSkipsRefusedItems();
    void resendAndUpdateNeedTheRightToInvite();
    void updateRefusesFieldOfAnotherType();
};

void TestInvitationLifecycle::cancelTwiceAndResendAfterCancelRefused()
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

void TestInvitationLifecycle::resendIssuesNewTokenAndKillsOld()
{
    auto inv = m_service->create(
        m_tree["sales1"], request(QStringLiteral("r@example.com"), QStringLiteral("doctor")));
    const QString first = test::deliverLink(m_db, inv->email);
    auto again = m_service->resend(m_tree["dist1"], inv->id);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().describe()));
    QCOMPARE(again->resendCount, 1);
    QCOMPARE(again->status, InvitationStatus::Pending);
    const QString second = test::deliverLink(m_db, inv->email);
    QVERIFY(second != first);
    // Both hashes lead to the invitation; the first link is revoked by the resend.
    InvitationRepository repo(*m_db, m_db->connection().value());
    QCOMPARE(repo.findByTokenHash(tokens::hash(first)).value()->id, inv->id);
    QCOMPARE(repo.findByTokenHash(tokens::hash(second)).value()->id, inv->id);
    QSqlQuery q(m_db->connection().value());
    q.prepare(QStringLiteral("SELECT token_hash, revoked_reason FROM invitation_links "
                             "WHERE invitation_id = ?"));
    q.addBindValue(inv->id);
    QVERIFY(q.exec());
    QHash<QByteArray, QString> links;
    while (q.next())
        links.insert(q.value(0).toByteArray(), q.value(1).toString());
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.value(tokens::hash(first)), QStringLiteral("resent"));
    QVERIFY(links.contains(tokens::hash(second)));
    QCOMPARE(links.value(tokens::hash(second)), QString());
    // The first message went out; its queued reminders went with the resend.
    q.prepare(QStringLiteral("SELECT kind, status FROM email_outbox WHERE invitation_id = ?"));
    q.addBindValue(inv->id);
    QVERIFY(q.exec());
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    rows.sort();
    QCOMPARE(rows, (QStringList{"invitation:sent", "invitation:sent", "reminder:cancelled",
                                "reminder:cancelled", "reminder:queued", "reminder:queued"}));
}

void TestInvitationLifecycle::outsiderCannotCancelOrResend()
{
    auto inv = m_service->create(
        m_tree["sales1"], request(QStringLiteral("o@example.com"), QStringLiteral("doctor")));
    QCOMPARE(m_service->cancel(m_tree["dist2"], inv->id, QString()).error().code,
             Error::Code::NotFound);
    QCOMPARE(m_service->resend(m_tree["sales2"], inv->id).error().code, Error::Code::NotFound);
    QCOMPARE(m_service->get(m_tree["sales1"], inv->id)->status, InvitationStatus::Pending);
    QCOMPARE(m_service->get(m_tree["sales1"], inv->id)->version, 1);
}

void TestInvitationLifecycle::concurrentCancelsLeaveOneWinner()
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

void TestInvitationLifecycle::staleVersionIsRefused()
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

void TestInvitationLifecycle::expirySweep()
{
    ServiceConfig past;
    const QDateTime tenDaysAgo = QDateTime::currentDateTimeUtc().addDays(-10);
    past.clock = [tenDaysAgo] { return tenDaysAgo; };
    InvitationService old(m_db, past);
    auto inv = old.create(m_tree["sales1"],
                          request(QStringLiteral("late@example.com"), QStringLiteral("doctor")));
    // The sweep is the system's and runs once: nothing is left for a second one.
    auto n = m_service->expireDue();
    QVERIFY(n.ok());
    QCOMPARE(n.value(), 1);
    QCOMPARE(m_service->expireDue().value(), 0);
    auto fresh = m_service->create(
        m_tree["sales1"], request(QStringLiteral("fresh@example.com"), QStringLiteral("doctor")));
    QCOMPARE(m_service->get(m_tree["sales1"], inv->id)->status, InvitationStatus::Expired);
    QCOMPARE(m_service->get(m_tree["sales1"], fresh->id)->status, InvitationStatus::Pending);
    auto events = AuditLog(m_db).forInvitation(inv->id);
    QCOMPARE(events->last().action, QStringLiteral("invitation.expired"));
    // An expired invitation can be resent, and then it is open again.
    auto resent = m_service->resend(m_tree["sales1"], inv->id);
    QVERIFY(resent.ok());
    QVERIFY(resent->expiresAt > QDateTime::currentDateTimeUtc());
}

void TestInvitationLifecycle::bulkSkipsRefusedItems()
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

void TestInvitationLifecycle::resendAndUpdateNeedTheRightToInvite()
{
    // doctor1 invites an office admin; sales1 sees it (doctor1 is in its downline) but may
    // not invite an office admin, so it may neither resend nor edit it.
    auto inv = m_service->create(m_tree["doctor1"], request(QStringLiteral("oa@example.com"),
                                                            QStringLiteral("office_admin")));
    QVERIFY2(inv.ok(), inv.ok() ? "" : qPrintable(inv.error().describe()));
    QVERIFY(m_service->get(m_tree["sales1"], inv->id).ok());
    auto create = m_service->create(m_tree["sales1"], request(QStringLiteral("oa2@example.com"),
                                                              QStringLiteral("office_admin")));
    QVERIFY(!create.ok());

    const qint64 outbox = countRows(QStringLiteral("email_outbox"));
    const qint64 audit = countRows(QStringLiteral("audit_events"));
    auto resent = m_service->resend(m_tree["sales1"], inv->id);
    QVERIFY(!resent.ok());
    QCOMPARE(resent.error().code, create.error().code);
    QCOMPARE(resent.error().code, Error::Code::NotPermitted);
    QCOMPARE(resent.error().message, create.error().message);
    QCOMPARE(resent.error().field, create.error().field);

    BulkResult bulk = m_service->resendMany(m_tree["sales1"], {inv->id});
    QVERIFY(!bulk.items.first().ok);
    QCOMPARE(bulk.items.first().error->message, create.error().message);

    InvitationUpdate change;
    change.message = QStringLiteral("sent from elsewhere");
    change.expectedVersion = inv->version;
    auto updated = m_service->update(m_tree["sales1"], inv->id, change);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, Error::Code::NotPermitted);
    QCOMPARE(updated.error().message, create.error().message);

    QCOMPARE(countRows(QStringLiteral("email_outbox")), outbox);
    QCOMPARE(countRows(QStringLiteral("audit_events")), audit);
    auto after = m_service->get(m_tree["doctor1"], inv->id);
    QCOMPARE(after->version, inv->version);
    QCOMPARE(after->resendCount, 0);
    QVERIFY(after->message.isEmpty());

    // Those who may invite it still may: the doctor (its inviter) and an admin.
    QVERIFY(m_service->update(m_tree["doctor1"], inv->id, change).ok());
    auto byAdmin = m_service->resend(m_tree["admin"], inv->id);
    QVERIFY2(byAdmin.ok(), byAdmin.ok() ? "" : qPrintable(byAdmin.error().describe()));
    // A distributor resends a doctor invitation whose upline is its sales rep (a named upline
    // it could have chosen), as before.
    auto doctor = m_service->create(
        m_tree["sales1"], request(QStringLiteral("dd@example.com"), QStringLiteral("doctor")));
    QVERIFY(m_service->resend(m_tree["master"], doctor->id).ok());
}

void TestInvitationLifecycle::updateRefusesFieldOfAnotherType()
{
    auto inv = m_service->create(
        m_tree["sales1"], request(QStringLiteral("typed@example.com"), QStringLiteral("doctor")));
    QVERIFY(inv.ok());
    const qint64 audit = countRows(QStringLiteral("audit_events"));
    InvitationUpdate change;
    InvitationDetails details;
    details.practiceName = QStringLiteral("Clinic");
    details.territory = QStringLiteral("North"); // a doctor has no territory
    change.details = details;
    auto r = m_service->update(m_tree["sales1"], inv->id, change);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(r.error().field, QStringLiteral("territory"));
    QVERIFY2(r.error().message.contains(QStringLiteral("territory")),
             qPrintable(r.error().message));
    QCOMPARE(countRows(QStringLiteral("audit_events")), audit);
    auto after = m_service->get(m_tree["sales1"], inv->id);
    QCOMPARE(after->version, inv->version);
    QVERIFY(after->details.isEmpty());

    details.territory.clear();
    change.details = details;
    auto ok = m_service->update(m_tree["sales1"], inv->id, change);
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().describe()));
    QCOMPARE(ok->details.practiceName, QStringLiteral("Clinic"));
}

QTEST_GUILESS_MAIN(TestInvitationLifecycle)
#include "test_invitation_lifecycle.moc"
