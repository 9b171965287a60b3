// The invitation type of an import row may be its code or the label the desk shows, in English
// or Spanish (issue 18, item 9): case, accents and surrounding or repeated whitespace do not
// matter, and the labels are the desk's own (roles::sourceLabel and the translation
// catalogue), not a second list. Imported for real on each backend, and read back.
#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/Error.h"
#include "core/domain/RoleLabel.h"
#include "core/i18n/Translations.h"
#include "core/services/ImportService.h"
#include "core/services/InvitationService.h"
#include "core/services/InvitationTypeText.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestImportTypeLabels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void labelsAndCodesImport_data();
    void labelsAndCodesImport();
    void unknownLabelIsRefused_data();
    void unknownLabelIsRefused();
    void everyLabelTheDeskShowsMatches();

private:
    BulkFixture f;
    int m_next = 0;
};

void TestImportTypeLabels::initTestCase()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QCOMPARE(f.setUp(db), QString());
}

void TestImportTypeLabels::labelsAndCodesImport_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("type"); // the code it names
    QTest::newRow("code") << "sales"
                          << "sales";
    QTest::newRow("code upper case") << "MASTER_DISTRIBUTOR"
                                     << "master_distributor";
    QTest::newRow("code with a dash") << "office-admin"
                                      << "office_admin";
    QTest::newRow("English label") << "Sales representative"
                                   << "sales";
    QTest::newRow("English label, other case and spaces") << "  sales   REPRESENTATIVE "
                                                          << "sales";
    QTest::newRow("Spanish label") << "Representante de ventas"
                                   << "sales";
    QTest::newRow("Spanish label, lower case") << "representante de ventas"
                                               << "sales";
    QTest::newRow("Spanish label with its accent") << "Médico"
                                                   << "doctor";
    QTest::newRow("Spanish label without its accent") << "medico"
                                                      << "doctor";
    QTest::newRow("Spanish label, accent added") << "Représentante de ventas"
                                                 << "sales";
    QTest::newRow("Spanish two words, accent") << "PERSONAL MEDICO"
                                               << "medical_staff";
    QTest::newRow("English label of a code with an underscore") << "Master distributor"
                                                                << "master_distributor";
    QTest::newRow("tab and non-breaking space") << "\tOffice\u00a0admin "
                                                << "office_admin";
}

void TestImportTypeLabels::labelsAndCodesImport()
{
    QFETCH(QString, cell);
    QFETCH(QString, type);
    const QString email = QStringLiteral("label%1@example.org").arg(++m_next);
    // Quoted, so the cell's own spaces and tabs reach the import.
    auto report = f.import(csvFile(QStringLiteral("email,first_name,last_name,invitation_type"),
                                   {QStringLiteral("%1,Ana,Ruiz,\"%2\"").arg(email, cell)}),
                           f.admin);
    QVERIFY(report.ok());
    const bool ok = report->imported == 1;
    QVERIFY2(ok, ok ? QByteArray()
                    : (report->errors.isEmpty() ? QByteArray("not imported")
                                                : report->errors.first().message.toUtf8()));
    InvitationService service(f.db, f.config());
    auto inv = service.get(f.admin, report->importedIds.value(0));
    QVERIFY(inv.ok());
    QCOMPARE(invitation_types::name(inv->type), type);
    QCOMPARE(inv->email, email);
}

void TestImportTypeLabels::unknownLabelIsRefused_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("unknown word") << "Unicorn";
    QTest::newRow("a label cut short") << "Representante";
    QTest::newRow("two labels") << "Doctor Médico";
    QTest::newRow("words glued together") << "salesrepresentative";
}

void TestImportTypeLabels::unknownLabelIsRefused()
{
    QFETCH(QString, cell);
    const auto before = f.written();
    auto report = f.import(csvFile(QStringLiteral("email,first_name,last_name,invitation_type"),
                                   {QStringLiteral("unknown-label@example.org,A,B,%1").arg(cell)}),
                           f.admin);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 0);
    QCOMPARE(report->invalid, 1);
    QCOMPARE(report->errors.size(), 1);
    QCOMPARE(report->errors.first().column, QStringLiteral("invitation_type"));
    QVERIFY2(report->errors.first().message.contains(cell),
             qPrintable(report->errors.first().message));
    QCOMPARE(f.written(), before);
}

void TestImportTypeLabels::everyLabelTheDeskShowsMatches()
{
    // Whatever the catalogues say today: each type's label in each language names it.
    for (const InvitationType type : invitation_types::all()) {
        const char* source = roles::sourceLabel(type);
        QVERIFY(source && *source);
        for (const QString& language : translations::languages()) {
            const QString label = translations::translate(language, "Role", source);
            const auto found = invitation_type_text::fromText(label);
            QVERIFY2(found && *found == type, qPrintable(language + QLatin1Char(' ') + label));
        }
    }
    QCOMPARE(translations::translate(QStringLiteral("es"), "Role", "Sales representative"),
             QStringLiteral("Representante de ventas"));
}

QTEST_GUILESS_MAIN(TestImportTypeLabels)
#include "test_import_type_labels.moc"
