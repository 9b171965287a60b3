// DatabaseUrl without a database: the sslmode a connection gets (verify-full by default beyond
// this machine), redaction of passwords in what is shown, and the round trip through
// toString() that the settings dialog relies on.
#include "core/security/UrlRedaction.h"
#include "core/settings/DatabaseUrl.h"

#include <QTest>

using namespace invitedesk;

class TestDatabaseUrl : public QObject {
    Q_OBJECT
private slots:
    void sslmodeDefault_data();
    void sslmodeDefault();
    void badUrlNeverEchoesItsPassword_data();
    void badUrlNeverEchoesItsPassword();
    void displayRedactsPassword();
    void redaction_data();
    void redaction();
    void roundTrip_data();
    void roundTrip();
};

void TestDatabaseUrl::sslmodeDefault_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("effective");
    // Issue 11, finding 5: no sslmode and a remote host meant libpq's "prefer", which falls
    // back to clear text.
    QTest::newRow("remote, none given") << "postgresql://app@db.example.com/invitedesk"
                                        << ""
                                        << "verify-full";
    QTest::newRow("remote address") << "postgresql://app@10.1.2.3:5433/x"
                                    << ""
                                    << "verify-full";
    QTest::newRow("remote v6") << "postgresql://app@[2001:db8::5]/x"
                               << ""
                               << "verify-full";
    QTest::newRow("remote, given") << "postgresql://app@db.example.com/x?sslmode=require"
                                   << "require"
                                   << "require";
    QTest::newRow("remote, disable given") << "postgresql://app@db.example.com/x?sslmode=disable"
                                           << "disable"
                                           << "disable";
    QTest::newRow("localhost") << "postgresql://app@localhost/x"
                               << ""
                               << "";
    QTest::newRow("127.0.0.1") << "postgresql://app@127.0.0.1:5432/x"
                               << ""
                               << "";
    QTest::newRow("127.1.2.3") << "postgresql://app@127.1.2.3/x"
                               << ""
                               << "";
    QTest::newRow("::1") << "postgresql://app@[::1]/x"
                         << ""
                         << "";
    QTest::newRow("sqlite") << "sqlite:///tmp/x.db"
                            << ""
                            << "";
}

void TestDatabaseUrl::sslmodeDefault()
{
    QFETCH(QString, url);
    QFETCH(QString, given);
    QFETCH(QString, effective);
    auto r = DatabaseUrl::parse(url);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->sslmode, given);
    QCOMPARE(r->effectiveSslmode(), effective);
}

void TestDatabaseUrl::badUrlNeverEchoesItsPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("unknown scheme") << "postgress://app:Sup3rSecret@db.example.com/x";
    QTest::newRow("mysql") << "mysql://root:Sup3rSecret@localhost/x";
    QTest::newRow("password with @") << "mariadb://root:Sup3r@Secret@localhost/x";
    QTest::newRow("bad sslmode") << "postgresql://app:Sup3rSecret@h/db?sslmode=sometimes";
    QTest::newRow("no host") << "postgresql://app:Sup3rSecret@/db";
    QTest::newRow("password parameter") << "pg://h/db?password=Sup3rSecret";
}

void TestDatabaseUrl::badUrlNeverEchoesItsPassword()
{
    QFETCH(QString, url);
    auto r = DatabaseUrl::parse(url);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("database"));
    QVERIFY2(!r.error().describe().contains(QStringLiteral("Secret")),
             qPrintable(r.error().describe()));
}

void TestDatabaseUrl::displayRedactsPassword()
{
    auto r = DatabaseUrl::parse(QStringLiteral("postgresql://app:Sup3rSecret@db.example.com/x"));
    QVERIFY(r.ok());
    QCOMPARE(r->password, QStringLiteral("Sup3rSecret"));
    QCOMPARE(r->display(), QStringLiteral("postgresql://app:***@db.example.com:5432/x"));
    auto plain = DatabaseUrl::parse(QStringLiteral("postgresql://app@db.example.com/x"));
    QCOMPARE(plain->display(), QStringLiteral("postgresql://app@db.example.com:5432/x"));
}

void TestDatabaseUrl::redaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("url") << "postgresql://user:pw@host/db"
                         << "postgresql://user:***@host/db";
    QTest::newRow("in a sentence") << "Cannot use \"smtp://bob:pw@relay:587\" now"
                                   << "Cannot use \"smtp://bob:***@relay:587\" now";
    QTest::newRow("no password") << "postgresql://user@host:5432/db"
                                 << "postgresql://user@host:5432/db";
    QTest::newRow("port, no user") << "smtp://relay:25"
                                   << "smtp://relay:25";
    QTest::newRow("@ and / in password") << "pg://u:a@b/c@host/db"
                                         << "pg://u:***@host/db";
    QTest::newRow("query parameter") << "pg://host/db?sslmode=require&password=pw"
                                     << "pg://host/db?sslmode=require&password=***";
}

void TestDatabaseUrl::redaction()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redactUrlPasswords(text), expected);
}

void TestDatabaseUrl::roundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("sqlite") << "sqlite:///home/me/invitedesk.db";
    QTest::newRow("sqlite, space and #") << "sqlite:///home/me/my%20desk%23.db";
    QTest::newRow("pg minimal") << "postgresql://db.example.com:5432/postgres";
    QTest::newRow("pg full")
        << "postgresql://app:p%40ss%2Fw@db.example.com:6432/invites?sslmode=verify-ca"
           "&sslrootcert=/etc/ssl/certs/db%20ca.pem";
    QTest::newRow("pg v6") << "postgresql://app@[2001:db8::5]:5432/x?sslmode=disable";
}

void TestDatabaseUrl::roundTrip()
{
    QFETCH(QString, url);
    auto first = DatabaseUrl::parse(url);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    auto second = DatabaseUrl::parse(first->toString());
    QVERIFY2(second.ok(), qPrintable(first->toString()));
    QVERIFY2(second.value() == first.value(), qPrintable(first->toString()));
    QCOMPARE(second->toString(), first->toString());
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "test_database_url.moc"
