// Issue 11, finding 7: what a hostile import file may cost. A record over the reader's caps
// (64 fields, 64 KiB) is a file error naming its row and nothing is written; the report keeps
// the first 1,000 errors and counts the rest; chunks sized by bytes still import every row.
#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/io/CsvReader.h"
#include "core/services/ImportService.h"
#include "core/services/ImportValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestImportLimits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void recordOverACapIsAFileErrorNamingItsRow_data();
    void recordOverACapIsAFileErrorNamingItsRow();
    void reportKeepsTheFirstThousandErrors_data();
    void reportKeepsTheFirstThousandErrors();
    void manyErrorsOnEveryRowAreCounted();
    void longRowsImportInChunksOfBytes();

private:
    BulkFixture f;
};

void TestImportLimits::initTestCase()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QCOMPARE(f.setUp(db), QString());
}

void TestImportLimits::recordOverACapIsAFileErrorNamingItsRow_data()
{
    QTest::addColumn<QString>("badLine");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("skipInvalid");
    const QString wide = QStringLiteral("wide@example.org,A,B,doctor,,,,") + QString(57, ',');
    const QString longLine =
        QStringLiteral("long@example.org,A,B,doctor,,,,") + QString(70000, QLatin1Char('x'));
    QTest::newRow("65 fields") << wide << "more than 64 fields" << false;
    QTest::newRow("65 fields, --skip-invalid") << wide << "more than 64 fields" << true;
    QTest::newRow("over 64 KiB") << longLine << "longer than 65536 bytes" << false;
    QTest::newRow("over 64 KiB, --skip-invalid") << longLine << "longer than 65536 bytes" << true;
}

void TestImportLimits::recordOverACapIsAFileErrorNamingItsRow()
{
    QFETCH(QString, badLine);
    QFETCH(QString, message);
    QFETCH(bool, skipInvalid);
    const auto before = f.written();
    ImportOptions options;
    options.skipInvalid = skipInvalid;
    auto report = f.import(csvFile(kImportHeader, {"cap1@example.org,A,B,doctor,,,,",
                                                   "cap2@example.org,A,B,doctor,,,,", badLine,
                                                   "cap3@example.org,A,B,doctor,,,,"}),
                           f.admin, options);
    QVERIFY(report.ok());
    QVERIFY(report->fileError);
    QVERIFY(report->refused(options));
    QCOMPARE(report->imported, 0);
    QVERIFY(!report->errors.isEmpty());
    const ImportError& e = report->errors.last();
    QCOMPARE(e.row, 4); // header = row 1
    QVERIFY2(e.message.startsWith(message), qPrintable(e.message));
    QCOMPARE(f.written(), before);
}

void TestImportLimits::reportKeepsTheFirstThousandErrors_data()
{
    QTest::addColumn<int>("badRows");
    QTest::addColumn<bool>("dryRun");
    QTest::newRow("1,000 errors: all listed") << 1000 << true;
    QTest::newRow("1,001 errors") << 1001 << true;
    QTest::newRow("6,000 errors, several chunks") << 6000 << true;
    QTest::newRow("6,000 errors, writing") << 6000 << false;
}

void TestImportLimits::reportKeepsTheFirstThousandErrors()
{
    QFETCH(int, badRows);
    QFETCH(bool, dryRun);
    QCOMPARE(ImportValidation::kErrorsKept, 1000);
    static int batch = 0;
    ++batch;
    // One error a row (the e-mail), every other row good.
    QStringList lines;
    for (int i = 0; i < badRows; ++i) {
        lines << QStringLiteral("ok%1-%2@example.org,A,B,doctor,,,,").arg(batch).arg(i)
              << QStringLiteral("bad%1-%2,A,B,doctor,,,,").arg(batch).arg(i);
    }
    const auto before = f.written();
    ImportOptions options;
    options.dryRun = dryRun;
    auto report = f.import(csvFile(kImportHeader, lines), f.admin, options);
    QVERIFY(report.ok());
    QCOMPARE(report->invalid, badRows);
    QCOMPARE(report->valid, badRows);
    QCOMPARE(report->errors.size(), std::min(badRows, 1000));
    QCOMPARE(report->moreErrors, std::max(0, badRows - 1000));
    // The first ones, in file order: the bad rows are rows 3, 5, 7, ...
    for (qsizetype k = 0; k < report->errors.size(); ++k) {
        QCOMPARE(report->errors.at(k).row, 3 + 2 * k);
        QCOMPARE(report->errors.at(k).column, QStringLiteral("email"));
    }
    const QJsonObject json = report->toJson();
    QCOMPARE(json[QStringLiteral("errors")].toArray().size(), report->errors.size());
    QCOMPARE(json[QStringLiteral("more_errors")].toInteger(), report->moreErrors);
    QCOMPARE(f.written(), before); // refused: nothing written
}

// A row with a dozen errors, on every row of one chunk: the chunk itself keeps no more than
// the report can list, and every error is still counted.
void TestImportLimits::manyErrorsOnEveryRowAreCounted()
{
    // Ten columns without a name, all filled, and a bad e-mail: 11 errors a row.
    const QString header = QStringLiteral("email,first_name,last_name,invitation_type") +
                           QString(10, QLatin1Char(','));
    QStringList lines;
    for (int i = 0; i < 500; ++i)
        lines << QStringLiteral("bad-%1,A,B,doctor,0,1,2,3,4,5,6,7,8,9").arg(i);
    ImportOptions options;
    options.dryRun = true;
    auto report = f.import(csvFile(header, lines), f.admin, options);
    QVERIFY(report.ok());
    QVERIFY(!report->fileError);
    QCOMPARE(report->invalid, 500);
    QCOMPARE(report->errors.size(), 1000);
    QCOMPARE(report->errors.size() + report->moreErrors, 500 * 11);
    QCOMPARE(report->errors.first().row, 2);
    QCOMPARE(report->errors.last().row, 2 + 1000 / 11);
}

// Rows of two kilobytes: a chunk is a megabyte of the file (about 500 rows), not 4,096 rows;
// every row is still checked and written once, in order.
void TestImportLimits::longRowsImportInChunksOfBytes()
{
    const QString header = kImportHeader + QStringLiteral(",message");
    const QString message(1990, QLatin1Char('m'));
    QStringList lines;
    for (int i = 0; i < 2000; ++i)
        lines << QStringLiteral("longrow%1@example.org,A,B,doctor,,,,,%2").arg(i).arg(message);
    const QByteArray file = csvFile(header, lines);
    QVERIFY(file.size() > 3 * 1024 * 1024);
    const auto before = f.written();
    auto report = f.import(file, f.admin, {});
    QVERIFY(report.ok());
    QVERIFY2(report->errors.isEmpty(), qPrintable(report->errors.value(0).message));
    QCOMPARE(report->imported, 2000);
    QCOMPARE(report->importedIds.size(), 2000);
    QCOMPARE(f.written().invitations, before.invitations + 2000);
}

QTEST_GUILESS_MAIN(TestImportLimits)
#include "test_import_limits.moc"
