// A resend never shortens an invitation's life (issue 18, item 4): its new expiry is the
// resend's time plus the invitation's own validity period (the days it was created with), and
// never earlier than the expiry it had. resendPreview() (the desk's confirmation) predicts
// exactly what the resend then does, and says when the last send was under an hour ago or the
// address bounced. One injected clock: nothing here reads the real one.
#include "InvitationServiceFixture.h"

#include "core/domain/ResendPolicy.h"
#include "core/storage/AuditLog.h"

#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QDateTime kCreated(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

ServiceConfig at(const QDateTime& when)
{
    ServiceConfig c;
    c.clock = [when] { return when; };
    return c;
}
} // namespace

class TestResendExpiry : public InvitationServiceFixture {
    Q_OBJECT
private:
    bool exec(const QString& sql, const QVariantList& binds)
    {
        QSqlQuery q(m_db->connection().value());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }
    bool setOrganizationDays(int days)
    {
        return exec(QStringLiteral("UPDATE organizations SET expiry_days = ?"), {days});
    }
    QString create(int expiresDays)
    {
        InvitationService then(m_db, at(kCreated));
        NewInvitation in = request(QStringLiteral("pat.doe@example.com"), QStringLiteral("doctor"));
        if (expiresDays > 0)
            in.expiresDays = expiresDays;
        auto inv = then.create(m_tree["sales1"], in);
        if (!inv) {
            qWarning() << inv.error().describe();
            return {};
        }
        return inv->id;
    }

private Q_SLOTS:
    void init() { setUpFixture(); }

    void resendNeverShortens_data()
    {
        QTest::addColumn<int>("orgDaysAtCreation");
        QTest::addColumn<int>("expiresDays");     // at creation; 0 = the organisation's
        QTest::addColumn<int>("editedToDays");    // update(expiresDays) at creation; 0 = none
        QTest::addColumn<bool>("unrecorded");     // validity_days NULL, as before migration 012
        QTest::addColumn<int>("orgDaysAtResend"); // the organisation's default by then
        QTest::addColumn<int>("resendAfterHours");
        QTest::addColumn<int>("validity");      // what the invitation says it is
        QTest::addColumn<int>("expectedHours"); // the new expiry, hours after creation

        QTest::newRow("organisation default: extends")
            << 7 << 0 << 0 << false << 7 << 72 << 7 << 72 + 7 * 24;
        QTest::newRow("12 days at creation, 6 left: 12 again, not the default 7")
            << 7 << 12 << 0 << false << 7 << 6 * 24 << 12 << 6 * 24 + 12 * 24;
        QTest::newRow("the old expiry is later: kept")
            << 7 << 0 << 30 << false << 7 << 24 << 7 << 30 * 24;
        QTest::newRow("expired: its own period again")
            << 7 << 12 << 0 << false << 7 << 13 * 24 << 12 << 13 * 24 + 12 * 24;
        QTest::newRow("default changed since: its own period still")
            << 7 << 5 << 0 << false << 20 << 24 << 5 << 24 + 5 * 24;
        QTest::newRow("unrecorded: the default, if it extends")
            << 7 << 12 << 0 << true << 20 << 6 * 24 << 0 << 6 * 24 + 20 * 24;
        QTest::newRow("unrecorded: the old expiry, if later")
            << 7 << 12 << 0 << true << 3 << 6 * 24 << 0 << 12 * 24;
    }
    void resendNeverShortens()
    {
        QFETCH(int, orgDaysAtCreation);
        QFETCH(int, expiresDays);
        QFETCH(int, editedToDays);
        QFETCH(bool, unrecorded);
        QFETCH(int, orgDaysAtResend);
        QFETCH(int, resendAfterHours);
        QFETCH(int, validity);
        QFETCH(int, expectedHours);

        QVERIFY(setOrganizationDays(orgDaysAtCreation));
        const QString id = create(expiresDays);
        QVERIFY(!id.isEmpty());
        const User& sales = m_tree["sales1"];
        if (editedToDays > 0) {
            InvitationUpdate change;
            change.expiresDays = editedToDays;
            QVERIFY(InvitationService(m_db, at(kCreated)).update(sales, id, change).ok());
        }
        if (unrecorded)
            QVERIFY(exec(QStringLiteral("UPDATE user_invitations SET validity_days = NULL"), {}));
        QVERIFY(setOrganizationDays(orgDaysAtResend));

        const QDateTime when = kCreated.addSecs(qint64(resendAfterHours) * 3600);
        InvitationService service(m_db, at(when));
        auto before = service.get(sales, id);
        QVERIFY(before.ok());
        QCOMPARE(before->validityDays, validity);
        const QDateTime expected = kCreated.addSecs(qint64(expectedHours) * 3600);

        auto preview = service.resendPreview(sales, {id});
        QVERIFY(preview.ok());
        QCOMPARE(preview->count(), 1);
        QCOMPARE(preview->skipped, 0);
        QCOMPARE(preview->items.first().newExpiry, expected);
        QCOMPARE(preview->items.first().currentExpiry, before->expiresAt);

        auto resent = service.resend(sales, id);
        QVERIFY2(resent.ok(), resent.ok() ? QByteArray() : resent.error().describe().toUtf8());
        QCOMPARE(resent->expiresAt, expected);
        auto after = service.get(sales, id);
        QCOMPARE(after->expiresAt, expected);
        QCOMPARE(after->status, InvitationStatus::Pending);
        QVERIFY(after->expiresAt >= before->expiresAt);
        QCOMPARE(after->validityDays, validity); // a resend does not change the period

        // What the audit says matches.
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("SELECT details FROM audit_events WHERE action = ? "
                                 "AND invitation_id = ?"));
        q.addBindValue(QStringLiteral("invitation.resent"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString().contains(expected.toString(Qt::ISODateWithMs)));
    }

