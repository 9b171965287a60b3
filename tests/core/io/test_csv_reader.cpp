#include "core/io/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace invitedesk;

using Rows = QList<QStringList>;
using RowNumbers = QList<qint64>;

// Reads a whole input: header, records and the issues of each record ("row:kind:column").
struct ReadAll {
    QStringList header;
    char separator = 0;
    Rows records;
    RowNumbers rows;
    QStringList issues;
    QString error;
    qint64 errorRow = -1;
};

static ReadAll readAll(const QByteArray& input, qint64 maxBytes = 16 * 1024 * 1024,
                       int maxFields = 10000)
{
    ReadAll out;
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setLimits(maxBytes, maxFields);
    auto header = reader.readHeader();
    if (!header) {
        out.error = header.error().message;
        out.errorRow = reader.errorRow();
        return out;
    }
    out.header = header.value();
    out.separator = reader.separator();
    CsvRecord record;
    for (;;) {
        auto next = reader.readRecord(record);
        if (!next) {
            out.error = next.error().message;
            out.errorRow = reader.errorRow();
            return out;
        }
        if (!next.value())
            break;
        out.records.append(record.fields);
        out.rows.append(record.row);
        for (const CsvIssue& issue : record.issues)
            out.issues.append(
                QStringLiteral("%1:%2:%3").arg(record.row).arg(int(issue.kind)).arg(issue.column));
    }
    return out;
}

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void reads_data();
    void reads();
    void fatalErrors_data();
    void fatalErrors();
    void veryLongField();
    void defaultLimits_data();
    void defaultLimits();
    void streamsManyRowsAcrossChunks();
    void headerKey_data();
    void headerKey();
    void forcedSeparator();
    void reportsProgress();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("records");
    QTest::addColumn<RowNumbers>("rows");
    QTest::addColumn<QStringList>("issues");

    const QStringList ab{"a", "b"};
    const QString tooFew = QString::number(int(CsvIssue::Kind::TooFewFields));
    const QString tooMany = QString::number(int(CsvIssue::Kind::TooManyFields));
    const QString badUtf8 = QString::number(int(CsvIssue::Kind::InvalidUtf8));
    const QString afterQuote = QString::number(int(CsvIssue::Kind::TextAfterQuote));

    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n3,4\n") << ',' << ab
                              << Rows{{"1", "2"}, {"3", "4"}} << RowNumbers{2, 3} << QStringList{};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << ',' << ab
                          << Rows{{"1", "2"}, {"3", "4"}} << RowNumbers{2, 3} << QStringList{};
    QTest::newRow("bare CR") << QByteArray("a,b\r1,2\r3,4") << ',' << ab
                             << Rows{{"1", "2"}, {"3", "4"}} << RowNumbers{2, 3} << QStringList{};
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << ',' << ab << Rows{{"1", "2"}}
                                       << RowNumbers{2} << QStringList{};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\r\n1,2\r\n")
                         << ',' << ab << Rows{{"1", "2"}} << RowNumbers{2} << QStringList{};
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << ';' << ab << Rows{{"1,5", "2"}}
                               << RowNumbers{2} << QStringList{};
    QTest::newRow("semicolon with BOM and CRLF")
        << QByteArray("\xEF\xBB\xBF"
                      "a;b\r\n\"x;y\";2\r\n")
        << ';' << ab << Rows{{"x;y", "2"}} << RowNumbers{2} << QStringList{};
    QTest::newRow("comma wins over quoted semicolons")
        << QByteArray("\"a;1\",\"b;2\"\n1,2\n") << ',' << QStringList{"a;1", "b;2"}
        << Rows{{"1", "2"}} << RowNumbers{2} << QStringList{};
    QTest::newRow("single column") << QByteArray("email\nx@y.org\n") << ',' << QStringList{"email"}
                                   << Rows{{"x@y.org"}} << RowNumbers{2} << QStringList{};
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"Ana, María\",2\n") << ',' << ab
                                  << Rows{{"Ana, María", "2"}} << RowNumbers{2} << QStringList{};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << ',' << ab
                                    << Rows{{"say \"hi\"", "\""}} << RowNumbers{2} << QStringList{};
    QTest::newRow("empty quoted") << QByteArray("a,b\n\"\",x\n") << ',' << ab << Rows{{"", "x"}}
                                  << RowNumbers{2} << QStringList{};
    QTest::newRow("line break in quotes counts one record")
        << QByteArray("a,b\n\"line 1\nline 2\r\nline 3\",x\ny,z\n") << ',' << ab
        << Rows{{"line 1\nline 2\r\nline 3", "x"}, {"y", "z"}} << RowNumbers{2, 3} << QStringList{};
    QTest::newRow("quote inside unquoted field kept")
        << QByteArray("a,b\nDr \"Bob\",2\n") << ',' << ab << Rows{{"Dr \"Bob\"", "2"}}
        << RowNumbers{2} << QStringList{};
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n1,\"x\"y\n") << ',' << ab << Rows{{"1", "xy"}} << RowNumbers{2}
        << QStringList{"2:" + afterQuote + ":1"};
    QTest::newRow("empty lines skipped but counted")
        << QByteArray("a,b\n\n1,2\r\n\r\n\n3,4\n\n") << ',' << ab << Rows{{"1", "2"}, {"3", "4"}}
        << RowNumbers{3, 6} << QStringList{};
    QTest::newRow("separator-only and blank lines skipped")
        << QByteArray("a,b\n,\n  ,  \n1,2\n") << ',' << ab << Rows{{"1", "2"}} << RowNumbers{4}
        << QStringList{};
    QTest::newRow("leading blank lines before header")
        << QByteArray("\n\na,b\n1,2\n") << ',' << ab << Rows{{"1", "2"}} << RowNumbers{4}
        << QStringList{};
    QTest::newRow("header names trimmed") << QByteArray(" a , b \n1,2\n") << ',' << ab
                                          << Rows{{"1", "2"}} << RowNumbers{2} << QStringList{};
    QTest::newRow("values not trimmed") << QByteArray("a,b\n 1 ,\t2\n") << ',' << ab
                                        << Rows{{" 1 ", "\t2"}} << RowNumbers{2} << QStringList{};
    QTest::newRow("ragged short") << QByteArray("a,b,c\n1,2\n1,2,3\n") << ','
                                  << QStringList{"a", "b", "c"} << Rows{{"1", "2"}, {"1", "2", "3"}}
                                  << RowNumbers{2, 3} << QStringList{"2:" + tooFew + ":-1"};
    QTest::newRow("ragged long") << QByteArray("a,b\n1,2,3\n") << ',' << ab << Rows{{"1", "2", "3"}}
                                 << RowNumbers{2} << QStringList{"2:" + tooMany + ":-1"};
    QTest::newRow("trailing empty field tolerated")
        << QByteArray("a,b\n1,2,\n") << ',' << ab << Rows{{"1", "2", ""}} << RowNumbers{2}
        << QStringList{};
    QTest::newRow("trailing separator gives empty last field")
        << QByteArray("a,b\n1,") << ',' << ab << Rows{{"1", ""}} << RowNumbers{2} << QStringList{};
    QTest::newRow("unicode")
        << QByteArray(
               "name,city\nJosé Núñez,Köln\n李小龙,東京\nZoë 👩‍⚕️,Łódź\n")
        << ',' << QStringList{"name", "city"}
        << Rows{{"José Núñez", "Köln"}, {"李小龙", "東京"}, {"Zoë 👩‍⚕️", "Łódź"}}
        << RowNumbers{2, 3, 4} << QStringList{};
    QTest::newRow("invalid UTF-8 reported") << QByteArray("a,b\nMar\xED"
                                                          "a,ok\n")
                                            << ',' << ab
                                            << Rows{{QString::fromUtf8("Mar\xED"
                                                                       "a"),
                                                     "ok"}}
                                            << RowNumbers{2} << QStringList{"2:" + badUtf8 + ":0"};
    QTest::newRow("header only") << QByteArray("a,b\r\n") << ',' << ab << Rows{} << RowNumbers{}
                                 << QStringList{};
}

