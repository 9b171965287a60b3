#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/services/ImportValidator.h"
#include "core/services/InvitationService.h"
#include "core/storage/OrganizationRepository.h"

#include <QBuffer>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

// "row|column|message part"
using Expected = QStringList;

static const QString kHeader =
    QStringLiteral("email,first_name,last_name,invitation_type,parent_email");

class TestImportValidator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void rowErrors_data();
    void rowErrors();
    void headerErrors_data();
    void headerErrors();
    void acceptsAliasesExportColumnsAndFormulaGuard();
    void rowNumbersCountRecordsNotLines();
    void quotaLimitsRows();
    void officeAdminWithoutDoctor();
    void fieldsOfAnotherTypeAreRefused();

private:
    ImportValidation run(const QByteArray& file, const User& actor, const Organization& org);
    BulkFixture f;
};

void TestImportValidator::initTestCase()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QCOMPARE(f.setUp(db), QString());
    // An open invitation already in the database for open@example.org.
    InvitationService service(f.db, f.config());
    NewInvitation in;
    in.email = QStringLiteral("open@example.org");
    in.firstName = QStringLiteral("Open");
    in.lastName = QStringLiteral("Already");
    in.type = QStringLiteral("doctor");
    auto created = service.create(f.admin, in);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
}

ImportValidation TestImportValidator::run(const QByteArray& file, const User& actor,
                                          const Organization& org)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    auto conn = f.db->connection();
    ImportValidator validator(*f.db, conn.value(), actor, org, f.now);
    auto result = validator.validate(&buffer);
    if (!result) {
        qWarning() << result.error().message;
        return {};
    }
    return result.value();
}

static QStringList describe(const QList<ImportError>& errors)
{
    QStringList out;
    for (const ImportError& e : errors)
        out << QStringLiteral("%1|%2|%3").arg(e.row).arg(e.column, e.message);
    return out;
}

// Each expected entry "row|column|part" must match the error at the same position.
static void compareErrors(const QList<ImportError>& errors, const Expected& expected)
{
    const QStringList got = describe(errors);
    QVERIFY2(got.size() == expected.size(), qPrintable(got.join(QStringLiteral("\n"))));
    for (int i = 0; i < expected.size(); ++i) {
        const QStringList want = expected.at(i).split(QLatin1Char('|'));
        const ImportError& e = errors.at(i);
        QVERIFY2(QString::number(e.row) == want.at(0) && e.column == want.at(1) &&
                     e.message.contains(want.at(2)),
                 qPrintable(QStringLiteral("got %1, want %2").arg(got.at(i), expected.at(i))));
    }
}

