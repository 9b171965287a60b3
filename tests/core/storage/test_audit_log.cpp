#include "core/domain/AuditPersonalData.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
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
    void tamperedDetailsAreDetected_data();
    void tamperedDetailsAreDetected();
    void detailsOfEveryKindVerify();
    void chainsOfManyPagesVerify();
    void rolledBackEventsLeaveNoTrace();
    void hashIsTheCanonicalRowsSha256();
    void personalValuesAreKeptOutsideTheHash();
    void personalDataIsErasedNeverChanged();

private:
    void appendEvents(int n);
    void appendDetails(const QList<QJsonObject>& details);
    void disableAppendOnlyGuard(QSqlQuery& q);
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

void TestAuditLog::appendDetails(const QList<QJsonObject>& details)
{
    QList<AuditEvent> events;
    for (const QJsonObject& d : details) {
        AuditEvent e;
        e.occurredAt = QDateTime::currentDateTimeUtc();
        e.action = QStringLiteral("test.event");
        e.details = d;
        events.append(e);
    }
    Transaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    QVERIFY(AuditLog::appendMany(tx, events).ok());
    QVERIFY(tx.commit().ok());
}

// Bypasses the append-only guard as only an attacker with the owner's rights could.
void TestAuditLog::disableAppendOnlyGuard(QSqlQuery& q)
{
    if (m_db->isPostgres()) {
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER")));
    } else {
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete")));
    }
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
    disableAppendOnlyGuard(q);
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    auto report = AuditLog(m_db).verify();
    QVERIFY(report.ok());
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBrokenSeq, brokenSeq);
    QVERIFY(!report->problem.isEmpty());
}

// Issue 11, finding 6: the hash covers exactly what is stored. Details that are not a JSON
// object, or an object spelt differently from the text that was hashed (the same value to
// a JSON parser that reads numbers as doubles), break the chain at that event. SQLite keeps
// the hashed text, so there any other text fails; PostgreSQL's jsonb keeps a value, which
// must be exactly the hashed text's.
void TestAuditLog::tamperedDetailsAreDetected_data()
{
    QTest::addColumn<QString>("details");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<bool>("sqliteOnly");
    // Events 1..4 hold {"i":1}, {}, {"n":1,"text":"x"}, {}.
    QTest::newRow("array for {}") << "[]" << qint64(2) << false;
    QTest::newRow("array with content") << "[\"forged\",1]" << qint64(4) << false;
    QTest::newRow("string for {}") << "\"forged\"" << qint64(2) << false;
    QTest::newRow("number for {}") << "7" << qint64(4) << false;
    QTest::newRow("1.0 for 1") << "{\"n\":1.0,\"text\":\"x\"}" << qint64(3) << false;
    QTest::newRow("digits a double cannot hold")
        << "{\"n\":1.00000000000000000001,\"text\":\"x\"}" << qint64(3) << false;
    QTest::newRow("other content") << "{\"n\":2,\"text\":\"x\"}" << qint64(3) << false;
    // jsonb forgets spacing and repeated keys, so these are the stored value on PostgreSQL.
    QTest::newRow("re-spaced") << "{ \"n\": 1, \"text\": \"x\" }" << qint64(3) << true;
    QTest::newRow("1e0 for 1") << "{\"i\":1e0}" << qint64(1) << true;
    QTest::newRow("repeated key") << "{\"n\":1,\"n\":1,\"text\":\"x\"}" << qint64(3) << true;
    QTest::newRow("not JSON") << "forged" << qint64(2) << true;
}

void TestAuditLog::tamperedDetailsAreDetected()
{
    QFETCH(QString, details);
    QFETCH(qint64, seq);
    QFETCH(bool, sqliteOnly);
    if (sqliteOnly && m_db->isPostgres())
        QSKIP("PostgreSQL's jsonb cannot hold this text");
    appendDetails(
        {QJsonObject{{QStringLiteral("i"), 1}}, QJsonObject{},
         QJsonObject{{QStringLiteral("n"), 1}, {QStringLiteral("text"), QStringLiteral("x")}},
         QJsonObject{}});
    QVERIFY(AuditLog(m_db).verify()->ok);
    QSqlQuery q(m_db->connection().value());
    disableAppendOnlyGuard(q);
    if (!m_db->isPostgres()) // the table's json_valid() check is the owner's to switch off
        QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    QVERIFY(q.prepare(m_db->isPostgres()
                          ? QStringLiteral("UPDATE audit_events SET details = CAST(? AS jsonb) "
                                           "WHERE seq = ?")
                          : QStringLiteral("UPDATE audit_events SET details = ? WHERE seq = ?")));
    q.addBindValue(details);
    q.addBindValue(seq);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);

    auto report = AuditLog(m_db).verify();
    QVERIFY(report.ok());
    QVERIFY2(!report->ok, "verify passed a changed event");
    QCOMPARE(report->firstBrokenSeq, seq);
    QCOMPARE(report->checked, seq);
    QVERIFY2(report->problem.startsWith(QStringLiteral("event %1 ").arg(seq)),
             qPrintable(report->problem));
}

