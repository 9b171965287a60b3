#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/services/ImportService.h"
#include "core/services/InvitationService.h"
#include "core/storage/AuditLog.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

using Method = InvitationBulkWriter::Method;
Q_DECLARE_METATYPE(Method)

class TestImportService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultIsAllOrNothing();
    void dryRunWritesNothing();
    void skipInvalidWritesValidRowsCompletely_data();
    void skipInvalidWritesValidRowsCompletely();
    void semicolonFileImports();
    void twoThousandRowsWithTwelveBadOnes_data();
    void twoThousandRowsWithTwelveBadOnes();
    void fileErrorRefusesEvenWithSkipInvalid();
    void reportJson();
    void progressIsReported();
    void cancelWritesNothing();

private:
    BulkFixture f;
    int m_batch = 0;
};

void TestImportService::initTestCase()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QCOMPARE(f.setUp(db), QString());
}

void TestImportService::defaultIsAllOrNothing()
{
    const auto before = f.written();
    auto report = f.import(csvFile(kImportHeader, {"aon1@example.org,A,B,doctor,,,,",
                                                   "aon2@example.org,A,B,doctor,,,,",
                                                   "aon3@example.org,A,,doctor,,,,"}),
                           f.admin, {});
    QVERIFY(report.ok());
    QCOMPARE(report->valid, 2);
    QCOMPARE(report->invalid, 1);
    QCOMPARE(report->imported, 0);
    QVERIFY(report->refused({}));
    QCOMPARE(report->errors.size(), 1);
    QCOMPARE(report->errors.first().row, 4);
    QCOMPARE(f.written(), before);
}

void TestImportService::dryRunWritesNothing()
{
    const auto before = f.written();
    ImportOptions dry;
    dry.dryRun = true;
    auto report =
        f.import(csvFile(kImportHeader, {"dry1@example.org,A,B,doctor,,,,"}), f.admin, dry);
    QVERIFY(report.ok());
    QCOMPARE(report->valid, 1);
    QCOMPARE(report->imported, 0);
    QVERIFY(!report->refused(dry));
    QCOMPARE(f.written(), before);
    // A dry run with an invalid row refuses (exit 1), even with --skip-invalid.
    dry.skipInvalid = true;
    auto bad =
        f.import(csvFile(kImportHeader, {"dry2@example.org,A,B,doctor,,,,", "bad,A,B,doctor,,,,"}),
                 f.admin, dry);
    QVERIFY(bad->refused(dry));
    QCOMPARE(f.written(), before);
}

void TestImportService::skipInvalidWritesValidRowsCompletely_data()
{
    QTest::addColumn<Method>("method");
    QTest::addColumn<int>("chunkRows");
    QTest::newRow("auto, one chunk") << Method::Auto << 5000;
    QTest::newRow("auto, chunks of 2") << Method::Auto << 2;
    QTest::newRow("multi-row insert, chunks of 2") << Method::MultiRowInsert << 2;
    QTest::newRow("row by row, chunks of 2") << Method::RowByRow << 2;
    QTest::newRow("copy (PostgreSQL), chunks of 2") << Method::Copy << 2;
}