    void previewTellsRecentSendsAndBounces_data()
    {
        QTest::addColumn<int>("lastSentMinutesAgo"); // -1 = never sent
        QTest::addColumn<bool>("bounced");
        QTest::addColumn<bool>("recent");
        QTest::newRow("never sent") << -1 << false << false;
        QTest::newRow("sent 5 minutes ago") << 5 << false << true;
        QTest::newRow("sent 59 minutes ago") << 59 << false << true;
        QTest::newRow("sent an hour ago") << 60 << false << false;
        QTest::newRow("sent yesterday") << 24 * 60 << false << false;
        QTest::newRow("bounced 2 hours ago") << 120 << true << false;
    }
    void previewTellsRecentSendsAndBounces()
    {
        QFETCH(int, lastSentMinutesAgo);
        QFETCH(bool, bounced);
        QFETCH(bool, recent);
        QVERIFY(setOrganizationDays(7));
        const QString id = create(0);
        QVERIFY(!id.isEmpty());
        const QDateTime now = kCreated.addDays(2);
        if (lastSentMinutesAgo >= 0) {
            const QVariant sent = m_db->timeValue(now.addSecs(-60 * lastSentMinutesAgo));
            QVERIFY(exec(QStringLiteral("UPDATE user_invitations SET status = ?, sent_at = ?, "
                                        "last_sent_at = ?, email_delivery_status = ?"),
                         {bounced ? QStringLiteral("failed") : QStringLiteral("sent"), sent, sent,
                          bounced ? QStringLiteral("failed") : QStringLiteral("sent")}));
        }
        InvitationService service(m_db, at(now));
        auto preview = service.resendPreview(m_tree["sales1"], {id});
        QVERIFY(preview.ok());
        QCOMPARE(preview->count(), 1);
        QCOMPARE(preview->items.first().sentRecently, recent);
        QCOMPARE(preview->items.first().bounced, bounced);
        QCOMPARE(preview->recentlySentCount(), recent ? 1 : 0);
        QCOMPARE(preview->bouncedCount(), bounced ? 1 : 0);
        // A preview changes nothing.
        QCOMPARE(service.get(m_tree["sales1"], id)->resendCount, 0);
    }

    void previewSkipsWhatCannotBeResent()
    {
        QVERIFY(setOrganizationDays(7));
        const QString id = create(0);
        InvitationService service(m_db, at(kCreated.addDays(1)));
        const User& sales = m_tree["sales1"];
        auto other = service.create(
            sales, request(QStringLiteral("other@example.com"), QStringLiteral("doctor")));
        QVERIFY(other.ok());
        QVERIFY(service.cancel(sales, other->id, QStringLiteral("duplicate")).ok());
        // Cancelled, listed twice, not visible to dist2's other branch, not an id.
        auto preview =
            service.resendPreview(sales, {id, other->id, id, QStringLiteral("not-an-id")});
        QVERIFY(preview.ok());
        QCOMPARE(preview->count(), 1);
        QCOMPARE(preview->skipped, 2);
        auto hidden = service.resendPreview(m_tree["sales2"], {id});
        QVERIFY(hidden.ok());
        QCOMPARE(hidden->count(), 0);
        QCOMPARE(hidden->skipped, 1);
    }
};

QTEST_GUILESS_MAIN(TestResendExpiry)
#include "test_resend_expiry.moc"