// No false alarm: details of every JSON kind, as the writers store them, verify on both
// backends (PostgreSQL re-orders keys, re-spaces and re-spells numbers in jsonb).
void TestAuditLog::detailsOfEveryKindVerify()
{
    const QJsonObject nested{{QStringLiteral("b"), QJsonArray{1, QStringLiteral("two"), 3.5}},
                             {QStringLiteral("aa"), QJsonObject{}},
                             {QStringLiteral("a"), QJsonValue::Null}};
    appendDetails({
        QJsonObject{},
        QJsonObject{{QStringLiteral("nested"), nested}},
        QJsonObject{{QStringLiteral("tenth"), 0.1},
                    {QStringLiteral("big"), 1e20},
                    {QStringLiteral("small"), 1.5e-7},
                    {QStringLiteral("negative"), -3},
                    {QStringLiteral("2^53"), qint64(1) << 53},
                    {QStringLiteral("int64"), qint64(1234567890123456789)},
                    {QStringLiteral("third"), 1.0 / 3.0}},
        QJsonObject{{QStringLiteral("text"), QStringLiteral("José \"x\" \\ \n\t\x01 ✓ 😀")},
                    {QStringLiteral("empty"), QString()},
                    {QStringLiteral("yes"), true},
                    {QStringLiteral("no"), false},
                    {QStringLiteral("Ünïcode kéy"), QStringLiteral("</script>")}},
        QJsonObject{{QStringLiteral("list"), QJsonArray{QJsonObject{{QStringLiteral("k"), 1}},
                                                        QJsonArray{}, QJsonValue::Null}}},
    });
    auto report = AuditLog(m_db).verify();
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(report->problem));
    QCOMPARE(report->checked, 5);
}

// verify() reads the chain a page at a time; a change past the first page is found at its
// own event.
void TestAuditLog::chainsOfManyPagesVerify()
{
    QList<QJsonObject> details;
    for (int i = 0; i < 2500; ++i)
        details.append(QJsonObject{{QStringLiteral("i"), i}});
    appendDetails(details);
    auto report = AuditLog(m_db).verify();
    QVERIFY2(report->ok, qPrintable(report->problem));
    QCOMPARE(report->checked, 2500);

    QSqlQuery q(m_db->connection().value());
    disableAppendOnlyGuard(q);
    // Event 2222 holds {"i":2221}; 2221.0 is the same number to a parser of doubles.
    QVERIFY2(q.exec(QStringLiteral("UPDATE audit_events SET details = '{\"i\":2221.0}' "
                                   "WHERE seq = 2222")),
             qPrintable(q.lastError().text()));
    report = AuditLog(m_db).verify();
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBrokenSeq, 2222);
    QCOMPARE(report->checked, 2222);
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

// Issue 15, item 2: the personal values of an event (audit_personal_data: e-mail addresses,
// names, reasons, ...) are stored beside it in audit_personal, outside the hash; a reader gets
// them back in details, as the writer gave them. Many events in one call span several
// multi-row chunks.
void TestAuditLog::personalValuesAreKeptOutsideTheHash()
{
    QList<QJsonObject> written;
    for (int i = 0; i < 45; ++i) {
        QJsonObject d{{QStringLiteral("i"), i}, {QStringLiteral("type"), QStringLiteral("doctor")}};
        if (i % 3 != 2)
            d.insert(QStringLiteral("email"), QStringLiteral("p%1@personal.example").arg(i));
        if (i % 5 == 0)
            d.insert(QStringLiteral("reason"),
                     QStringLiteral("Asked by P%1@Personal.example").arg(i));
        written.append(d);
    }
    appendDetails(written);

    QSqlQuery q(m_db->connection().value());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_events WHERE lower(CAST(details AS "
                                  "text)) LIKE '%personal.example%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // not in the hashed part
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_personal")));
    QVERIFY(q.next());
    // The 30 events with an e-mail, and the 3 with a reason only (i = 5, 20, 35).
    QCOMPARE(q.value(0).toInt(), 33);

    AuditFilter all;
    all.limit = 0;
    auto listed = AuditLog(m_db).list(all);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), written.size());
    for (const AuditEvent& e : listed.value()) {
        const int i = e.details.value(QStringLiteral("i")).toInt();
        QCOMPARE(e.details, written.at(i)); // as the writer gave them
        QCOMPARE(e.personal, audit_personal_data::personalPart(written.at(i)));
        QVERIFY(!e.hashedDetails().contains(QStringLiteral("email")));
        QCOMPARE(AuditLog::computeHash(e.prevHash, e), e.hash);
    }
    auto report = AuditLog(m_db).verify();
    QVERIFY2(report->ok, qPrintable(report->problem));
    QCOMPARE(report->checked, written.size());
}

// Deleting an event's personal data (the erasure) is allowed and leaves the chain intact;
// changing it is refused on both backends.
void TestAuditLog::personalDataIsErasedNeverChanged()
{
    appendDetails({QJsonObject{{QStringLiteral("email"), QStringLiteral("a@personal.example")},
                               {QStringLiteral("role"), QStringLiteral("sales")}},
                   QJsonObject{{QStringLiteral("email"), QStringLiteral("b@personal.example")}}});
    QSqlQuery q(m_db->connection().value());
    QVERIFY(
        !q.exec(QStringLiteral("UPDATE audit_personal SET data = '{\"email\":\"x@y.example\"}'")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("never changed")),
             qPrintable(q.lastError().text()));
    if (m_db->isPostgres()) {
        QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_personal")));
        QVERIFY(q.lastError().text().contains(QLatin1String("never changed")));
    }
    QVERIFY2(q.exec(QStringLiteral("DELETE FROM audit_personal WHERE seq = 1")),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);

    auto report = AuditLog(m_db).verify();
    QVERIFY2(report->ok, qPrintable(report->problem));
    QCOMPARE(report->checked, 2);
    AuditFilter all;
    auto listed = AuditLog(m_db).list(all);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(1).details,
             (QJsonObject{{QStringLiteral("role"), QStringLiteral("sales")}}));
    QVERIFY(listed->at(1).personal.isEmpty());
    QCOMPARE(listed->at(0).details.value(QStringLiteral("email")).toString(),
             QStringLiteral("b@personal.example"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"
