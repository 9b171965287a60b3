// "Needs attention" (issue 18, item 12) as core selects it: InvitationQuery::needsAttention
// through InvitationService::list/count, so the downline's visibility applies. Bounced
// e-mails, open invitations expiring within 48 hours, and invitations that expired without
// ever being delivered; each row's reason from AttentionRules. One injected clock.
#include "InvitationServiceFixture.h"

#include "core/domain/AttentionRules.h"

#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QDateTime kNow(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC);

ServiceConfig at(const QDateTime& when)
{
    ServiceConfig c;
    c.clock = [when] { return when; };
    return c;
}
} // namespace

class TestAttentionQuery : public InvitationServiceFixture {
    Q_OBJECT
private:
    QHash<QString, QString> m_ids; // by label

    // An invitation of `who`, then stored as given (status, delivery status, expiry).
    bool add(const QString& label, const QString& who, const QString& status,
             const QString& delivery, const QDateTime& expiresAt)
    {
        InvitationService then(m_db, at(kNow.addDays(-20)));
        auto inv = then.create(
            m_tree[who], request(label + QStringLiteral("@example.com"), QStringLiteral("doctor")));
        if (!inv.ok())
            return false;
        QSqlQuery q(m_db->connection().value());
        // An accepted one names its account (the table's CHECK).
        q.prepare(QStringLiteral("UPDATE user_invitations SET status = ?, "
                                 "email_delivery_status = ?, expires_at = ?, accepted_user_id = ? "
                                 "WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(delivery);
        q.addBindValue(m_db->timeValue(expiresAt));
        q.addBindValue(status == QLatin1String("accepted")
                           ? QVariant(m_tree["doctor1"].id)
                           : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(inv->id);
        if (!q.exec())
            return false;
        m_ids.insert(label, inv->id);
        return true;
    }
    QStringList labelsOf(const QList<Invitation>& items) const
    {
        QStringList out;
        for (const Invitation& inv : items)
            out << m_ids.key(inv.id);
        out.sort();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        setUpFixture();
        m_ids.clear();
        const QString s1 = QStringLiteral("sales1");
        // Needs attention:
        QVERIFY(add("bounced", s1, "failed", "failed", kNow.addDays(5)));
        QVERIFY(add("bounced-expired", s1, "sent", "failed", kNow.addDays(-2)));
        QVERIFY(add("expiring", s1, "sent", "sent", kNow.addSecs(47 * 3600)));
        QVERIFY(add("expiring-queued", s1, "pending", "queued", kNow.addSecs(3600)));
        QVERIFY(add("never-delivered", s1, "pending", "queued", kNow.addDays(-3)));
        QVERIFY(add("never-delivered-swept", s1, "expired", "deferred", kNow.addDays(-9)));
        // Fine as they are:
        QVERIFY(add("fresh", s1, "sent", "sent", kNow.addDays(6)));
        QVERIFY(add("just-outside", s1, "sent", "sent", kNow.addSecs(48 * 3600 + 60)));
        QVERIFY(add("accepted", s1, "accepted", "sent", kNow.addSecs(5 * 3600)));
        QVERIFY(add("cancelled", s1, "cancelled", "cancelled", kNow.addSecs(5 * 3600)));
        QVERIFY(add("expired-delivered", s1, "sent", "sent", kNow.addDays(-1)));
        // Another branch: sales1 does not see it; the administrator does.
        QVERIFY(add("other-branch", QStringLiteral("sales2"), "failed", "failed", kNow.addDays(5)));
    }

    void selectsTheThreeKinds_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("expected");
        const QStringList mine{"bounced",         "bounced-expired", "expiring",
                               "expiring-queued", "never-delivered", "never-delivered-swept"};
        QTest::newRow("sales1: own downline") << "sales1" << mine;
        QTest::newRow("admin: everyone's") << "admin" << (QStringList(mine) << "other-branch");
        QTest::newRow("sales2: own branch") << "sales2" << QStringList{"other-branch"};
    }
    void selectsTheThreeKinds()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, expected);
        expected.sort();
        InvitationService service(m_db, at(kNow));
        InvitationQuery q;
        q.needsAttention = true;
        q.limit = 0;
        auto page = service.list(m_tree[who], q);
        QVERIFY2(page.ok(), page.ok() ? QByteArray() : page.error().describe().toUtf8());
        QCOMPARE(labelsOf(page->items), expected);
        auto count = service.count(m_tree[who], q);
        QVERIFY(count.ok());
        QCOMPARE(count.value(), qint64(expected.size()));
        // Every row the query chose has its reason from the same rule.
        for (const Invitation& inv : std::as_const(page->items))
            QVERIFY2(AttentionRules::reasonOf(inv, kNow).has_value(),
                     qPrintable(m_ids.key(inv.id)));
    }

    void eachRowHasItsReason_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("reason");
        QTest::newRow("bounced") << "bounced" << int(AttentionReason::Bounced);
        QTest::newRow("bounced, expired since")
            << "bounced-expired" << int(AttentionReason::Bounced);
        QTest::newRow("expiring") << "expiring" << int(AttentionReason::ExpiringSoon);
        QTest::newRow("expiring, still queued")
            << "expiring-queued" << int(AttentionReason::ExpiringSoon);
        QTest::newRow("never delivered")
            << "never-delivered" << int(AttentionReason::NeverDelivered);
        QTest::newRow("never delivered, swept")
            << "never-delivered-swept" << int(AttentionReason::NeverDelivered);
    }
    void eachRowHasItsReason()
    {
        QFETCH(QString, label);
        QFETCH(int, reason);
        InvitationService service(m_db, at(kNow));
        auto inv = service.get(m_tree["sales1"], m_ids.value(label));
        QVERIFY(inv.ok());
        const auto got = AttentionRules::reasonOf(inv.value(), kNow);
        QVERIFY(got.has_value());
        QCOMPARE(int(*got), reason);
    }

    void combinesWithTheOtherFilters()
    {
        InvitationService service(m_db, at(kNow));
        InvitationQuery q;
        q.needsAttention = true;
        q.search = QStringLiteral("expiring");
        q.limit = 0;
        auto page = service.list(m_tree["sales1"], q);
        QVERIFY(page.ok());
        QCOMPARE(labelsOf(page->items), (QStringList{"expiring", "expiring-queued"}));
        q.search.clear();
        q.statuses = {InvitationStatus::Expired};
        page = service.list(m_tree["sales1"], q);
        QVERIFY(page.ok());
        QCOMPARE(labelsOf(page->items),
                 (QStringList{"bounced-expired", "never-delivered", "never-delivered-swept"}));
    }

    void timeMovesTheWindow()
    {
        // A day later "fresh" is not yet within 48 hours, "just-outside" is, and the queued
        // one that expired meanwhile was never delivered.
        InvitationService service(m_db, at(kNow.addDays(1)));
        InvitationQuery q;
        q.needsAttention = true;
        q.limit = 0;
        auto page = service.list(m_tree["sales1"], q);
        QVERIFY(page.ok());
        QCOMPARE(labelsOf(page->items),
                 (QStringList{"bounced", "bounced-expired", "expiring", "expiring-queued",
                              "just-outside", "never-delivered", "never-delivered-swept"}));
    }
};

QTEST_GUILESS_MAIN(TestAttentionQuery)
#include "test_attention_query.moc"
