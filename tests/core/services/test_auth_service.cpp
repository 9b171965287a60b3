#include "core/services/AuthService.h"
#include "core/storage/AuditLog.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestAuthService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bootstrapThenSignIn();
    void badNewUsers_data();
    void badNewUsers();
};

void TestAuthService::bootstrapThenSignIn()
{
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    AuthService auth(db, {});
    QCOMPARE(auth.hasUsers().value(), false);
    NewUser first{QStringLiteral("Admin@Example.com"),
                  QStringLiteral("Ada"),
                  QStringLiteral("Admin"),
                  QStringLiteral("admin"),
                  {},
                  QStringLiteral("correct horse battery"),
                  QStringLiteral("Acme IVR")};
    auto admin = auth.createUser(std::nullopt, first);
    QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().describe()));
    QCOMPARE(admin->email, QStringLiteral("admin@example.com"));
    QCOMPARE(admin->organizationName, QStringLiteral("Acme IVR"));
    QCOMPARE(auth.hasUsers().value(), true);

    NewUser second = first;
    second.email = QStringLiteral("other@example.com");
    auto refused = auth.createUser(std::nullopt, second);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotPermitted);

    auto signedIn =
        auth.signIn(QStringLiteral(" ADMIN@example.com "), QStringLiteral("correct horse battery"));
    QVERIFY(signedIn.ok());
    QCOMPARE(signedIn->id, admin->id);
    auto wrong =
        auth.signIn(QStringLiteral("admin@example.com"), QStringLiteral("wrong horse battery"));
    QCOMPARE(wrong.error().code, Error::Code::Unauthenticated);
    auto nobody =
        auth.signIn(QStringLiteral("nobody@example.com"), QStringLiteral("correct horse battery"));
    QCOMPARE(nobody.error().code, Error::Code::Unauthenticated);
    QCOMPARE(nobody.error().message, wrong.error().message); // no hint which e-mails exist

    NewUser rep{QStringLiteral("rep@example.com"),
                QStringLiteral("Rep"),
                QStringLiteral("One"),
                QStringLiteral("sales"),
                QStringLiteral("admin@example.com"),
                QStringLiteral("another good passphrase"),
                {}};
    auto added = auth.createUser(admin.value(), rep);
    QVERIFY(added.ok());
    QCOMPARE(added->parentUserId, admin->id);
    NewUser byRep = rep;
    byRep.email = QStringLiteral("rep2@example.com");
    QCOMPARE(auth.createUser(added.value(), byRep).error().code, Error::Code::NotPermitted);
    QVERIFY(AuditLog(db).verify()->ok);
}

void TestAuthService::badNewUsers_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("field");
    QTest::newRow("short password") << "a@example.com"
                                    << "admin"
                                    << "short"
                                    << "password";
    QTest::newRow("common password") << "a@example.com"
                                     << "admin"
                                     << "password1234"
                                     << "password";
    QTest::newRow("password is e-mail") << "longname@example.com"
                                        << "admin"
                                        << "longname@example.com"
                                        << "password";
    QTest::newRow("unknown role") << "a@example.com"
                                  << "emperor"
                                  << "correct horse battery"
                                  << "role";
    QTest::newRow("bad e-mail") << "not-an-email"
                                << "admin"
                                << "correct horse battery"
                                << "email";
    QTest::newRow("first user not admin") << "a@example.com"
                                          << "sales"
                                          << "correct horse battery"
                                          << "role";
}

void TestAuthService::badNewUsers()
{
    QFETCH(QString, email);
    QFETCH(QString, role);
    QFETCH(QString, password);
    QFETCH(QString, field);
    DatabasePtr db;
    INVITEDESK_REQUIRE_DB(db);
    AuthService auth(db, {});
    auto r = auth.createUser(
        std::nullopt, {email, QStringLiteral("A"), QStringLiteral("B"), role, {}, password, {}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QCOMPARE(auth.hasUsers().value(), false);
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "test_auth_service.moc"
