// A single invite and an import row refused for the same reason give the same error: the
// code, the message and the field (the import names the field's column). Both go through
// InvitationPlanner, the one home of these rules; this pins that they stay one.
#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/services/InvitationService.h"
#include "core/storage/OrganizationRepository.h"

#include <QScopeGuard>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
// The import's column for a field a single invite names ("" for the whole row).
QString columnOf(const QString& field)
{
    if (field == QLatin1String("email"))
        return QStringLiteral("email");
    if (field == QLatin1String("type"))
        return QStringLiteral("invitation_type");
    if (field == QLatin1String("parent"))
        return QStringLiteral("parent_email");
    return {};
}
} // namespace

class TestSingleAndImportAgree : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sameRefusal_data();
    void sameRefusal();

private:
    User actorNamed(const QString& name) const;
    Result<void> setQuota(std::optional<int> perDay);
    BulkFixture f;
};

void TestSingleAndImportAgree::initTestCase()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    QCOMPARE(f.setUp(db), QString());
    // An open invitation for open@example.org, and one that sales2 created today (the quota).
    for (const auto& [who, email] : {std::pair{f.admin, QStringLiteral("open@example.org")},
                                     std::pair{f.sales2, QStringLiteral("today@example.org")}}) {
        auto created = f.invite(who, email);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }
}

User TestSingleAndImportAgree::actorNamed(const QString& name) const
{
    if (name == QLatin1String("admin"))
        return f.admin;
    if (name == QLatin1String("distributor"))
        return f.distributor;
    if (name == QLatin1String("sales"))
        return f.sales;
    if (name == QLatin1String("sales2"))
        return f.sales2;
    if (name == QLatin1String("doctor"))
        return f.doctor;
    User orphan = f.office; // an office admin whose account is linked to no doctor
    orphan.parentUserId.clear();
    return orphan;
}

Result<void> TestSingleAndImportAgree::setQuota(std::optional<int> perDay)
{
    auto conn = f.db->connection();
    if (!conn)
        return conn.error();
    Organization org = f.org;
    org.dailyInviteQuota = perDay;
    return OrganizationRepository(*f.db, conn.value()).update(org);
}

void TestSingleAndImportAgree::sameRefusal_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<int>("quota"); // 0: none
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    using C = Error::Code;
    QTest::newRow("matrix") << "sales"
                            << "n@example.org"
                            << "distributor"
                            << "" << 0 << C::NotPermitted << "type"
                            << "may not invite a";
    QTest::newRow("upline not found") << "admin"
                                      << "n@example.org"
                                      << "doctor"
                                      << "nobody@example.org" << 0 << C::InvalidInput << "parent"
                                      << "No user nobody@example.org to be the upline.";
    QTest::newRow("upline inactive") << "distributor"
                                     << "n@example.org"
                                     << "doctor"
                                     << "gone@acme.test" << 0 << C::InvalidInput << "parent"
                                     << "No user gone@acme.test to be the upline.";
    QTest::newRow("upline not in downline")
        << "distributor"
        << "n@example.org"
        << "doctor"
        << "other.sales@acme.test" << 0 << C::NotPermitted << "parent"
        << "other.sales@acme.test is not in your downline.";
    QTest::newRow("upline of the wrong role")
        << "admin"
        << "n@example.org"
        << "sales"
        << "doctor@acme.test" << 0 << C::InvalidInput << "parent"
        << "cannot be the upline of a";
    QTest::newRow("upline not the inviter's to choose")
        << "doctor"
        << "n@example.org"
        << "medical_staff"
        << "sales@acme.test" << 0 << C::NotPermitted << "parent"
        << "may not choose the upline of a";
    QTest::newRow("practice staff without a doctor") << "orphan"
                                                     << "n@example.org"
                                                     << "medical_staff"
                                                     << "" << 0 << C::InvalidInput << "parent"
                                                     << "not linked to a doctor";
    QTest::newRow("existing account") << "admin"
                                      << "doctor@acme.test"
                                      << "doctor"
                                      << "" << 0 << C::Conflict << "email"
                                      << "An account with the e-mail doctor@acme.test";
    QTest::newRow("open invitation") << "sales"
                                     << "open@example.org"
                                     << "doctor"
                                     << "" << 0 << C::Conflict << "email"
                                     << "open@example.org already has an open invitation";
    QTest::newRow("quota") << "sales2"
                           << "n@example.org"
                           << "doctor"
                           << "" << 1 << C::QuotaExceeded << "quota"
                           << "limit of 1 invitations per day";
}

void TestSingleAndImportAgree::sameRefusal()
{
    QFETCH(QString, actor);
    QFETCH(QString, email);
    QFETCH(QString, type);
    QFETCH(QString, parent);
    QFETCH(int, quota);
    QFETCH(Error::Code, code);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const User who = actorNamed(actor);
    QVERIFY(setQuota(quota > 0 ? std::optional<int>(quota) : std::nullopt).ok());
    auto restore = qScopeGuard([&] { QVERIFY(setQuota(std::nullopt).ok()); });

    NewInvitation in;
    in.email = email;
    in.firstName = QStringLiteral("New");
    in.lastName = QStringLiteral("Person");
    in.type = type;
    in.parentEmail = parent;
    auto single = InvitationService(f.db, f.config()).create(who, in);
    QVERIFY(!single.ok());
    QCOMPARE(single.error().code, code);
    QCOMPARE(single.error().field, field);
    QVERIFY2(single.error().message.contains(message), qPrintable(single.error().message));

    ImportOptions dryRun;
    dryRun.dryRun = true;
    const auto report =
        f.import(csvFile(QStringLiteral("email,first_name,last_name,invitation_type,parent_email"),
                         {QStringLiteral("%1,New,Person,%2,%3").arg(email, type, parent)}),
                 who, dryRun);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->invalid, 1);
    QCOMPARE(report->errors.size(), 1);
    const ImportError& row = report->errors.first();
    QCOMPARE(row.row, 2);
    QCOMPARE(row.message, single.error().message);
    QCOMPARE(row.column, columnOf(single.error().field));
    QCOMPARE(row.code, single.error().code);
}

QTEST_GUILESS_MAIN(TestSingleAndImportAgree)
#include "test_single_and_import_agree.moc"
