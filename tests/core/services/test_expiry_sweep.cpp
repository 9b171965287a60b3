// Expiry without remembering, and without waiting: an invitation past its expiry reads as
// expired through every read (list, its status filters, count, statistics, get, checkEmail)
// before any sweep ran, and no read sweeps. The sweep then records it exactly once (status,
// one audit event, its queued mail cancelled), in bounded runs; every change first records
// the expiry of the invitations it touches. One injected clock per service: invitations are
// created at t0, everything else runs eight days later.
#include "InvitationServiceFixture.h"

#include "core/services/ImportService.h"
#include "core/storage/AuditLog.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QDateTime kCreated(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QDateTime kLater = kCreated.addDays(8); // past the default expiry of 7 days

ServiceConfig at(const QDateTime& when)
{
    ServiceConfig c;
    c.clock = [when] { return when; };
    return c;
}
} // namespace

class TestExpirySweep : public InvitationServiceFixture {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        setUpFixture();
        InvitationService then(m_db, at(kCreated));
        auto inv = then.create(m_tree["sales1"], request(kEmail, QStringLiteral("doctor")));
        QVERIFY2(inv.ok(), inv.ok() ? "" : qPrintable(inv.error().describe()));
        m_id = inv->id;
        // One that is still open eight days later, to tell the two apart.
        InvitationService recent(m_db, at(kLater.addDays(-2)));
        auto open =
            recent.create(m_tree["sales1"], request(QStringLiteral("still.open@example.com"),
                                                    QStringLiteral("doctor")));
        QVERIFY(open.ok());
        m_openId = open->id;
    }

    void readsShowExpiryWithoutSweeping_data()
    {
        QTest::addColumn<QString>("call");
        QTest::newRow("get") << "get";
        QTest::newRow("list") << "list";
        QTest::newRow("list by status") << "filter";
        QTest::newRow("list sorted by status") << "sort";
        QTest::newRow("count") << "count";
        QTest::newRow("statistics") << "statistics";
        QTest::newRow("checkEmail") << "checkEmail";
    }
    void readsShowExpiryWithoutSweeping()
    {
        QFETCH(QString, call);
        InvitationService now(m_db, at(kLater));
        const User& sales = m_tree["sales1"];
        if (call == QLatin1String("get")) {
            QCOMPARE(now.get(sales, m_id)->status, InvitationStatus::Expired);
            QCOMPARE(now.get(sales, m_openId)->status, InvitationStatus::Pending);
        } else if (call == QLatin1String("list")) {
            auto page = now.list(sales, {});
            QVERIFY(page.ok());
            QCOMPARE(page->items.size(), 2);
            for (const Invitation& inv : page->items)
                QCOMPARE(inv.status,
                         inv.id == m_id ? InvitationStatus::Expired : InvitationStatus::Pending);
        } else if (call == QLatin1String("filter")) {
            InvitationQuery expired;
            expired.statuses = {InvitationStatus::Expired};
            auto page = now.list(sales, expired);
            QVERIFY(page.ok());
            QCOMPARE(page->items.size(), 1);
            QCOMPARE(page->items.first().id, m_id);
            InvitationQuery open;
            open.statuses = {InvitationStatus::Pending, InvitationStatus::Sent};
            page = now.list(sales, open);
            QVERIFY(page.ok());
            QCOMPARE(page->items.size(), 1);
            QCOMPARE(page->items.first().id, m_openId);
            // Both at once, and the stored status of the other rows untouched by the rule.
            InvitationQuery both;
            both.statuses = {InvitationStatus::Expired, InvitationStatus::Pending};
            QCOMPARE(now.count(sales, both).value(), 2);
        } else if (call == QLatin1String("sort")) {
            // Sorted and paged by the status the rows show: "expired" before "pending".
            InvitationQuery q;
            q.sortKey = InvitationQuery::SortKey::Status;
            q.descending = false;
            q.limit = 1;
            auto first = now.list(sales, q);
            QVERIFY(first.ok());
            QCOMPARE(first->items.size(), 1);
            QCOMPARE(first->items.first().id, m_id);
            QVERIFY(first->hasMore);
            q.afterValue = first->nextAfterValue;
            q.afterId = first->nextAfterId;
            auto second = now.list(sales, q);
            QVERIFY(second.ok());
            QCOMPARE(second->items.size(), 1);
            QCOMPARE(second->items.first().id, m_openId);
        } else if (call == QLatin1String("count")) {
            InvitationQuery open;
            open.statuses = {InvitationStatus::Pending, InvitationStatus::Sent};
            QCOMPARE(now.count(sales, open).value(), 1);
            InvitationQuery expired;
            expired.statuses = {InvitationStatus::Expired};
            QCOMPARE(now.count(sales, expired).value(), 1);
        } else if (call == QLatin1String("statistics")) {
            auto s = now.statistics(sales);
            QVERIFY(s.ok());
            QCOMPARE(s->byStatus.value(QStringLiteral("expired")), 1);
            QCOMPARE(s->byStatus.value(QStringLiteral("pending")), 1);
            QCOMPARE(s->total, 2);
        } else {
            auto check = now.checkEmail(sales, kEmail);
            QVERIFY(check.ok());
            QVERIFY(!check->hasOpenInvitation);
            QVERIFY(check->openInvitationId.isEmpty());
        }
        // No read swept: nothing was recorded, the mail is still queued.
        QCOMPARE(expiryEvents(m_id), 0);
        QCOMPARE(storedStatus(m_id), QStringLiteral("pending"));
        QCOMPARE(queuedMails(m_id), 1);

        // The sweep records it once: the status, one audit event, its queued mail cancelled;
        // the invitation still open is left alone, and a second sweep finds nothing.
        auto sweep = now.sweepExpired(100);
        QVERIFY(sweep.ok());
        QCOMPARE(sweep->expired.size(), 1);
        QCOMPARE(sweep->expired.first().id, m_id);
        QCOMPARE(sweep->expired.first().status, InvitationStatus::Expired);
        QVERIFY(!sweep->more);
        QCOMPARE(storedStatus(m_id), QStringLiteral("expired"));
        QCOMPARE(expiryEvents(m_id), 1);
        QCOMPARE(queuedMails(m_id), 0);
        QCOMPARE(storedStatus(m_openId), QStringLiteral("pending"));
        QCOMPARE(now.sweepExpired(100)->expired.size(), 0);
        QCOMPARE(now.expireDue().value(), 0);
        QCOMPARE(expiryEvents(m_id), 1);
        QCOMPARE(now.get(sales, m_id)->status, InvitationStatus::Expired);
        QVERIFY(AuditLog(m_db).verify()->ok);
    }

    // A backlog is swept in bounded runs, oldest expiry first, each one saying whether more
    // is due; reads in between neither wait for it nor take part.
    void sweepIsBounded()
    {
        QList<NewInvitation> batch;
        for (int i = 0; i < 5; ++i)
            batch << request(QStringLiteral("backlog%1@example.com").arg(i),
                             QStringLiteral("doctor"));
        auto made =
            InvitationService(m_db, at(kCreated.addSecs(60))).createMany(m_tree["sales1"], batch);
        QCOMPARE(made.succeeded(), 5);
        InvitationService now(m_db, at(kLater));
        InvitationQuery expired;
        expired.statuses = {InvitationStatus::Expired};
        QCOMPARE(now.list(m_tree["sales1"], expired)->items.size(), 6);
        QCOMPARE(allExpiryEvents(), 0);
        auto first = now.sweepExpired(4);
        QVERIFY(first.ok());
        QCOMPARE(first->expired.size(), 4);
        QVERIFY(first->more);
        QCOMPARE(first->expired.first().id, m_id); // the oldest expiry
        QCOMPARE(allExpiryEvents(), 4);
        QCOMPARE(now.count(m_tree["sales1"], expired).value(), 6);
        auto second = now.sweepExpired(4);
        QCOMPARE(second->expired.size(), 2);
        QVERIFY(!second->more);
        QCOMPARE(allExpiryEvents(), 6);
        QCOMPARE(now.count(m_tree["sales1"], expired).value(), 6);
        QVERIFY(AuditLog(m_db).verify()->ok);
    }

    void changesRecordExpiryFirst_data()
    {
        QTest::addColumn<QString>("call");
        QTest::newRow("create the same e-mail") << "create";
        QTest::newRow("cancel") << "cancel";
        QTest::newRow("bulk cancel") << "cancelMany";
        QTest::newRow("resend") << "resend";
        QTest::newRow("update") << "update";
        QTest::newRow("import the same e-mail") << "import";
    }
    void changesRecordExpiryFirst()
    {
        QFETCH(QString, call);
        InvitationService now(m_db, at(kLater));
        const User& sales = m_tree["sales1"];
        if (call == QLatin1String("create")) {
            // Not a conflict: the earlier invitation is no longer open.
            auto again = now.create(sales, request(kEmail, QStringLiteral("doctor")));
            QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().describe()));
        } else if (call == QLatin1String("cancel")) {
            // As for an invitation already expired: refused, naming its status.
            auto r = now.cancel(sales, m_id, QStringLiteral("late"));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Code::Conflict);
            QVERIFY2(r.error().message.contains(QStringLiteral("expired")),
                     qPrintable(r.error().message));
        } else if (call == QLatin1String("cancelMany")) {
            BulkResult r = now.cancelMany(sales, {m_id, m_openId}, QStringLiteral("tidy"));
            QCOMPARE(r.items.size(), 2);
            QVERIFY(!r.items.at(0).ok);
            QVERIFY(r.items.at(1).ok);
            QCOMPARE(storedStatus(m_openId), QStringLiteral("cancelled"));
        } else if (call == QLatin1String("resend")) {
            auto r = now.resend(sales, m_id);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
            QCOMPARE(r->expiresAt, kLater.addDays(7));
            // Resent from expired, after the expiry was recorded.
            auto events = AuditLog(m_db).forInvitation(m_id);
            QVERIFY(events.ok());
            QCOMPARE(events->last().action, QStringLiteral("invitation.resent"));
            QCOMPARE(events->last().details.value(QStringLiteral("from")).toString(),
                     QStringLiteral("expired"));
        } else if (call == QLatin1String("update")) {
            InvitationUpdate change;
            change.message = QStringLiteral("too late");
            auto r = now.update(sales, m_id, change);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Code::Conflict);
        } else {
            QBuffer file;
            file.setData("email,first_name,last_name,invitation_type\r\n" + kEmail.toUtf8() +
                         ",Pat,Doe,doctor\r\n");
            QVERIFY(file.open(QIODevice::ReadOnly));
            ImportOptions dry;
            dry.dryRun = true;
            auto report = ImportService(m_db, at(kLater)).importCsv(sales, &file, dry);
            QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().describe()));
            QCOMPARE(report->invalid, 0);
        }
        // Whatever the call, the invitation's expiry is recorded exactly once, and it reads
        // as expired (or open again after the resend), never as the open invitation it was.
        QCOMPARE(expiryEvents(m_id), 1);
        QCOMPARE(queuedMails(m_id), call == QLatin1String("resend") ? 1 : 0);
        InvitationService later(m_db, at(kLater));
        const InvitationStatus status = later.get(sales, m_id)->status;
        QCOMPARE(status, call == QLatin1String("resend") ? InvitationStatus::Pending
                                                         : InvitationStatus::Expired);
        QVERIFY(AuditLog(m_db).verify()->ok);
    }

private:
    int expiryEvents(const QString& id)
    {
        auto events = AuditLog(m_db).forInvitation(id);
        if (!events)
            return -1;
        int n = 0;
        for (const AuditEvent& e : events.value())
            n += e.action == QLatin1String("invitation.expired") ? 1 : 0;
        return n;
    }
    qint64 allExpiryEvents()
    {
        return scalar("SELECT count(*) FROM audit_events WHERE action = ?",
                      QStringLiteral("invitation.expired"))
            .toLongLong();
    }
    QString storedStatus(const QString& id)
    {
        return scalar("SELECT status FROM user_invitations WHERE id = ?", id).toString();
    }
    int queuedMails(const QString& id)
    {
        return scalar("SELECT count(*) FROM email_outbox WHERE status = 'queued' AND "
                      "invitation_id = ?",
                      id)
            .toInt();
    }
    QVariant scalar(const char* sql, const QString& bind)
    {
        QSqlQuery q(m_db->connection().value());
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(bind);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    const QString kEmail = QStringLiteral("late.sweep@example.com");
    QString m_id;
    QString m_openId;
};

QTEST_GUILESS_MAIN(TestExpirySweep)
#include "test_expiry_sweep.moc"