void TestCsvReader::reads()
{
    QFETCH(QByteArray, input);
    QFETCH(char, separator);
    QFETCH(QStringList, header);
    QFETCH(Rows, records);
    QFETCH(RowNumbers, rows);
    QFETCH(QStringList, issues);

    const ReadAll got = readAll(input);
    QCOMPARE(got.error, QString());
    QCOMPARE(got.separator, separator);
    QCOMPARE(got.header, header);
    QCOMPARE(got.records, records);
    QCOMPARE(got.rows, rows);
    QCOMPARE(got.issues, issues);
}

void TestCsvReader::fatalErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<qint64>("row");

    QTest::newRow("empty file") << QByteArray() << "the file is empty" << qint64(0);
    QTest::newRow("only BOM") << QByteArray("\xEF\xBB\xBF") << "the file is empty" << qint64(0);
    QTest::newRow("only blank lines")
        << QByteArray("\n\r\n ,\n") << "the file is empty" << qint64(0);
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n")
                                    << "row 3: a quoted field is not closed" << qint64(3);
    QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFE"
                                             "a\0,\0b\0",
                                             8)
                               << "UTF-16" << qint64(0);
    QTest::newRow("record too long") << QByteArray("a,b\n\"") + QByteArray(300, 'x') + "\",1\n"
                                     << "row 2: longer than 256 bytes" << qint64(2);
    QTest::newRow("too many fields") << QByteArray("a,b\n") + QByteArray(40, ',') + "\n"
                                     << "row 2: more than 32 fields" << qint64(2);
}

