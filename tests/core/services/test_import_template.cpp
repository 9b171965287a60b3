// The import template (issue 18, item 9): every column import reads, by its canonical name,
// and one example row that passes the check as it is; saved private to its owner (0600),
// written as export writes CSV.
#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/io/CsvReader.h"
#include "core/io/InvitationCsvColumns.h"
#include "core/io/PrivateFiles.h"
#include "core/services/ImportService.h"
#include "core/services/ImportTemplate.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestImportTemplate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void templateContent();
    void savedPrivateAndReplacesWhole();
    void exampleRowPassesTheCheck();

private:
    BulkFixture f;
    QTemporaryDir m_dir;
};

void TestImportTemplate::initTestCase()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QCOMPARE(f.setUp(db), QString());
    QVERIFY(m_dir.isValid());
}

void TestImportTemplate::templateContent()
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(ImportTemplate::write(&out).ok());
    const QByteArray data = out.data();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.endsWith("\r\n"));
    QCOMPARE(data.count("\r\n"), 2); // the header and one example row

    QBuffer in;
    in.setData(data);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in);
    auto header = reader.readHeader();
    QVERIFY(header.ok());
    QCOMPARE(header.value(),
             (QStringList{"email", "first_name", "last_name", "invitation_type", "parent_email",
                          "message", "expires_days", "language", "npi", "specialty", "territory",
                          "practice_name", "company_name"}));
    for (const QString& name : header.value())
        QVERIFY2(csv_columns::fromHeader(name), qPrintable(name));
    CsvRecord row;
    QVERIFY(reader.readRecord(row).value());
    QCOMPARE(row.fields.size(), header->size());
    QCOMPARE(row.fields.mid(0, 4), (QStringList{"jane.doe@example.com", "Jane", "Doe", "sales"}));
    QCOMPARE(row.fields.at(6), QStringLiteral("14"));
    QCOMPARE(row.fields.at(7), QStringLiteral("en"));
    QCOMPARE(row.fields.at(10), QStringLiteral("North"));
    QVERIFY(!reader.readRecord(row).value());
}

void TestImportTemplate::savedPrivateAndReplacesWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("template.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(10000, 'x'));
        old.setPermissions(old.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup);
    }
    QVERIFY(ImportTemplate::save(path).ok());
    const QFileDevice::Permissions mode = QFile(path).permissions();
    QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
    QVERIFY(!mode.testFlag(QFileDevice::ExeOwner));
    QVERIFY(!PrivateFiles::isOpenToOthers(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    QVERIFY(ImportTemplate::write(&expected).ok());
    QCOMPARE(saved.readAll(), expected.data());

    // A folder that does not exist: an error naming the file, nothing written.
    const auto refused = ImportTemplate::save(m_dir.filePath(QStringLiteral("no/such/t.csv")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("t.csv")));
}

void TestImportTemplate::exampleRowPassesTheCheck()
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(ImportTemplate::write(&out).ok());
    ImportOptions dry;
    dry.dryRun = true;
    auto report = f.import(out.data(), f.admin, dry);
    QVERIFY(report.ok());
    const bool ok = report->valid == 1 && report->invalid == 0;
    QVERIFY2(ok, ok || report->errors.isEmpty() ? QByteArray()
                                                : report->errors.first().message.toUtf8());
}

QTEST_GUILESS_MAIN(TestImportTemplate)
#include "test_import_template.moc"
