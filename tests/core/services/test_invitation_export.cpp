#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/services/ImportService.h"
#include "core/services/InvitationExporter.h"
#include "core/services/InvitationService.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

using Format = InvitationExporter::Format;

class TestInvitationExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void csvIsSpreadsheetSafe();
    void roundTripsThroughImport();
    void jsonHasEveryInvitation();
    void pagesWithoutDefaultLimit_data();
    void pagesWithoutDefaultLimit();
    void filtersAndVisibility();

private:
    static QByteArray importFile();
    struct Read {
        QStringList header;
        QList<QStringList> rows;
    };
    static Read readCsv(const QByteArray& bytes);
    QByteArray exportAll(BulkFixture& fixture, const User& actor, const InvitationQuery& query,
                         Format format, int pageSize = 1000, qint64* written = nullptr);
    BulkFixture f;
};

QByteArray TestInvitationExport::importFile()
{
    QStringList lines = {
        "ana@example.org,\"Ana, "
        "María\",López,doctor,sales@acme.test,\"=HYPERLINK(\"\"http://evil\"\")\",es,,",
        "bo@example.org,Bo,\"O'Brien \"\"Jr\"\"\",sales,,\"line 1\nline 2\",en,,North",
        "cy@example.org,+Cy,-Cruz,doctor,,@SUM(A1),,1234567893,",
        "di@example.org,Di,Dahl,distributor,,,,,",
    };
    for (int i = 0; i < 26; ++i)
        lines << QStringLiteral("bulk%1@example.org,First%1,Last%1,doctor,,,,,").arg(i);
    return csvFile(
        "email,first_name,last_name,invitation_type,parent_email,message,language,npi,territory",
        lines);
}

void TestInvitationExport::initTestCase()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QCOMPARE(f.setUp(db), QString());
    QBuffer file;
    file.setData(importFile());
    file.open(QIODevice::ReadOnly);
    auto report = ImportService(f.db, f.config()).importCsv(f.admin, &file, {});
    QVERIFY(report.ok());
    QCOMPARE(report->errors, QList<ImportError>());
    QCOMPARE(report->imported, 30);
    // One cancelled invitation, for the status filter.
    InvitationService service(f.db, f.config());
    QVERIFY(service.cancel(f.admin, report->importedIds.last(), "test").ok());
}

TestInvitationExport::Read TestInvitationExport::readCsv(const QByteArray& bytes)
{
    Read out;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    out.header = reader.readHeader().value();
    CsvRecord r;
    while (reader.readRecord(r).value()) {
        if (!r.issues.isEmpty())
            qWarning() << "issues on row" << r.row;
        out.rows << r.fields;
    }
    return out;
}

QByteArray TestInvitationExport::exportAll(BulkFixture& fixture, const User& actor,
                                           const InvitationQuery& query, Format format,
                                           int pageSize, qint64* written)
{
    InvitationService service(fixture.db, fixture.config());
    InvitationExporter exporter(service, pageSize);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto n = exporter.write(actor, query, format, &out);
    if (!n) {
        qWarning() << n.error().message;
        return {};
    }
    if (written)
        *written = n.value();
    return out.data();
}

void TestInvitationExport::csvIsSpreadsheetSafe()
{
    InvitationQuery all;
    all.limit = 0;
    const QByteArray bytes = exportAll(f, f.admin, all, Format::Csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF\"email\",\"first_name\""));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(bytes.contains("\"Ana, Mar\xC3\xAD"
                           "a\""));
    // Formula cells carry a leading apostrophe; nothing starts with = + - @ unguarded.
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
    QVERIFY(bytes.contains("\"'+Cy\",\"'-Cruz\""));
    QVERIFY(bytes.contains("\"'@SUM(A1)\""));
    const Read read = readCsv(bytes);
    QCOMPARE(read.header, InvitationExporter::csvHeader());
    QCOMPARE(read.rows.size(), 30);
    for (const QStringList& row : read.rows) {
        for (const QString& cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()),
                     qPrintable(cell));
        }
    }
}