void TestCsvReader::fatalErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, messagePart);
    QFETCH(qint64, row);
    const ReadAll got = readAll(input, 256, 32);
    QVERIFY2(got.error.contains(messagePart), qPrintable(got.error));
    QCOMPARE(got.errorRow, row);
}

void TestCsvReader::veryLongField()
{
    // A field several times the reader's 64 KiB chunk, with quotes and separators inside.
    QByteArray longText;
    for (int i = 0; i < 50000; ++i)
        longText += "ab, \"c\"; ";
    QByteArray escaped = longText;
    escaped.replace("\"", "\"\"");
    const QByteArray input = "a,b\n1,\"" + escaped + "\"\n2,short\n";
    const ReadAll got = readAll(input);
    QCOMPARE(got.error, QString());
    QCOMPARE(got.records.size(), 2);
    QCOMPARE(got.records[0][1].size(), longText.size());
    QCOMPARE(got.records[0][1], QString::fromLatin1(longText));
    QCOMPARE(got.rows, (RowNumbers{2, 3}));
}

// Issue 11, finding 7: by default a record has at most 64 fields and 64 KiB (a real
// invitation file is far below both); one over either is a fatal error naming its row.
void TestCsvReader::defaultLimits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error"); // empty: read whole

    const QByteArray header = "email,first_name\n";
    QTest::newRow("64 fields") << header + "a" + QByteArray(63, ',') + "\n" << QString();
    QTest::newRow("65 fields") << header + "ok,1\nb" + QByteArray(64, ',') + "\n"
                               << "row 3: more than 64 fields";
    QTest::newRow("a header of 65 fields") << QByteArray(64, ',') + "x\n1\n"
                                           << "row 1: more than 64 fields";
    // The bytes count the record's line end too.
    QTest::newRow("64 KiB") << header + "a," + QByteArray(65536 - 3, 'x') + "\n" << QString();
    QTest::newRow("64 KiB and a byte") << header + "a," + QByteArray(65536 - 2, 'x') + "\n"
                                       << "row 2: longer than 65536 bytes";
    QTest::newRow("one endless quoted field")
        << header + "a,\"" + QByteArray(200000, 'x') << "row 2: longer than 65536 bytes";
}

void TestCsvReader::defaultLimits()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QCOMPARE(CsvReader::kMaxFields, 64);
    QCOMPARE(CsvReader::kMaxRecordBytes, 64 * 1024);
    QBuffer buffer;
    buffer.setData(input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer); // no setLimits(): the defaults
    QString got;
    if (auto header = reader.readHeader(); !header) {
        got = header.error().message;
    } else {
        CsvRecord record;
        for (;;) {
            auto next = reader.readRecord(record);
            if (!next) {
                got = next.error().message;
                break;
            }
            if (!next.value())
                break;
        }
    }
    if (error.isEmpty())
        QCOMPARE(got, QString());
    else
        QVERIFY2(got.startsWith(error), qPrintable(got));
}

void TestCsvReader::streamsManyRowsAcrossChunks()
{
    QByteArray input = "\xEF\xBB\xBF"
                       "email;first_name;last_name\r\n";
    for (int i = 0; i < 20000; ++i)
        input += "user" + QByteArray::number(i) +
                 "@example.org;\"Ana; María\";N\xC3\xBA\xC3\xB1"
                 "ez\r\n";
    const ReadAll got = readAll(input);
    QCOMPARE(got.error, QString());
    QCOMPARE(got.separator, ';');
    QCOMPARE(got.records.size(), 20000);
    QCOMPARE(got.rows.last(), 20001);
    QCOMPARE(got.records[12345], (QStringList{"user12345@example.org", "Ana; María", "Núñez"}));
    QVERIFY(got.issues.isEmpty());
}

void TestCsvReader::headerKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "email"
                           << "email";
    QTest::newRow("upper") << "EMAIL"
                           << "email";
    QTest::newRow("hyphen") << "E-mail"
                            << "email";
    QTest::newRow("spaces") << " First Name "
                            << "firstname";
    QTest::newRow("underscore") << "first_name"
                                << "firstname";
    QTest::newRow("mixed") << "Invitation  Type"
                           << "invitationtype";
}

void TestCsvReader::headerKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(CsvReader::headerKey(name), key);
}

void TestCsvReader::forcedSeparator()
{
    QBuffer buffer;
    buffer.setData("a;b,c\n1;2,3\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setSeparator(',');
    auto header = reader.readHeader();
    QVERIFY(header.ok());
    QCOMPARE(header.value(), (QStringList{"a;b", "c"}));
}

void TestCsvReader::reportsProgress()
{
    QByteArray input = "a,b\n";
    for (int i = 0; i < 1000; ++i)
        input += "x,y\n";
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader().ok());
    QCOMPARE(reader.bytesRead(), 4);
    CsvRecord record;
    while (reader.readRecord(record).value()) {
    }
    QCOMPARE(reader.bytesRead(), input.size());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
