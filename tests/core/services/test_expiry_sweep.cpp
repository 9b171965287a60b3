// Expiry without remembering: an invitation past its expiry reads and behaves as expired
// through every service call, without any caller sweeping first. One injected clock per
// service: the invitation is created at t0, everything else runs eight days later.
#include "InvitationServiceFixture.h"

#include "core/services/ImportService.h"
#include "core/storage/AuditLog.h"

#include <QBuffer>
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
    }

    void readsApplyExpiry_data()
    {
        QTest::addColumn<QString>("call");
        QTest::newRow("get") << "get";
        QTest::newRow("list") << "list";
        QTest::newRow("count") << "count";
        QTest::newRow("statistics") << "statistics";
        QTest::newRow("checkEmail") << "checkEmail";
    }
    void readsApplyExpiry()
    {
        QFETCH(QString, call);
        InvitationService now(m_db, at(kLater));
        const User& sales = m_tree["sales1"];
        if (call == QLatin1String("get")) {
            QCOMPARE(now.get(sales, m_id)->status, InvitationStatus::Expired);
        } else if (call == QLatin1String("list")) {
            auto page = now.list(sales, {});
            QVERIFY(page.ok());
            QCOMPARE(page->items.size(), 1);
            QCOMPARE(page->items.first().status, InvitationStatus::Expired);
        } else if (call == QLatin1String("count")) {
            InvitationQuery open;
            open.statuses = {InvitationStatus::Pending, InvitationStatus::Sent};
            QCOMPARE(now.count(sales, open).value(), 0);
        } else if (call == QLatin1String("statistics")) {
            auto s = now.statistics(sales);
            QVERIFY(s.ok());
            QCOMPARE(s->byStatus.value(QStringLiteral("expired")), 1);
            QCOMPARE(s->byStatus.value(QStringLiteral("pending")), 0);
        } else {
            auto check = now.checkEmail(sales, kEmail);
            QVERIFY(check.ok());
            QVERIFY(!check->hasOpenInvitation);
        }
        // The sweep is the system's audited transition, written once.
        auto events = AuditLog(m_db).forInvitation(m_id);
        QVERIFY(events.ok());
        QCOMPARE(events->last().action, QStringLiteral("invitation.expired"));
    }

    void changesApplyExpiry_data()
    {
        QTest::addColumn<QString>("call");
        QTest::newRow("create the same e-mail") << "create";
        QTest::newRow("cancel") << "cancel";
        QTest::newRow("resend") << "resend";
        QTest::newRow("update") << "update";
        QTest::newRow("import the same e-mail") << "import";
    }
    void changesApplyExpiry()
    {
        QFETCH(QString, call);
        InvitationService now(m_db, at(kLater));
        const User& sales = m_tree["sales1"];
        if (call == QLatin1String("create")) {
            // Not a conflict: the earlier invitation is no longer open.
            auto again = now.create(sales, request(kEmail, QStringLiteral("doctor")));
            QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().describe()));
        } else if (call == QLatin1String("cancel")) {
            auto r = now.cancel(sales, m_id, QStringLiteral("late"));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Code::Conflict);
        } else if (call == QLatin1String("resend")) {
            auto r = now.resend(sales, m_id);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
            QCOMPARE(r->expiresAt, kLater.addDays(7));
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
        // Whatever the call, the invitation itself reads as expired (or open again after
        // the resend), never as the open invitation it was.
        InvitationService later(m_db, at(kLater));
        const InvitationStatus status = later.get(sales, m_id)->status;
        QCOMPARE(status, call == QLatin1String("resend") ? InvitationStatus::Pending
                                                         : InvitationStatus::Expired);
        QVERIFY(AuditLog(m_db).verify()->ok);
    }

private:
    const QString kEmail = QStringLiteral("late.sweep@example.com");
    QString m_id;
};

QTEST_GUILESS_MAIN(TestExpirySweep)
#include "test_expiry_sweep.moc"
