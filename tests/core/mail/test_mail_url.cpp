// Mail URLs (the --mail / INVITEDESK_MAIL contract) and mail configuration defaults.
#include "core/mail/FileTransport.h"
#include "core/mail/MailConfig.h"
#include "core/mail/MailUrl.h"
#include "core/mail/SmtpTransport.h"

#include <QTest>

using namespace invitedesk;
using Tls = MailUrl::Tls;

class TestMailUrl : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("tls");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("extra"); // folder, or ca file
        const int smtp = int(MailUrl::Kind::Smtp), file = int(MailUrl::Kind::File);
        QTest::newRow("smtp auto") << "smtp://relay.example" << true << smtp << int(Tls::Auto)
                                   << "relay.example" << 25 << ""
                                   << "";
        QTest::newRow("smtp port user")
            << "smtp://mailer%40acme.example@relay.example:2525" << true << smtp << int(Tls::Auto)
            << "relay.example" << 2525 << "mailer@acme.example"
            << "";
        QTest::newRow("starttls default port")
            << "smtp://relay.example?tls=starttls" << true << smtp << int(Tls::StartTls)
            << "relay.example" << 587 << ""
            << "";
        QTest::newRow("none") << "smtp://127.0.0.1:1025?tls=none" << true << smtp << int(Tls::None)
                              << "127.0.0.1" << 1025 << ""
                              << "";
        QTest::newRow("implicit via smtp") << "smtp://relay.example?tls=implicit" << true << smtp
                                           << int(Tls::Implicit) << "relay.example" << 465 << ""
                                           << "";
        QTest::newRow("smtps") << "smtps://u@relay.example?ca=/etc/ca.pem" << true << smtp
                               << int(Tls::Implicit) << "relay.example" << 465 << "u"
                               << "/etc/ca.pem";
        QTest::newRow("ca") << "smtp://relay.example:587?tls=starttls&ca=/tmp/my%20ca.pem" << true
                            << smtp << int(Tls::StartTls) << "relay.example" << 587 << ""
                            << "/tmp/my ca.pem";
        QTest::newRow("file") << "file:///var/spool/invitedesk" << true << file << int(Tls::Auto)
                              << "" << 0 << ""
                              << "/var/spool/invitedesk";
        QTest::newRow("empty") << "" << false << 0 << 0 << "" << 0 << ""
                               << "";
        QTest::newRow("unknown scheme")
            << "http://relay.example" << false << 0 << 0 << "" << 0 << ""
            << "";
        QTest::newRow("no host") << "smtp://:25" << false << 0 << 0 << "" << 0 << ""
                                 << "";
        QTest::newRow("bad tls") << "smtp://relay.example?tls=ssl" << false << 0 << 0 << "" << 0
                                 << ""
                                 << "";
        QTest::newRow("typo param")
            << "smtp://relay.example?tsl=none" << false << 0 << 0 << "" << 0 << ""
            << "";
        QTest::newRow("smtps with starttls")
            << "smtps://relay.example?tls=starttls" << false << 0 << 0 << "" << 0 << ""
            << "";
        QTest::newRow("relative file") << "file:relative/dir" << false << 0 << 0 << "" << 0 << ""
                                       << "";
        QTest::newRow("ca with none")
            << "smtp://r.example?tls=none&ca=/x.pem" << false << 0 << 0 << "" << 0 << ""
            << "";
    }
    void parse()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        auto r = MailUrl::parse(url);
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QCOMPARE(r.error().code, Error::Code::InvalidInput);
            QCOMPARE(r.error().field, QStringLiteral("mail"));
            return;
        }
        QFETCH(int, kind);
        QFETCH(int, tls);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, extra);
        QCOMPARE(int(r->kind), kind);
        if (r->kind == MailUrl::Kind::File) {
            QCOMPARE(r->folder, extra);
            return;
        }
        QCOMPARE(int(r->tls), tls);
        QCOMPARE(r->host, host);
        QCOMPARE(r->port, port);
        QCOMPARE(r->user, user);
        QCOMPARE(r->caFile, extra);
    }

    void displayHidesPassword()
    {
        auto r = MailUrl::parse(QStringLiteral("smtp://bob:s3cret@relay.example:587?tls=starttls"));
        QVERIFY(r.ok());
        QCOMPARE(r->password, QStringLiteral("s3cret"));
        QVERIFY(!r->display().contains(QStringLiteral("s3cret")));
        QVERIFY(r->display().contains(QStringLiteral("bob@relay.example:587")));
        QVERIFY(MailUrl::parse(r->display()).ok());
    }

    // One parser and its toString(): everything survives a round trip (issue 12, item 7:
    // the desk's own copy of the parser dropped ca= and timeout=).
    void roundTrip_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("smtp auto") << "smtp://relay.example";
        QTest::newRow("user and port") << "smtp://mailer%40acme.example@relay.example:2525";
        QTest::newRow("password") << "smtp://bob:s3%2Fcr%40t@relay.example?tls=starttls";
        QTest::newRow("starttls, ca, timeout")
            << "smtp://relay.example?tls=starttls&ca=/etc/ssl/relay%20ca.pem&timeout=90";
        QTest::newRow("none, port") << "smtp://127.0.0.1:1025?tls=none&timeout=5";
        QTest::newRow("smtps port ca") << "smtps://relay.example:2465?ca=/etc/ssl/ca.pem";
        QTest::newRow("file") << "file:///var/spool/invitedesk";
    }

    void roundTrip()
    {
        QFETCH(QString, url);
        auto first = MailUrl::parse(url);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->toString(), url);
        auto second = MailUrl::parse(first->toString());
        QVERIFY(second.ok());
        QVERIFY(second.value() == first.value());
        QVERIFY(!first->display().contains(QStringLiteral("s3")));
    }

    void badUrlNeverEchoesItsPassword()
    {
        auto r = MailUrl::parse(QStringLiteral("smtp://bob:Sup3rSecret@relay.example:99x"));
        QVERIFY(!r.ok());
        QVERIFY2(!r.error().message.contains(QStringLiteral("Sup3rSecret")),
                 qPrintable(r.error().message));
    }

    void defaults()
    {
        MailConfig c;
        QVERIFY(c.effectiveUrl().startsWith(QStringLiteral("file:///")));
        QVERIFY(c.effectiveUrl().endsWith(QStringLiteral("mail-outbox")));
        c.publicUrl = QStringLiteral("https://invite.acme.example/app");
        auto from = c.defaultFrom();
        QVERIFY(from.ok());
        QCOMPARE(from->name, QStringLiteral("InviteDesk"));
        QCOMPARE(from->address, QStringLiteral("no-reply@invite.acme.example"));
        QCOMPARE(MailConfig::defaultFromFor(QStringLiteral("http://127.0.0.1:8080")),
                 QStringLiteral("InviteDesk <no-reply@[127.0.0.1]>"));
        QVERIFY(MailAddress::parse(MailConfig::defaultFromFor(QStringLiteral("http://10.1.2.3")),
                                   QStringLiteral("from"))
                    .ok());
        c.from = QStringLiteral("Acme <mail@acme.example>");
        QCOMPARE(c.defaultFrom()->address, QStringLiteral("mail@acme.example"));
        c.from = QStringLiteral("not an address");
        QVERIFY(!c.defaultFrom().ok());
    }

    void environment()
    {
        qputenv("INVITEDESK_MAIL", "smtp://u@relay.example?tls=starttls");
        qputenv("INVITEDESK_MAIL_PASSWORD", "pw");
        qputenv("INVITEDESK_MAIL_FROM", "X <x@acme.example>");
        qputenv("INVITEDESK_PUBLIC_URL", "https://p.example");
        const MailConfig c = MailConfig::fromEnvironment();
        QCOMPARE(c.url, QStringLiteral("smtp://u@relay.example?tls=starttls"));
        QCOMPARE(c.password, QStringLiteral("pw"));
        QCOMPARE(c.from, QStringLiteral("X <x@acme.example>"));
        QCOMPARE(c.publicUrl, QStringLiteral("https://p.example"));
        auto t = c.createTransport();
        QVERIFY(t.ok());
        auto* smtp = dynamic_cast<SmtpTransport*>(t.value().get());
        QVERIFY(smtp);
        QCOMPARE(smtp->options().password, QStringLiteral("pw"));
        QCOMPARE(smtp->options().port, 587);
        for (const char* v : {"INVITEDESK_MAIL", "INVITEDESK_MAIL_PASSWORD", "INVITEDESK_MAIL_FROM",
                              "INVITEDESK_PUBLIC_URL"})
            qunsetenv(v);
    }

    void keychainProvider()
    {
        MailConfig c;
        c.url = QStringLiteral("smtp://bob@relay.example");
        MailConfig::setPasswordProvider([](const MailUrl& u) {
            return u.user == QLatin1String("bob") ? QStringLiteral("from-keychain") : QString();
        });
        auto t = c.createTransport();
        MailConfig::setPasswordProvider({});
        QVERIFY(t.ok());
        QCOMPARE(dynamic_cast<SmtpTransport*>(t.value().get())->options().password,
                 QStringLiteral("from-keychain"));
    }

    void fileTransportForFileUrl()
    {
        MailConfig c;
        c.url = QStringLiteral("file:///tmp/x");
        auto t = c.createTransport();
        QVERIFY(t.ok());
        QVERIFY(dynamic_cast<FileTransport*>(t.value().get()));
        c.url = QStringLiteral("ftp://x");
        QVERIFY(!c.createTransport().ok());
    }
};

QTEST_GUILESS_MAIN(TestMailUrl)
#include "test_mail_url.moc"
