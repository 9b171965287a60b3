// "Needs attention" (issue 18, item 12) as core selects it: InvitationQuery::needsAttention
// through InvitationService::list/count/listCounted, so the downline's visibility applies. Bounced
// e-mails, open invitations expiring within 48 hours, and invitations that expired without
// ever being delivered; each row's reason from AttentionRules. One injected clock.
#include "InvitationServiceFixture.h"

#include "core/domain/AttentionRules.h"
#include "tests/support/ServerTimeProbe.h"

#include <QSqlError>
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
        QVERIFY(add("bounced-swept", s1, "expired", "failed", kNow.addDays(-4)));
        // Fine as they are:
        QVERIFY(add("fresh", s1, "sent", "sent", kNow.addDays(6)));
        QVERIFY(add("just-outside", s1, "sent", "sent", kNow.addSecs(48 * 3600 + 60)));
        QVERIFY(add("accepted", s1, "accepted", "sent", kNow.addSecs(5 * 3600)));
        QVERIFY(add("cancelled", s1, "cancelled", "cancelled", kNow.addSecs(5 * 3600)));
        QVERIFY(add("expired-delivered", s1, "sent", "sent", kNow.addDays(-1)));
        QVERIFY(add("expired-delivered-swept", s1, "expired", "sent", kNow.addDays(-6)));
        // Another branch: sales1 does not see it; the administrator does.
        QVERIFY(add("other-branch", QStringLiteral("sales2"), "failed", "failed", kNow.addDays(5)));
    }

    void selectsTheThreeKinds_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("expected");
        const QStringList mine{
            "bounced",         "bounced-expired", "bounced-swept",        "expiring",
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
        QTest::newRow("bounced, swept") << "bounced-swept" << int(AttentionReason::Bounced);
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
        QCOMPARE(labelsOf(page->items), (QStringList{"bounced-expired", "bounced-swept",
                                                     "never-delivered", "never-delivered-swept"}));
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
        QCOMPARE(labelsOf(page->items), (QStringList{"bounced", "bounced-expired", "bounced-swept",
                                                     "expiring", "expiring-queued", "just-outside",
                                                     "never-delivered", "never-delivered-swept"}));
    }

    // The desk's order: oldest expiry first, page by page through the keyset cursor.
    void pagesOldestExpiryFirst()
    {
        InvitationService service(m_db, at(kNow));
        InvitationQuery q;
        q.needsAttention = true;
        q.sortKey = InvitationQuery::SortKey::ExpiresAt;
        q.descending = false;
        q.limit = 3;
        QStringList seen;
        for (int pages = 0; pages < 10; ++pages) {
            auto page = service.list(m_tree["sales1"], q);
            QVERIFY(page.ok());
            for (const Invitation& inv : std::as_const(page->items))
                seen << m_ids.key(inv.id);
            if (!page->hasMore)
                break;
            q.afterValue = page->nextAfterValue;
            q.afterId = page->nextAfterId;
        }
        QCOMPARE(seen, (QStringList{"never-delivered-swept", "bounced-swept", "never-delivered",
                                    "bounced-expired", "expiring-queued", "expiring", "bounced"}));
    }

    // The desk's tab: the first page with the list's size, counted only when the page does not
    // hold it all, and then only up to the bound ("10,000+"). The administrator's list holds 8.
    void countsUpToTheBound_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("fromSecondPage");
        QTest::addColumn<qint64>("atMost");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("atLeast");
        QTest::newRow("one page holds all")
            << "admin" << 10 << false << qint64(0) << qint64(8) << false;
        QTest::newRow("a page holding all beats the bound")
            << "admin" << 8 << false << qint64(3) << qint64(8) << false;
        QTest::newRow("counted exactly")
            << "admin" << 3 << false << qint64(0) << qint64(8) << false;
        QTest::newRow("counted, under the bound")
            << "admin" << 3 << false << qint64(100) << qint64(8) << false;
        QTest::newRow("counted, exactly the bound")
            << "admin" << 3 << false << qint64(8) << qint64(8) << false;
        QTest::newRow("counted, past the bound")
            << "admin" << 3 << false << qint64(7) << qint64(7) << true;
        QTest::newRow("counted, far past the bound")
            << "admin" << 3 << false << qint64(1) << qint64(1) << true;
        QTest::newRow("a later page counts the whole list")
            << "admin" << 3 << true << qint64(0) << qint64(8) << false;
        QTest::newRow("a downline's list")
            << "sales1" << 2 << false << qint64(6) << qint64(6) << true;
        QTest::newRow("a downline's list, under the bound")
            << "sales1" << 2 << false << qint64(7) << qint64(7) << false;
    }
    void countsUpToTheBound()
    {
        QFETCH(QString, who);
        QFETCH(int, pageSize);
        QFETCH(bool, fromSecondPage);
        QFETCH(qint64, atMost);
        QFETCH(qint64, total);
        QFETCH(bool, atLeast);
        InvitationService service(m_db, at(kNow));
        InvitationQuery q = AttentionRules::listQuery(pageSize);
        if (fromSecondPage) {
            auto first = service.list(m_tree[who], q);
            QVERIFY(first.ok() && first->hasMore);
            q.afterValue = first->nextAfterValue;
            q.afterId = first->nextAfterId;
        }
        auto counted = service.listCounted(m_tree[who], q, atMost);
        QVERIFY2(counted.ok(), counted.ok() ? "" : qPrintable(counted.error().describe()));
        QCOMPARE(counted->total, total);
        QCOMPARE(counted->totalIsAtLeast, atLeast);
        // The page is the list's own, whatever the count.
        auto page = service.list(m_tree[who], q);
        QVERIFY(page.ok());
        QCOMPARE(labelsOf(counted->page.items), labelsOf(page->items));
        QCOMPARE(counted->page.hasMore, page->hasMore);
    }

    void aNegativeBoundIsRefused()
    {
        InvitationService service(m_db, at(kNow));
        auto counted = service.listCounted(m_tree["admin"], AttentionRules::listQuery(3), -1);
        QVERIFY(!counted.ok());
        QCOMPARE(counted.error().code, Error::Code::InvalidInput);
        QCOMPARE(counted.error().field, QStringLiteral("count_at_most"));
    }

    // On PostgreSQL the list reads the oldest rows from user_invitations_attention_idx
    // (migration 019) instead of scanning the table: the planner proves each arm of the
    // list's condition against the index's predicate. Should the rule and the index drift
    // apart, no plan could use the index and this fails. The plan is forced away from
    // scans and sorts, so the table's size here does not decide it; the plan is the server's
    // own, of the statement the service sent (auto_explain). A downline's list reads its
    // members' rows by inviter and upline instead (InvitationVisibility::downlineRows).
    void readsTheAttentionIndex()
    {
        if (!m_db->isPostgres())
            QSKIP("a PostgreSQL index (SQLite has none for this list)");
        QSqlDatabase conn = m_db->connection().value(); // the service's, on this thread
        ServerTimeProbe probe(conn);
        QString why;
        QVERIFY2(probe.start(&why), qPrintable(why));
        QSqlQuery set(conn);
        for (const char* off : {"enable_seqscan", "enable_bitmapscan", "enable_sort"})
            QVERIFY(set.exec(QStringLiteral("SET %1 = off").arg(QLatin1String(off))));
        InvitationService service(m_db, at(kNow));
        InvitationQuery q;
        q.needsAttention = true;
        q.sortKey = InvitationQuery::SortKey::ExpiresAt;
        q.descending = false;
        probe.arm();
        auto page = service.list(m_tree["admin"], q);
        probe.disarm();
        const QString plans = probe.plans().join(QStringLiteral("\n\n"));
        // The tab's bounded count reads the same index.
        probe.arm();
        auto counted = service.listCounted(m_tree["admin"], AttentionRules::listQuery(3), 5);
        probe.disarm();
        const QStringList countPlans = probe.plans();
        for (const char* off : {"enable_seqscan", "enable_bitmapscan", "enable_sort"})
            QVERIFY(set.exec(QStringLiteral("RESET %1").arg(QLatin1String(off))));
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 8);
        QVERIFY2(plans.contains(QLatin1String("Index Scan using user_invitations_attention_idx")),
                 qPrintable(plans));
        QVERIFY(counted.ok());
        QCOMPARE(counted->total, qint64(5));
        QVERIFY(countPlans.size() >= 2); // the page, then the count
        QVERIFY2(countPlans.last().contains(QLatin1String("Aggregate")) &&
                     countPlans.last().contains(QLatin1String("user_invitations_attention_idx")),
                 qPrintable(countPlans.last()));
    }
};

QTEST_GUILESS_MAIN(TestAttentionQuery)
#include "test_attention_query.moc"