void TestImportValidator::rowErrors_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("valid");
    QTest::addColumn<Expected>("errors");

    const QString ok1 = QStringLiteral("a@example.org,Ana,López,doctor,");
    const QString ok2 = QStringLiteral("b@example.org,Bo,Berg,doctor,");

    QTest::newRow("all valid") << "admin" << QStringList{ok1, ok2} << 2 << Expected{};
    QTest::newRow("missing e-mail") << "admin" << QStringList{ok1, ",Al,Alp,doctor,"} << 1
                                    << Expected{"3|email|The e-mail address is required."};
    QTest::newRow("bad e-mail shape") << "admin" << QStringList{"not-an-email,Al,Alp,doctor,", ok1}
                                      << 1 << Expected{"2|email|is not a valid e-mail address"};
    QTest::newRow("blank first name")
        << "admin" << QStringList{ok1, "c@example.org,   ,Cruz,doctor,"} << 1
        << Expected{"3|first_name|The first name is required."};
    QTest::newRow("missing last name") << "admin" << QStringList{"c@example.org,Cy,,doctor,"} << 0
                                       << Expected{"2|last_name|The last name is required."};
    QTest::newRow("missing type") << "admin" << QStringList{"c@example.org,Cy,Cruz,,"} << 0
                                  << Expected{"2|invitation_type|The invitation type is required."};
    QTest::newRow("unknown type") << "admin"
                                  << QStringList{ok1, ok2, "c@example.org,Cy,Cruz,surgeon,"} << 2
                                  << Expected{
                                         "4|invitation_type|Unknown invitation type \"surgeon\""};
    QTest::newRow("type not permitted")
        << "sales" << QStringList{ok1, "c@example.org,Cy,Cruz,distributor,"} << 1
        << Expected{"3|invitation_type|may not invite"};
    QTest::newRow("duplicate names the first row")
        << "admin" << QStringList{ok1, ok2, "A@Example.org ,Ann,Other,doctor,", ok2} << 2
        << Expected{"4|email|same e-mail as row 2", "5|email|same e-mail as row 3"};
    QTest::newRow("existing account")
        << "admin" << QStringList{ok1, "doctor@acme.test,Doc,Tor,doctor,"} << 1
        << Expected{"3|email|An account with the e-mail doctor@acme.test already exists."};
    QTest::newRow("open invitation")
        << "admin" << QStringList{"open@example.org,Op,En,doctor,", ok1} << 1
        << Expected{"2|email|already has an open invitation"};
    QTest::newRow("upline unknown")
        << "distributor" << QStringList{"c@example.org,Cy,Cruz,doctor,nobody@acme.test"} << 0
        << Expected{"2|parent_email|No user nobody@acme.test to be the upline."};
    QTest::newRow("upline inactive")
        << "distributor" << QStringList{"c@example.org,Cy,Cruz,doctor,gone@acme.test"} << 0
        << Expected{"2|parent_email|No user gone@acme.test"};
    QTest::newRow("upline outside downline")
        << "distributor" << QStringList{ok1, "c@example.org,Cy,Cruz,doctor,other.sales@acme.test"}
        << 1 << Expected{"3|parent_email|other.sales@acme.test is not in your downline."};
    QTest::newRow("upline in downline")
        << "distributor" << QStringList{"c@example.org,Cy,Cruz,doctor,sales2@acme.test"} << 1
        << Expected{};
    QTest::newRow("upline of the wrong role")
        << "admin" << QStringList{"c@example.org,Cy,Cruz,distributor,sales@acme.test"} << 0
        << Expected{"2|parent_email|cannot be the upline of a distributor"};
    QTest::newRow("upline bad shape")
        << "admin" << QStringList{"c@example.org,Cy,Cruz,doctor,sales-at-acme"} << 0
        << Expected{"2|parent_email|is not a valid e-mail address"};
    QTest::newRow("ragged row") << "admin" << QStringList{ok1, "c@example.org,Cy,Cruz"} << 1
                                << Expected{"3||the row has 3 fields, the header has 5",
                                            "3|invitation_type|required"};
    QTest::newRow("several errors in one row")
        << "admin" << QStringList{"bad,,Cruz,surgeon,", ok1} << 1
        << Expected{"2|email|not a valid e-mail", "2|first_name|required",
                    "2|invitation_type|Unknown"};
}

void TestImportValidator::rowErrors()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, lines);
    QFETCH(int, valid);
    QFETCH(Expected, errors);
    const QHash<QString, User> actors{
        {"admin", f.admin}, {"sales", f.sales}, {"distributor", f.distributor}};
    const ImportValidation v = run(csvFile(kHeader, lines), actors.value(actor), f.org);
    QVERIFY(!v.fileError);
    QCOMPARE(v.totalRows, lines.size());
    compareErrors(v.errors, errors);
    QCOMPARE(v.validRows(), valid);
    QCOMPARE(v.invalidRows, lines.size() - valid);
}

void TestImportValidator::headerErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<Expected>("errors");
    QTest::newRow("unknown column")
        << csvFile(kHeader + ",mesage", {"a@example.org,A,B,doctor,,hi"})
        << Expected{"1|mesage|unknown column \"mesage\""};
    QTest::newRow("missing required column")
        << csvFile("email,first_name,invitation_type", {"a@example.org,A,doctor"})
        << Expected{"1|last_name|the required column \"last_name\" is missing"};
    QTest::newRow("column twice") << csvFile("email,first_name,last_name,type,Invitation Type",
                                             {"a@example.org,A,B,doctor,doctor"})
                                  << Expected{"1|Invitation Type|appears twice"};
    QTest::newRow("quote never closed")
        << csvFile(kHeader, {"a@example.org,A,B,doctor,", "\"b@example.org,B,C,doctor,"})
        << Expected{"3||a quoted field is not closed"};
    QTest::newRow("empty file") << QByteArray() << Expected{"0||the file is empty"};
    QTest::newRow("UTF-16 file") << QByteArray("\xFF\xFE"
                                               "e\0m\0",
                                               6)
                                 << Expected{"0||UTF-16"};
}

void TestImportValidator::headerErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(Expected, errors);
    const ImportValidation v = run(file, f.admin, f.org);
    QVERIFY(v.fileError);
    compareErrors(v.errors, errors);
}

