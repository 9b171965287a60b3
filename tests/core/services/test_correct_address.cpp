// "Correct the address and resend" (issue 18, item 3): an invitation whose e-mail bounced gets
// its right address and goes out again, in one transaction with its audit events; anything
// else is refused and changes nothing. One injected clock.
#include "InvitationServiceFixture.h"

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

class TestCorrectAddress : public InvitationServiceFixture {
    Q_OBJECT
private:
    QString m_id;

    bool bounce(const QString& status = QStringLiteral("failed"))
    {
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("UPDATE user_invitations SET status = ?, "
                                 "email_delivery_status = ?, last_email_error = ? WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(status == QLatin1String("failed") ? QStringLiteral("failed")
                                                         : QStringLiteral("sent"));
        q.addBindValue(QStringLiteral("550 5.1.1 <pat.deo@example.com>: no such user"));
        q.addBindValue(m_id);
        return q.exec();
    }
    QStringList actions()
    {
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("SELECT action FROM audit_events WHERE invitation_id = ? "
                                 "ORDER BY seq"));
        q.addBindValue(m_id);
        QStringList out;
        if (q.exec())
            while (q.next())
                out << q.value(0).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        setUpFixture();
        InvitationService then(m_db, at(kCreated));
        auto inv = then.create(m_tree["sales1"], request(QStringLiteral("pat.deo@example.com"),
                                                         QStringLiteral("doctor")));
        QVERIFY(inv.ok());
        m_id = inv->id;
    }

    void correctsAndResends()
    {
        QVERIFY(bounce());
        InvitationService service(m_db, at(kCreated.addDays(1)));
        const User& sales = m_tree["sales1"];
        auto done = service.correctAddress(sales, m_id, QStringLiteral("  Pat.Doe@Example.com "));
        QVERIFY2(done.ok(), done.ok() ? QByteArray() : done.error().describe().toUtf8());
        QCOMPARE(done->email, QStringLiteral("pat.doe@example.com"));
        QCOMPARE(done->status, InvitationStatus::Pending);
        QCOMPARE(done->resendCount, 1);
        QCOMPARE(done->emailDeliveryStatus, QStringLiteral("queued"));
        QVERIFY(done->lastEmailError.isEmpty());
        QCOMPARE(actions(), (QStringList{QStringLiteral("invitation.created"),
                                         QStringLiteral("invitation.updated"),
                                         QStringLiteral("invitation.resent")}));
        // The new mail goes to the corrected address.
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("SELECT recipient FROM email_outbox WHERE invitation_id = ? "
                                 "AND status = 'queued'"));
        q.addBindValue(m_id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("pat.doe@example.com"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("status"); // what it is when corrected; empty = as created
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("field");
        QTest::newRow("not bounced") << QString() << "pat.doe@example.com"
                                     << "status";
        QTest::newRow("sent, not bounced") << "sent"
                                           << "pat.doe@example.com"
                                           << "status";
        QTest::newRow("the same address") << "failed"
                                          << "PAT.DEO@example.com"
                                          << "email";
        QTest::newRow("not an address") << "failed"
                                        << "pat.doe@"
                                        << "email";
    }
    void refusals()
    {
        QFETCH(QString, status);
        QFETCH(QString, email);
        QFETCH(QString, field);
        if (!status.isEmpty())
            QVERIFY(bounce(status));
        InvitationService service(m_db, at(kCreated.addDays(1)));
        const User& sales = m_tree["sales1"];
        const Invitation before = service.get(sales, m_id).value();
        auto done = service.correctAddress(sales, m_id, email);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().field, field);
        const Invitation after = service.get(sales, m_id).value();
        QCOMPARE(after.email, before.email);
        QCOMPARE(after.version, before.version);
        QCOMPARE(actions(), QStringList{QStringLiteral("invitation.created")});
    }

    void outsidersCannotCorrect()
    {
        QVERIFY(bounce());
        InvitationService service(m_db, at(kCreated.addDays(1)));
        auto done =
            service.correctAddress(m_tree["sales2"], m_id, QStringLiteral("pat.doe@example.com"));
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, Error::Code::NotFound);
        QCOMPARE(actions(), QStringList{QStringLiteral("invitation.created")});
    }
};

QTEST_GUILESS_MAIN(TestCorrectAddress)
#include "test_correct_address.moc"
