#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestAuditLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void appendedEventsVerify();
    void updateAndDeleteAreRefused_data();
    void updateAndDeleteAreRefused();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void rolledBackEventsLeaveNoTrace();
    void hashIsTheCanonicalRowsSha256();

private:
    void appendEvents(int n);
    DatabasePtr m_db;
};

void TestAuditLog::init()
{
    INVITEDESK_REQUIRE_DB(m_db);
}

void TestAuditLog::appendEvents(int n)
{
    Transaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < n; ++i) {
        QVERIFY(
            AuditLog::append(tx, QString(), QStringLiteral("test.event"), QString(),
                             QJsonObject{{QStringLiteral("i"), i},
                                         {QStringLiteral("text"), QStringLiteral("José \"x\"")}},
                             QDateTime::currentDateTimeUtc())
                .ok());
    }
    QVERIFY(tx.commit().ok());
}

void TestAuditLog::appendedEventsVerify()
{
    appendEvents(5);
    appendEvents(3);
    AuditLog log(m_db);
    auto report = log.verify();
    QVERIFY(report.ok());
    QVERIFY(report->ok);
    QCOMPARE(report->checked, 8);
    auto list = log.list({});
    QCOMPARE(list->size(), 8);
    QCOMPARE(list->first().details.value(QStringLiteral("text")).toString(),
             QStringLiteral("José \"x\""));
}

void TestAuditLog::updateAndDeleteAreRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update") << "UPDATE audit_events SET action = 'forged'";
    QTest::newRow("delete") << "DELETE FROM audit_events";
}

void TestAuditLog::updateAndDeleteAreRefused()
{
    QFETCH(QString, sql);
    appendEvents(2);
    QSqlQuery q(m_db->connection().value());
    QVERIFY(!q.exec(sql));
    QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(AuditLog(m_db).verify()->ok);
}

void TestAuditLog::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::newRow("changed action")
        << "UPDATE audit_events SET action = 'forged' WHERE seq = 3" << qint64(3);
    QTest::newRow("changed details")
        << "UPDATE audit_events SET details = '{\"i\":99}' WHERE seq = 2" << qint64(2);
    QTest::newRow("removed event") << "DELETE FROM audit_events WHERE seq = 2" << qint64(3);
}

void TestAuditLog::tamperingIsDetected()
{
    QFETCH(QString, sql);
    QFETCH(qint64, brokenSeq);
    appendEvents(4);
    QSqlQuery q(m_db->connection().value());
    // Bypass the append-only guard as only an attacker with the owner's rights could.
    if (m_db->isPostgres()) {
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER")));
    } else {
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete")));
    }
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    auto report = AuditLog(m_db).verify();
    QVERIFY(report.ok());
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBrokenSeq, brokenSeq);
    QVERIFY(!report->problem.isEmpty());
}

void TestAuditLog::rolledBackEventsLeaveNoTrace()
{
    appendEvents(1);
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin().ok());
        QVERIFY(AuditLog::append(tx, {}, QStringLiteral("rolled.back"), {}, {},
                                 QDateTime::currentDateTimeUtc())
                    .ok());
        // no commit: the destructor rolls back
    }
    appendEvents(1);
    auto report = AuditLog(m_db).verify();
    QVERIFY(report->ok);
    QCOMPARE(report->checked, 2);
}

// The chain's hash is pinned: SHA-256 over the previous hash and the UTF-8 of the row's
// fields joined by 0x1f (time in UTC with milliseconds, actor, action, invitation, compact
// JSON details with sorted keys). Chains written by earlier versions verify with this one.
void TestAuditLog::hashIsTheCanonicalRowsSha256()
{
    AuditEvent e;
    e.occurredAt =
        QDateTime::fromString(QStringLiteral("2026-11-25T14:00:00.123Z"), Qt::ISODateWithMs);
    e.actorUserId = QStringLiteral("0193a1b2-0000-7000-8000-000000000001");
    e.action = QStringLiteral("invitation.created");
    e.invitationId = QStringLiteral("0193a1b2-0000-7000-8000-000000000002");
    e.details = QJsonObject{{QStringLiteral("type"), QStringLiteral("doctor")},
                            {QStringLiteral("email"), QStringLiteral("josé.müller@example.org")},
                            {QStringLiteral("row"), 151}};
    const QByteArray prev(32, '\x07');
    const QByteArray row = QStringLiteral("2026-11-25T14:00:00.123Z\x1f"
                                          "0193a1b2-0000-7000-8000-000000000001\x1f"
                                          "invitation.created\x1f"
                                          "0193a1b2-0000-7000-8000-000000000002\x1f"
                                          "{\"email\":\"josé.müller@example.org\",\"row\":151,"
                                          "\"type\":\"doctor\"}")
                               .toUtf8();
    const QByteArray expected = QCryptographicHash::hash(prev + row, QCryptographicHash::Sha256);
    QCOMPARE(AuditLog::computeHash(prev, e), expected);
    // The bulk writers' form, from the parts they already have.
    QCOMPARE(AuditLog::computeHash(prev, AuditLog::occurredAtText(e.occurredAt), e,
                                   AuditLog::detailsJson(e.details)),
             expected);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"
