// Batch defaults of an import (issue 18, item 9): the upline, language, expiry and message
// given for the batch fill the cells a row leaves empty (or a column the file lacks), never a
// cell the row fills, and they meet the same rules as a cell (ImportValidator).
#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/services/ImportService.h"
#include "core/services/InvitationService.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestImportDefaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultsFillEmptyCells();
    void defaultsFillMissingColumns();
    void defaultsAreCheckedLikeCells_data();
    void defaultsAreCheckedLikeCells();

private:
    Invitation read(const ImportReport& report, int index);
    BulkFixture f;
};

void TestImportDefaults::initTestCase()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QCOMPARE(f.setUp(db), QString());
}

Invitation TestImportDefaults::read(const ImportReport& report, int index)
{
    auto inv = InvitationService(f.db, f.config()).get(f.admin, report.importedIds.value(index));
    return inv ? inv.value() : Invitation{};
}

void TestImportDefaults::defaultsFillEmptyCells()
{
    ImportOptions options;
    options.defaults.parentEmail = f.sales.email.toUpper(); // normalised like a cell
    options.defaults.language = QStringLiteral("es");
    options.defaults.expiresDays = 30;
    options.defaults.message = QStringLiteral("  Bienvenida  ");
    auto report =
        f.import(csvFile(QStringLiteral("email,first_name,last_name,invitation_type,parent_email,"
                                        "language,expires_days,message"),
                         {"def1@example.org,A,B,doctor,,,,",
                          QStringLiteral("def2@example.org,A,B,doctor,%1,en,5,Own message")
                              .arg(f.sales2.email)}),
                 f.admin, options);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 2);

    const Invitation filled = read(*report, 0);
    QCOMPARE(filled.email, QStringLiteral("def1@example.org"));
    QCOMPARE(filled.parentUserId, f.sales.id);
    QCOMPARE(filled.language, QStringLiteral("es"));
    QCOMPARE(filled.validityDays, 30);
    QCOMPARE(filled.expiresAt, filled.createdAt.addDays(30));
    QCOMPARE(filled.message, QStringLiteral("Bienvenida"));

    // A row's own values win.
    const Invitation own = read(*report, 1);
    QCOMPARE(own.parentUserId, f.sales2.id);
    QCOMPARE(own.language, QStringLiteral("en"));
    QCOMPARE(own.validityDays, 5);
    QCOMPARE(own.message, QStringLiteral("Own message"));
}

void TestImportDefaults::defaultsFillMissingColumns()
{
    ImportOptions options;
    options.defaults.language = QStringLiteral("es");
    options.defaults.expiresDays = 12;
    auto report = f.import(csvFile(QStringLiteral("email,first_name,last_name,invitation_type"),
                                   {"def3@example.org,A,B,doctor"}),
                           f.admin, options);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 1);
    const Invitation inv = read(*report, 0);
    QCOMPARE(inv.language, QStringLiteral("es"));
    QCOMPARE(inv.validityDays, 12);
}

void TestImportDefaults::defaultsAreCheckedLikeCells_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("column");
    QTest::newRow("upline not an e-mail") << "not-an-email"
                                          << "" << 0 << "parent_email";
    QTest::newRow("upline unknown") << "nobody@example.org"
                                    << "" << 0 << "parent_email";
    QTest::newRow("language unknown") << ""
                                      << "xx" << 0 << "language";
    QTest::newRow("expiry too long") << ""
                                     << "" << 4000 << "expires_days";
}

void TestImportDefaults::defaultsAreCheckedLikeCells()
{
    QFETCH(QString, parent);
    QFETCH(QString, language);
    QFETCH(int, days);
    QFETCH(QString, column);
    ImportOptions options;
    options.defaults.parentEmail = parent;
    options.defaults.language = language;
    if (days > 0)
        options.defaults.expiresDays = days;
    const auto before = f.written();
    auto report = f.import(csvFile(QStringLiteral("email,first_name,last_name,invitation_type"),
                                   {"bad-default@example.org,A,B,doctor"}),
                           f.admin, options);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 0);
    QCOMPARE(report->invalid, 1);
    QCOMPARE(report->errors.size(), 1);
    QCOMPARE(report->errors.first().column, column);
    QCOMPARE(report->rejectedRows, QList<qint64>{2});
    QCOMPARE(f.written(), before);
}

QTEST_GUILESS_MAIN(TestImportDefaults)
#include "test_import_defaults.moc"