void TestInvitationExport::roundTripsThroughImport()
{
    // Export from this database, import the file as it is into a second one with the same
    // people, export again: the import columns match cell for cell.
    InvitationQuery open;
    open.limit = 0;
    open.statuses = {InvitationStatus::Pending, InvitationStatus::Sent};
    const QByteArray first = exportAll(f, f.admin, open, Format::Csv);

    BulkFixture other;
    DatabasePtr db2;
    INVITEDESK_REQUIRE_DB(db2);
    QCOMPARE(other.setUp(db2), QString());
    QBuffer file;
    file.setData(first);
    file.open(QIODevice::ReadOnly);
    auto report = ImportService(other.db, other.config()).importCsv(other.admin, &file, {});
    QVERIFY(report.ok());
    QCOMPARE(report->errors, QList<ImportError>());
    QCOMPARE(report->imported, 29);
    const QByteArray second = exportAll(other, other.admin, open, Format::Csv);

    const int importColumns = InvitationExporter::csvHeader().indexOf("id");
    auto importPart = [&](const QByteArray& bytes) {
        QStringList rows;
        for (const QStringList& r : readCsv(bytes).rows)
            rows << r.mid(0, importColumns).join(QChar(0x1f));
        rows.sort();
        return rows;
    };
    QCOMPARE(importPart(second), importPart(first));
    QVERIFY(importPart(second).join("\n").contains(QStringLiteral("Ana, María")));

    InvitationService service(other.db, other.config());
    InvitationQuery search;
    search.search = "ana@";
    auto ana = service.list(other.admin, search);
    QCOMPARE(ana->items.size(), 1);
    QCOMPARE(ana->items.first().firstName, QStringLiteral("Ana, María"));
    QCOMPARE(ana->items.first().message, QStringLiteral("=HYPERLINK(\"http://evil\")"));
    QCOMPARE(ana->items.first().parentUserId, other.sales.id);
    QCOMPARE(ana->items.first().language, QStringLiteral("es"));
}

void TestInvitationExport::jsonHasEveryInvitation()
{
    InvitationQuery all;
    all.limit = 0;
    qint64 written = 0;
    const QByteArray bytes = exportAll(f, f.admin, all, Format::Json, 7, &written);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 30);
    QCOMPARE(written, 30);
    QSet<QString> ids;
    bool ana = false;
    for (const QJsonValue& v : doc.array()) {
        ids.insert(v["id"].toString());
        ana = ana || v["first_name"].toString() == QStringLiteral("Ana, María");
        QVERIFY(!v.toObject().contains("token"));
    }
    QCOMPARE(ids.size(), 30);
    QVERIFY(ana);
    // Nothing to export: an empty array.
    InvitationQuery none;
    none.search = "nobody-matches-this";
    QCOMPARE(QJsonDocument::fromJson(exportAll(f, f.admin, none, Format::Json)).array().size(), 0);
}

void TestInvitationExport::pagesWithoutDefaultLimit_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("one page") << 1000 << 0 << 30;
    QTest::newRow("pages of 7, same created_at") << 7 << 0 << 30;
    QTest::newRow("pages of 1") << 1 << 0 << 30;
    QTest::newRow("limit across pages") << 4 << 10 << 10;
    QTest::newRow("list's default of 100 is not a cap") << 3 << 100 << 30;
}

void TestInvitationExport::pagesWithoutDefaultLimit()
{
    QFETCH(int, pageSize);
    QFETCH(int, limit);
    QFETCH(int, expected);
    InvitationQuery q;
    q.limit = limit;
    const Read read = readCsv(exportAll(f, f.admin, q, Format::Csv, pageSize));
    QCOMPARE(read.rows.size(), expected);
    QSet<QString> ids;
    const int idColumn = read.header.indexOf("id");
    for (const QStringList& r : read.rows)
        ids.insert(r.at(idColumn));
    QCOMPARE(ids.size(), expected);
}

void TestInvitationExport::filtersAndVisibility()
{
    InvitationQuery cancelled;
    cancelled.limit = 0;
    cancelled.statuses = {InvitationStatus::Cancelled};
    Read read = readCsv(exportAll(f, f.admin, cancelled, Format::Csv));
    QCOMPARE(read.rows.size(), 1);
    QCOMPARE(read.rows.first().at(read.header.indexOf("status")), QStringLiteral("cancelled"));

    InvitationQuery sales;
    sales.limit = 0;
    sales.types = {InvitationType::Sales};
    read = readCsv(exportAll(f, f.admin, sales, Format::Csv));
    QCOMPARE(read.rows.size(), 1);
    QCOMPARE(read.rows.first().at(2), QStringLiteral("O'Brien \"Jr\""));
    QCOMPARE(read.rows.first().at(read.header.indexOf("message")),
             QStringLiteral("line 1\nline 2"));

    // The sales rep sees only Ana's invitation (its downline is her upline).
    InvitationQuery all;
    all.limit = 0;
    read = readCsv(exportAll(f, f.sales, all, Format::Csv));
    QCOMPARE(read.rows.size(), 1);
    QCOMPARE(read.rows.first().first(), QStringLiteral("ana@example.org"));
    // A doctor sees none.
    QCOMPARE(readCsv(exportAll(f, f.doctor, all, Format::Csv)).rows.size(), 0);
}

QTEST_GUILESS_MAIN(TestInvitationExport)
#include "test_invitation_export.moc"
