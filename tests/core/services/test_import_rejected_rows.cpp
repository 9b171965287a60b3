// "Save the rejected rows" (issue 18, item 9): the rows an import refused, in the file's own
// columns plus "error", the file's separator kept; fixed, that file imports again (the
// "error" column is ignored), and saving its rejects again rewrites the "error" column
// rather than adding a second one. Saved files are private (0600).
#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/io/CsvReader.h"
#include "core/io/PrivateFiles.h"
#include "core/services/ImportRejectedRows.h"
#include "core/services/ImportService.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
struct Csv {
    QStringList header;
    QList<QStringList> rows;
};

Csv readCsv(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Csv out;
    out.header = reader.readHeader().value();
    CsvRecord record;
    while (reader.readRecord(record).value())
        out.rows << record.fields;
    return out;
}

QByteArray rejectsOf(const QByteArray& file, const ImportReport& report)
{
    QBuffer source;
    source.setData(file);
    source.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto written = ImportRejectedRows::write(&source, report, &out);
    return written ? out.data() : QByteArray();
}
} // namespace

class TestImportRejectedRows : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void rejectedRowsCarryTheirErrors();
    void fixedRejectsImportAgain();
    void savedFileIsPrivate();

private:
    BulkFixture f;
    QTemporaryDir m_dir;
};

void TestImportRejectedRows::initTestCase()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QCOMPARE(f.setUp(db), QString());
    QVERIFY(m_dir.isValid());
}

void TestImportRejectedRows::rejectedRowsCarryTheirErrors()
{
    const QByteArray file = "email;first_name;last_name;invitation_type;message\r\n"
                            "rej-ok@example.org;Ana;Ruiz;doctor;\r\n"
                            "not-an-email;Bo;Berg;doctor;'=1+1\r\n"
                            "rej-2@example.org;Cy;;unicorn;Hola\r\n";
    ImportOptions options;
    options.skipInvalid = true;
    auto report = f.import(file, f.admin, options);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 1);
    QCOMPARE(report->rejectedRows, (QList<qint64>{3, 4}));

    const QByteArray saved = rejectsOf(file, *report);
    QVERIFY(saved.startsWith("\xEF\xBB\xBF")); // as export writes CSV
    QVERIFY(saved.contains("\";\""));          // the file's separator
    const Csv csv = readCsv(saved);
    QCOMPARE(csv.header, (QStringList{"email", "first_name", "last_name", "invitation_type",
                                      "message", "error"}));
    QCOMPARE(csv.rows.size(), 2);
    QCOMPARE(csv.rows.at(0).mid(0, 5),
             (QStringList{"not-an-email", "Bo", "Berg", "doctor", "'=1+1"}));
    QVERIFY2(csv.rows.at(0).at(5).startsWith(QStringLiteral("email: ")),
             qPrintable(csv.rows.at(0).at(5)));
    QCOMPARE(csv.rows.at(1).mid(0, 5),
             (QStringList{"rej-2@example.org", "Cy", "", "unicorn", "Hola"}));
    const QString both = csv.rows.at(1).at(5);
    QVERIFY2(both.contains(QStringLiteral("last_name: ")) &&
                 both.contains(QStringLiteral("invitation_type: ")),
             qPrintable(both));
}

void TestImportRejectedRows::fixedRejectsImportAgain()
{
    const QByteArray file = "email,first_name,last_name,invitation_type\r\n"
                            "fix-1@example.org,Ana,Ruiz,doctor\r\n"
                            "fix-2@example.org,Bo,,doctor\r\n"
                            "fix-3@example.org,Cy,Cruz,unicorn\r\n";
    ImportOptions options;
    options.skipInvalid = true;
    auto first = f.import(file, f.admin, options);
    QVERIFY(first.ok());
    QCOMPARE(first->imported, 1);
    Csv rejects = readCsv(rejectsOf(file, *first));
    QCOMPARE(rejects.rows.size(), 2);

    // Importing the rejects as they are refuses them again, with the "error" column ignored
    // (no unknown-column error); saving those rejects rewrites the one "error" column.
    const QByteArray unfixed = rejectsOf(file, *first);
    auto again = f.import(unfixed, f.admin, options);
    QVERIFY(again.ok());
    QVERIFY(!again->fileError);
    QCOMPARE(again->invalid, 2);
    const Csv twice = readCsv(rejectsOf(unfixed, *again));
    QCOMPARE(twice.header.count(QStringLiteral("error")), 1);
    QCOMPARE(twice.rows.size(), 2);

    // Fixed: every row imports, the error column still there.
    rejects.rows[0][2] = QStringLiteral("Berg");
    rejects.rows[1][3] = QStringLiteral("Representante de ventas");
    QStringList lines;
    for (const QStringList& row : std::as_const(rejects.rows)) {
        QStringList quoted;
        for (const QString& cell : row)
            quoted << QLatin1Char('"') + QString(cell).replace("\"", "\"\"") + QLatin1Char('"');
        lines << quoted.join(QLatin1Char(','));
    }
    auto fixed = f.import(csvFile(rejects.header.join(QLatin1Char(',')), lines), f.admin);
    QVERIFY(fixed.ok());
    const bool ok = fixed->imported == 2;
    QVERIFY2(ok,
             ok || fixed->errors.isEmpty() ? QByteArray() : fixed->errors.first().message.toUtf8());
    QVERIFY(fixed->rejectedRows.isEmpty());
}

void TestImportRejectedRows::savedFileIsPrivate()
{
    const QByteArray file = "email,first_name,last_name,invitation_type\r\n"
                            "priv-1@example.org,Ana,,doctor\r\n";
    const QString source = m_dir.filePath(QStringLiteral("source.csv"));
    QFile in(source);
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write(file);
    in.close();
    auto report = f.import(file, f.admin);
    QVERIFY(report.ok());
    const QString target = m_dir.filePath(QStringLiteral("rejected.csv"));
    auto written = ImportRejectedRows::save(source, *report, target);
    QVERIFY(written.ok());
    QCOMPARE(written.value(), 1);
    QVERIFY(!PrivateFiles::isOpenToOthers(target));
    QFile out(target);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(readCsv(out.readAll()).rows.size(), 1);
}

QTEST_GUILESS_MAIN(TestImportRejectedRows)
#include "test_import_rejected_rows.moc"
