#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

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

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"