void TestImportService::skipInvalidWritesValidRowsCompletely()
{
    QFETCH(Method, method);
    QFETCH(int, chunkRows);
    const QString p = QStringLiteral("skip%1-").arg(++m_batch);
    const auto before = f.written();
    ImportOptions options;
    options.skipInvalid = true;
    options.method = method;
    options.chunkRows = chunkRows;
    const QStringList lines = {
        p + "row1@example.org,\"Ana, María\",\"O'Brien "
            "\"\"Jr\"\"\",doctor,sales@acme.test,10,es,1234567893,",
        p + "row2@example.org,Bo,Berg,doctor,,,,,",
        "not-an-email,C,D,doctor,,,,,",
        p + "row3@example.org,Cy,Cruz,sales,,,,,\"Tab\tand\\backslash\"",
        p + "row4@example.org,Di,Dahl,distributor,,,,,\"Multi\r\nline\"",
        p + "row5@example.org,Ed,Eng,doctor,,,,,",
    };
    auto report = f.import(csvFile(kImportHeader + ",message", lines), f.admin, options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->valid, 5);
    QCOMPARE(report->invalid, 1);
    QCOMPARE(report->imported, 5);
    QVERIFY(!report->refused(options));
    QCOMPARE(report->importedIds.size(), 5);
    const auto after = f.written();
    QCOMPARE(after.invitations - before.invitations, 5);
    QCOMPARE(after.outbox - before.outbox, 5);
    QCOMPARE(after.audit - before.audit, 5);

    // The first row as stored.
    InvitationService service(f.db, f.config());
    auto inv = service.get(f.admin, report->importedIds.first());
    QVERIFY(inv.ok());
    QCOMPARE(inv->email, p + "row1@example.org");
    QCOMPARE(inv->firstName, QStringLiteral("Ana, María"));
    QCOMPARE(inv->lastName, QStringLiteral("O'Brien \"Jr\""));
    QCOMPARE(inv->status, InvitationStatus::Pending);
    QCOMPARE(inv->parentUserId, f.sales.id);
    QCOMPARE(inv->language, QStringLiteral("es"));
    QCOMPARE(inv->details.npi, QStringLiteral("1234567893"));
    QCOMPARE(inv->expiresAt, f.now.addDays(10));
    QCOMPARE(inv->invitedById, f.admin.id);
    QCOMPARE(service.get(f.admin, report->importedIds.at(2))->message,
             QStringLiteral("Tab\tand\\backslash"));
    QCOMPARE(service.get(f.admin, report->importedIds.at(3))->message,
             QStringLiteral("Multi\r\nline"));
    QCOMPARE(service.get(f.admin, report->importedIds.at(1))->expiresAt,
             f.now.addDays(7)); // org default

    // Its outbox row holds what rendering needs and no token; no link exists yet.
    auto conn = f.db->connection();
    QSqlQuery q(conn.value());
    q.prepare("SELECT o.language, o.public_url, o.status, o.recipient, o.subject, o.text_body "
              "FROM email_outbox o JOIN user_invitations i ON i.id = o.invitation_id "
              "WHERE i.id = ?");
    q.addBindValue(inv->id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("es"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("https://invite.acme.test"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("queued"));
    QCOMPARE(q.value(3).toString(), inv->email);
    QVERIFY(q.value(4).isNull() && q.value(5).isNull());
    q.prepare("SELECT count(*) FROM invitation_links WHERE invitation_id = ?");
    q.addBindValue(inv->id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();

    // One invitation.created event each, and the chain still verifies.
    auto events = AuditLog(f.db).forInvitation(inv->id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().action, QStringLiteral("invitation.created"));
    QCOMPARE(events->first().actorUserId, f.admin.id);
    QCOMPARE(events->first().details.value("row").toInt(), 2);
    // As a single invite records it, plus where the row came from.
    QCOMPARE(events->first().details,
             (QJsonObject{{"email", inv->email},
                          {"type", "doctor"},
                          {"parent_user_id", f.sales.id},
                          {"expires_at", f.now.addDays(10).toUTC().toString(Qt::ISODateWithMs)},
                          {"source", "import"},
                          {"row", 2}}));
    auto verify = AuditLog(f.db).verify();
    QVERIFY(verify.ok());
    QVERIFY2(verify->ok, qPrintable(verify->problem));
}

void TestImportService::semicolonFileImports()
{
    const auto before = f.written();
    const QByteArray file =
        QByteArray("\xEF\xBB\xBF") + csvFile("Email;First Name;Last Name;Invitation Type",
                                             {"semi1@example.org;\"Ana, María\";López;doctor",
                                              "semi2@example.org;Bo;Berg;sales"});
    auto report = f.import(file, f.admin, {});
    QVERIFY(report.ok());
    QCOMPARE(report->errors, QList<ImportError>());
    QCOMPARE(report->imported, 2);
    QCOMPARE(f.written().invitations - before.invitations, 2);
}

void TestImportService::twoThousandRowsWithTwelveBadOnes_data()
{
    QTest::addColumn<Method>("method");
    QTest::newRow("auto") << Method::Auto;
    QTest::newRow("multi-row insert") << Method::MultiRowInsert;
    QTest::newRow("row by row") << Method::RowByRow;
}

void TestImportService::twoThousandRowsWithTwelveBadOnes()
{
    QFETCH(Method, method);
    const QString p = QStringLiteral("k%1-").arg(++m_batch);
    // An open invitation this file will collide with.
    InvitationService service(f.db, f.config());
    NewInvitation existing;
    existing.email = p + "bad-open@example.org";
    existing.firstName = "Open";
    existing.lastName = "One";
    existing.type = "doctor";
    QVERIFY(service.create(f.distributor, existing).ok());

    // Acting as the distributor (may invite sales and doctors in its downline).
    QStringList lines;
    for (int i = 0; i < 2000; ++i)
        lines << QStringLiteral("%1%2@example.org,First%2,Last%2,%3,,,,")
                     .arg(p)
                     .arg(i)
                     .arg(i % 3 ? "doctor" : "sales");
    // Row r is lines[r - 2].
    const QHash<int, QString> bad = {
        {17, "bad-email-at-example.org,A,B,doctor,,,,"},            // e-mail shape
        {151, p + "bad-dupe@example.org,A,B,doctor,,,,"},           // first: stays valid
        {152, QStringLiteral(",A,B,doctor,,,,")},                   // e-mail missing
        {300, p + "bad300@example.org,   ,B,doctor,,,,"},           // first name blank
        {450, p + "bad450@example.org,A,B,surgeon,,,,"},            // unknown type
        {612, p + "bad612@example.org,A,B,master_distributor,,,,"}, // not permitted
        {777, p + "bad-dupe@example.org,C,D,doctor,,,,"},           // same e-mail as row 151
        {901, "doctor@acme.test,A,B,doctor,,,,"},                   // account exists
        {1024, p + "bad-open@example.org,A,B,doctor,,,,"},          // open invitation
        {1300,
         p + "bad1300@example.org,A,B,doctor,other.sales@acme.test,,,"}, // upline outside downline
        {1555, p + "bad1555@example.org,A,B,doctor,,0,,"},               // expiry out of range
        {1800, p + "bad1800@example.org,A,B,doctor,,,,1234567890"},      // NPI check digit
        {2001, p + "bad2001@example.org,A,B"},                           // ragged
    };
    for (auto it = bad.begin(); it != bad.end(); ++it)
        lines[it.key() - 2] = it.value();
    QSet<qint64> expectedRows;
    for (int row : bad.keys())
        expectedRows.insert(row);
    expectedRows.remove(151);
    QCOMPARE(expectedRows.size(), 12);
    const QByteArray file = csvFile(kImportHeader, lines);

    const auto before = f.written();
    ImportOptions options;
    options.method = method;
    auto all = f.import(file, f.distributor, options);
    QVERIFY(all.ok());
    QSet<qint64> rows;
    for (const ImportError& e : all->errors)
        rows.insert(e.row);
    QCOMPARE(rows, expectedRows);
    QCOMPARE(all->invalid, 12);
    QCOMPARE(all->valid, 1988);
    QCOMPARE(all->imported, 0);
    QCOMPARE(f.written(), before);
    bool namesFirst = false;
    for (const ImportError& e : all->errors)
        namesFirst = namesFirst ||
                     (e.row == 777 && e.column == "email" && e.message == "same e-mail as row 151");
    QVERIFY(namesFirst);

    options.skipInvalid = true;
    auto skipped = f.import(file, f.distributor, options);
    QVERIFY(skipped.ok());
    QCOMPARE(skipped->imported, 1988);
    QCOMPARE(skipped->errors, all->errors);
    const auto after = f.written();
    QCOMPARE(after.invitations - before.invitations, 1988);
    QCOMPARE(after.outbox - before.outbox, 1988);
    QCOMPARE(after.audit - before.audit, 1988);
    auto verify = AuditLog(f.db).verify();
    QVERIFY(verify.ok() && verify->ok);

    // Importing the same file again: every row is now an open invitation.
    auto again = f.import(file, f.distributor, options);
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->invalid, 2000);
}

void TestImportService::fileErrorRefusesEvenWithSkipInvalid()
{
    const auto before = f.written();
    ImportOptions options;
    options.skipInvalid = true;
    auto report =
        f.import(csvFile(kImportHeader + ",nickname", {"fe@example.org,A,B,doctor,,,,,Al"}),
                 f.admin, options);
    QVERIFY(report.ok());
    QVERIFY(report->fileError);
    QVERIFY(report->refused(options));
    QCOMPARE(report->imported, 0);
    QCOMPARE(f.written(), before);
}

void TestImportService::reportJson()
{
    ImportReport r;
    r.valid = 3;
    r.invalid = 1;
    r.imported = 0;
    r.errors = {{151, "email", "same e-mail as row 12"}};
    const QJsonObject o = r.toJson();
    QCOMPARE(o.keys(), (QStringList{"errors", "imported", "invalid", "more_errors", "valid"}));
    QCOMPARE(o["more_errors"].toInt(), 0);
    QCOMPARE(o["valid"].toInt(), 3);
    const QJsonObject e = o["errors"].toArray().first().toObject();
    QCOMPARE(e["row"].toInt(), 151);
    QCOMPARE(e["column"].toString(), QStringLiteral("email"));
    QCOMPARE(e["message"].toString(), QStringLiteral("same e-mail as row 12"));
}

void TestImportService::progressIsReported()
{
    QStringList lines;
    for (int i = 0; i < 30; ++i)
        lines << QStringLiteral("prog%1@example.org,A,B,doctor,,,,").arg(i);
    QBuffer buffer;
    buffer.setData(csvFile(kImportHeader, lines));
    buffer.open(QIODevice::ReadOnly);
    ImportService service(f.db, f.config());
    ImportOptions options;
    options.chunkRows = 10;
    QStringList phases;
    qint64 lastWritten = 0;
    auto report = service.importCsv(f.admin, &buffer, options,
                                    [&](const QString& phase, qint64 done, qint64 total) {
                                        phases << phase;
                                        if (phase == "writing") {
                                            QCOMPARE(total, 30);
                                            QVERIFY(done > lastWritten);
                                            lastWritten = done;
                                        }
                                    });
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 30);
    QVERIFY(phases.contains("validating"));
    QCOMPARE(phases.count("writing"), 3); // every 10 rows
    QCOMPARE(lastWritten, 30);
}

void TestImportService::cancelWritesNothing()
{
    QStringList lines;
    for (int i = 0; i < 600; ++i)
        lines << QStringLiteral("cancel%1@example.org,A,B,doctor,,,,").arg(i);
    const auto before = f.written();
    QBuffer buffer;
    buffer.setData(csvFile(kImportHeader, lines));
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.chunkRows = 100;
    qint64 written = 0;
    options.isCancelled = [&] { return written >= 300; };
    auto report =
        ImportService(f.db, f.config())
            .importCsv(f.admin, &buffer, options, [&](const QString& phase, qint64 done, qint64) {
                if (phase == "writing")
                    written = done;
            });
    QVERIFY(report.ok());
    QVERIFY(report->cancelled);
    QCOMPARE(report->imported, 0);
    QCOMPARE(f.written(), before);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "test_import_service.moc"
