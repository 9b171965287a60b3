#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace invitedesk;

class TestCsvWriter : public QObject {
    Q_OBJECT
private slots:
    void writesBomQuotesAndCrlf();
    void neutralizes_data();
    void neutralizes();
    void roundTrips_data();
    void roundTrips();
    void semicolonSeparator();
    void reportsWriteFailure();
};

void TestCsvWriter::writesBomQuotesAndCrlf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({"email", "first_name"}).ok());
    QVERIFY(writer.writeRow({"ana@example.org", "Ana, \"María\""}).ok());
    QVERIFY(writer.writeRow({"", "x"}).ok());
    QCOMPARE(writer.rowsWritten(), 2 + 1);
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                       "\"email\",\"first_name\"\r\n"
                                       "\"ana@example.org\",\"Ana, \"\"Mar\xC3\xAD"
                                       "a\"\"\"\r\n"
                                       "\"\",\"x\"\r\n"));
}

void TestCsvWriter::neutralizes_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << "=HYPERLINK(\"http://x\")"
                            << "'=HYPERLINK(\"http://x\")";
    QTest::newRow("plus") << "+1 555 0100"
                          << "'+1 555 0100";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::newRow("carriage return") << "\r=1"
                                     << "'\r=1";
    QTest::newRow("already apostrophe before formula") << "'=1"
                                                       << "''=1";
    QTest::newRow("apostrophe alone untouched") << "'quoted'"
                                                << "'quoted'";
    QTest::newRow("formula char later untouched") << "a=b"
                                                  << "a=b";
    QTest::newRow("hyphenated name untouched") << "Smith-Jones"
                                               << "Smith-Jones";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("plain") << "Ana, María"
                           << "Ana, María";
}

void TestCsvWriter::neutralizes()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::neutralize(cell), written);
    QCOMPARE(CsvWriter::restore(written), cell);
}

void TestCsvWriter::roundTrips_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("comma name") << QStringList{"Ana, María", "López"};
    QTest::newRow("quotes") << QStringList{"say \"hi\"", "\"\"", "\""};
    QTest::newRow("line breaks") << QStringList{"line 1\nline 2", "a\r\nb", "\r"};
    QTest::newRow("separators") << QStringList{";", ",", ",;,"};
    QTest::newRow("formulas") << QStringList{"=1+1", "-5", "@x", "'=y", "+"};
    QTest::newRow("unicode") << QStringList{"李小龙", "Zoë 👩‍⚕️", "Łódź"};
    QTest::newRow("spaces kept") << QStringList{"  padded  ", "\ttab"};
    QTest::newRow("empty cells") << QStringList{"x", "", ""};
}

void TestCsvWriter::roundTrips()
{
    QFETCH(QStringList, fields);
    QStringList header;
    for (int i = 0; i < fields.size(); ++i)
        header << QStringLiteral("c%1").arg(i);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow(header).ok());
    QVERIFY(writer.writeRow(fields).ok());
    buffer.close();

    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    auto readHeader = reader.readHeader();
    QVERIFY(readHeader.ok());
    QCOMPARE(readHeader.value(), header);
    CsvRecord record;
    auto next = reader.readRecord(record);
    QVERIFY(next.ok());
    QVERIFY(next.value());
    QVERIFY(record.issues.isEmpty());
    QStringList restored;
    for (const QString& f : record.fields)
        restored << CsvWriter::restore(f);
    QCOMPARE(restored, fields);
    QCOMPARE(record.row, 2);
    QVERIFY(!reader.readRecord(record).value());
}

void TestCsvWriter::semicolonSeparator()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, ';');
    QVERIFY(writer.writeRow({"a", "b"}).ok());
    QVERIFY(writer.writeRow({"1;2", "3"}).ok());
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader().ok());
    QCOMPARE(reader.separator(), ';');
    CsvRecord record;
    QVERIFY(reader.readRecord(record).value());
    QCOMPARE(record.fields, (QStringList{"1;2", "3"}));
}

void TestCsvWriter::reportsWriteFailure()
{
    QBuffer buffer; // not open
    CsvWriter writer(&buffer);
    auto result = writer.writeRow({"a"});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Environment);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