void TestImportValidator::acceptsAliasesExportColumnsAndFormulaGuard()
{
    // Header spelled loosely, ';' separated, export-only columns present and ignored, a value
    // in an unnamed column reported, a neutralised formula restored.
    const QByteArray file =
        csvFile(" E-Mail ;First Name;LAST_NAME;Type;status;id;Expires Days;Language;NPI;;Practice",
                {"x@example.org;'=Ana;Núñez;Office Admin;sent;123;10;ES;;;",
                 "y@example.org;Bo;Berg;doctor;;;400;fr;123;oops;",
                 "z@example.org;Cy;Cruz;Medical-Staff;;;;;;;Clinic"});
    const ImportValidation v = run(file, f.admin, f.org);
    QVERIFY(!v.fileError);
    QCOMPARE(v.separator, ';');
    compareErrors(v.errors,
                  Expected{"3||column 10, which has no name", "3|expires_days|between 1 and 365",
                           "3|language|\"en\" or \"es\"", "3|npi|The NPI must be 10 digits"});
    QCOMPARE(v.validRows(), 2);
    const ImportRow& r = v.rows.first();
    QCOMPARE(r.row, 2);
    QCOMPARE(r.input.email, QStringLiteral("x@example.org"));
    QCOMPARE(r.input.firstName, QStringLiteral("=Ana"));
    QCOMPARE(r.type, Role::OfficeAdmin);
    QCOMPARE(r.input.expiresDays.value_or(0), 10);
    QCOMPARE(r.input.language, QStringLiteral("es"));
    QCOMPARE(r.parentUserId, f.admin.id);
    QCOMPARE(v.rows.last().input.details.practiceName, QStringLiteral("Clinic"));
}

void TestImportValidator::rowNumbersCountRecordsNotLines()
{
    // Row 2 holds a message spanning three lines; an empty line follows (row 3, skipped);
    // the error is on the record after it: row 4.
    const QByteArray file =
        csvFile(kHeader + ",message", {"a@example.org,A,B,doctor,,\"line 1\nline 2\nline 3\"", "",
                                       "bad-email,C,D,doctor,,"});
    const ImportValidation v = run(file, f.admin, f.org);
    compareErrors(v.errors, Expected{"4|email|not a valid e-mail address"});
    QCOMPARE(v.rows.first().input.message, QStringLiteral("line 1\nline 2\nline 3"));
    QCOMPARE(v.totalRows, 2);
}

void TestImportValidator::quotaLimitsRows()
{
    Organization capped = f.org;
    capped.dailyInviteQuota = 2;
    const ImportValidation v =
        run(csvFile(kHeader, {"bad,A,B,doctor,", "a@example.org,A,B,doctor,",
                              "b@example.org,A,B,doctor,", "c@example.org,A,B,doctor,"}),
            f.sales, capped);
    compareErrors(v.errors, Expected{"2|email|not a valid", "5||limit of 2 invitations per day"});
    QCOMPARE(v.validRows(), 2);
    // Admins have no quota.
    QCOMPARE(run(csvFile(kHeader, {"a@example.org,A,B,doctor,", "b@example.org,A,B,doctor,",
                                   "c@example.org,A,B,doctor,"}),
                 f.admin, capped)
                 .validRows(),
             3);
}

void TestImportValidator::officeAdminWithoutDoctor()
{
    User orphan = f.office;
    const ImportValidation linked =
        run(csvFile(kHeader, {"n@example.org,N,O,medical_staff,"}), orphan, f.org);
    QCOMPARE(linked.validRows(), 1);
    QCOMPARE(linked.rows.first().parentUserId, f.doctor.id);
    orphan.parentUserId.clear();
    const ImportValidation v =
        run(csvFile(kHeader, {"n@example.org,N,O,medical_staff,"}), orphan, f.org);
    compareErrors(v.errors, Expected{"2|parent_email|not linked to a doctor"});
}

void TestImportValidator::fieldsOfAnotherTypeAreRefused()
{
    // A value in a column the row's type does not have is an error on that column; an empty
    // cell there is fine.
    const QByteArray file = csvFile(
        QStringLiteral("email,first_name,last_name,invitation_type,practice_name,territory,npi,"
                       "company_name"),
        {"a@example.org,Ana,Ng,sales,Clinic,,,", "b@example.org,Bo,Berg,sales,,North,,",
         "c@example.org,Cy,Cruz,doctor,Clinic,North,,",
         "d@example.org,Di,Diaz,office_admin,Clinic,,,",
         "e@example.org,Ed,Eng,ivr_company,,,1234567893,Acme"});
    const ImportValidation v = run(file, f.admin, f.org);
    QVERIFY(!v.fileError);
    compareErrors(v.errors, Expected{"2|practice_name|has no practice name",
                                     "4|territory|has no territory", "6|npi|has no NPI"});
    QCOMPARE(v.validRows(), 2);
    QCOMPARE(v.rows.at(0).input.details.territory, QStringLiteral("North"));
    QCOMPARE(v.rows.at(1).input.details.practiceName, QStringLiteral("Clinic"));
}

QTEST_GUILESS_MAIN(TestImportValidator)
#include "test_import_validator.moc"
