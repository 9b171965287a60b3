#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/services/ImportService.h"
#include "core/storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace invitedesk;
using namespace invitedesk::test;

// An import writes each chunk of valid rows while it reads and checks the next ones, and
// looks e-mails up on a second connection: what that means for the report, all or nothing,
// and a race with another desk.
class TestImportWhileValidating : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesWhileValidatingAcrossChunks_data();
    void writesWhileValidatingAcrossChunks();
    void raceForAnEmailFailsTheLaterImportWhole();

private:
    BulkFixture f;
    int m_batch = 0;
};

void TestImportWhileValidating::initTestCase()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QCOMPARE(f.setUp(db), QString());
}

// An import writes each chunk of rows (4,096 records) while it reads the next, so these files
// span three chunks: a bad row far down still leaves nothing written by default, and an
// e-mail repeated in a later chunk is reported as a repeat, as in a single pass, whether or
// not its first row was written already.
void TestImportWhileValidating::writesWhileValidatingAcrossChunks_data()
{
    QTest::addColumn<bool>("skipInvalid");
    QTest::addColumn<bool>("openBefore"); // row 2's e-mail already has an open invitation
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<QStringList>("errors"); // "row column message"
    const QString bad =
        QStringLiteral("8501 email \"not-an-email\" is not a valid e-mail address.");
    const QString repeat = QStringLiteral("6000 email same e-mail as row 2");
    QTest::newRow("bad row in the third chunk: nothing written")
        << false << false << qint64(0) << QStringList{repeat, bad};
    QTest::newRow("--skip-invalid: the other rows written")
        << true << false << qint64(8998) << QStringList{repeat, bad};
    QTest::newRow("repeat of an e-mail open before the import")
        << true << true << qint64(8997)
        << QStringList{"2 email %1 already has an open invitation in this organisation; resend "
                       "that one instead.",
                       repeat,
                       "6000 email %1 already has an open invitation in this organisation; "
                       "resend that one instead.",
                       bad};
}

void TestImportWhileValidating::writesWhileValidatingAcrossChunks()
{
    QFETCH(bool, skipInvalid);
    QFETCH(bool, openBefore);
    QFETCH(qint64, imported);
    QFETCH(QStringList, errors);
    const QString p = QStringLiteral("chunks%1-").arg(++m_batch);
    const QString first = p + "1@example.org";
    if (openBefore)
        QVERIFY(
            f.import(csvFile(kImportHeader, {first + ",A,B,doctor,,,,"}), f.admin, {})->imported ==
            1);
    QStringList lines;
    for (int row = 2; row <= 9001; ++row) {
        if (row == 6000)
            lines << first + ",Again,B,doctor,,,,";
        else if (row == 8501)
            lines << "not-an-email,A,B,doctor,,,,";
        else
            lines << p + QString::number(row - 1) + "@example.org,A,B,doctor,,,,";
    }
    const auto before = f.written();
    ImportOptions options;
    options.skipInvalid = skipInvalid;
    auto report = f.import(csvFile(kImportHeader, lines), f.admin, options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->imported, imported);
    QCOMPARE(report->invalid, openBefore ? 3 : 2); // rows 2 (when open), 6000 and 8501
    QCOMPARE(report->valid, 9000 - report->invalid);
    QStringList got;
    for (const ImportError& e : report->errors)
        got << QStringLiteral("%1 %2 %3").arg(e.row).arg(e.column, e.message);
    for (QString& e : errors)
        e = e.arg(first);
    QCOMPARE(got, errors);
    const auto after = f.written();
    QCOMPARE(after.invitations - before.invitations, imported);
    QCOMPARE(after.outbox - before.outbox, imported);
    QCOMPARE(after.audit - before.audit, imported);
    auto verify = AuditLog(f.db).verify();
    QVERIFY(verify.ok());
    QVERIFY2(verify->ok, qPrintable(verify->problem));
}

// Another desk's open invitation for an e-mail of the file, committed after the import looked
// the file's e-mails up: the import's write waits for that desk at the unique index of open
// invitations and then fails whole, naming the e-mail column; nothing of it is written.
void TestImportWhileValidating::raceForAnEmailFailsTheLaterImportWhole()
{
    if (TestDatabase::backend() != Backend::Postgres)
        QSKIP("SQLite has one writer at a time: the second desk waits for the first to end");
    const QString p = QStringLiteral("race%1-").arg(++m_batch);
    auto other = f.db->extraConnection(QStringLiteral("other-desk"));
    QVERIFY(other.ok());
    QSqlQuery q(other.value());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY2(
        q.exec(QStringLiteral(
                   "INSERT INTO user_invitations (id, email, first_name, last_name, "
                   "invitation_type, role_name, status, organization_id, invited_by_id, "
                   "expires_at, created_at, updated_at) VALUES (gen_random_uuid(), "
                   "'%1taken@example.org', 'O', 'Ther', 'doctor', 'doctor', 'pending', '%2', '%3', "
                   "now() + interval '7 days', now(), now())")
                   .arg(p, f.admin.organizationId, f.admin.id)),
        qPrintable(q.lastError().text()));
    const auto before = f.written();

    auto importing = QtConcurrent::run([&] {
        return f.import(csvFile(kImportHeader, {p + "first@example.org,A,B,doctor,,,,",
                                                p + "taken@example.org,A,B,doctor,,,,"}),
                        f.admin);
    });
    // The import's backend waits on the other desk's row lock before that desk commits.
    QSqlQuery waiting(f.db->connection().value());
    QTRY_VERIFY_WITH_TIMEOUT(
        waiting.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                    "datname = current_database() AND wait_event_type = 'Lock'")) &&
            waiting.next() && waiting.value(0).toInt() == 1,
        20000);
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    auto report = importing.result();
    f.db->closeExtraConnection(QStringLiteral("other-desk"));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Error::Code::Conflict);
    QCOMPARE(report.error().field, QStringLiteral("email"));
    const auto after = f.written();
    QCOMPARE(after.invitations - before.invitations, 1); // the other desk's only
    QCOMPARE(after.outbox, before.outbox);
    QCOMPARE(after.audit, before.audit);
}

QTEST_GUILESS_MAIN(TestImportWhileValidating)
#include "test_import_while_validating.moc"
