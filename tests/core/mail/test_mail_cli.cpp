// `invitedesk outbox run` and `invitedesk mail test` as a user runs them: exit codes, output,
// what reaches the relay and what the database says afterwards. Both backends.
#include "DispatcherTestSupport.h"
#include "SmtpTestServer.h"

#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args, const QProcessEnvironment& extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* k : {"INVITEDESK_MAIL", "INVITEDESK_MAIL_PASSWORD", "INVITEDESK_MAIL_FROM",
                          "INVITEDESK_PUBLIC_URL", "INVITEDESK_DATABASE"})
        env.remove(QString::fromLatin1(k));
    for (const QString& k : extra.keys())
        env.insert(k, extra.value(k));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("invitedesk.*.info=false"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("INVITEDESK_BIN"), args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestMailCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_certs;
    SmtpTestServer m_server; // STARTTLS + AUTH
    QString m_dbUrl;
    DatabasePtr m_db;
    UserTree m_tree;

    Invitation invite(const QString& email)
    {
        ServiceConfig config;
        config.publicUrl = QStringLiteral("https://links.example");
        NewInvitation in;
        in.email = email;
        in.firstName = QStringLiteral("José");
        in.lastName = QStringLiteral("Müller");
        in.type = QStringLiteral("doctor");
        auto r = InvitationService(m_db, config).create(m_tree["admin"], in);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }
    QProcessEnvironment relayEnv() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("INVITEDESK_MAIL"), m_server.url(QStringLiteral("mailer")));
        env.insert(QStringLiteral("INVITEDESK_MAIL_PASSWORD"), QStringLiteral("pw"));
        return env;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("INVITEDESK_BIN").isEmpty());
        QString error;
        QVERIFY2(SmtpTestServer::makeCertificates(m_certs.path(), &error), qPrintable(error));
        SmtpTestServer::Options o;
        o.mode = SmtpTestServer::Mode::StartTls;
        o.auth = QStringLiteral("mailer:pw");
        o.certDir = m_certs.path();
        QVERIFY2(m_server.start(o, &error), qPrintable(error));
    }

    void init()
    {
        QString error;
        m_dbUrl = TestDatabase::createUrl(&error);
        QVERIFY2(!m_dbUrl.isEmpty(), qPrintable(error));
        m_db = Database::open(m_dbUrl).value();
        m_tree = TestFixtures::makeTree(m_db);
    }

    void outboxRunOnce()
    {
        const Invitation a = invite(QStringLiteral("cli.one@example.org"));
        const Invitation b = invite(QStringLiteral("reject.cli@example.org"));
        const int before = m_server.receivedCount();
        const Run r =
            runCli({QStringLiteral("--database"), m_dbUrl, QStringLiteral("outbox"),
                    QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--json")},
                   relayEnv());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value("sent").toInt(), 1);
        QCOMPARE(report.value("failed").toInt(), 1);
        QCOMPARE(m_server.receivedCount(), before + 1);
        QCOMPARE(invitationRow(m_db, a.id).value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(invitationRow(m_db, b.id).value("last_email_error").toString(),
                 QStringLiteral("550 5.1.1 no such user"));
        // The link is the one in force when the invitation was written.
        QString error;
        const QJsonArray got = m_server.received(&error);
        const QString text = got.last().toObject().value("text").toString();
        const QStringList inMail = linkTokens(text.toUtf8());
        QCOMPARE(inMail.size(), 1);
        QVERIFY(text.contains(QStringLiteral("https://links.example/invite/") + inMail.first()));
        // Its hash is the invitation's live link.
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM invitation_links WHERE "
                                       "invitation_id = ? AND token_hash = ?"),
                        {a.id, tokens::hash(inMail.first())}),
                 1);
        // Text output, nothing left.
        const Run again =
            runCli({QStringLiteral("--database"), m_dbUrl, QStringLiteral("outbox"),
                    QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--due-now")},
                   relayEnv());
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Sent 0, deferred 0, failed 0")),
                 qPrintable(again.out));
    }

    void outboxRunWithRelayDownExits3()
    {
        const Invitation a = invite(QStringLiteral("cli.down@example.org"));
        SmtpTestServer down;
        QString error;
        QVERIFY(down.start({}, &error));
        const QString url = down.url();
        down.stop();
        const Run r =
            runCli({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"),
                    QStringLiteral("--database"), m_dbUrl, QStringLiteral("--mail"), url});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("refused the connection")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("left for later 1")));
        QCOMPARE(invitationRow(m_db, a.id).value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(invitationRow(m_db, a.id).value("email_attempts").toInt(), 0);
    }

    void outboxRunRejectsABadMailUrl()
    {
        invite(QStringLiteral("cli.bad@example.org"));
        const Run r = runCli({QStringLiteral("--database"), m_dbUrl, QStringLiteral("outbox"),
                              QStringLiteral("run"), QStringLiteral("--once"),
                              QStringLiteral("--mail"), QStringLiteral("smtp://relay?tls=maybe")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("mail: tls=maybe")), qPrintable(r.err));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM email_outbox WHERE claimed_by "
                                             "IS NOT NULL OR attempts > 0")),
                 0);
    }

    void outboxRunKeepsRunningUntilTerminated()
    {
        const Invitation a = invite(QStringLiteral("cli.loop@example.org"));
        const int before = m_server.receivedCount();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QProcessEnvironment relay = relayEnv();
        for (const QString& k : relay.keys())
            env.insert(k, relay.value(k));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("INVITEDESK_BIN"),
                {QStringLiteral("--database"), m_dbUrl, QStringLiteral("outbox"),
                 QStringLiteral("run")});
        QVERIFY(p.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.receivedCount(), before + 1, 20000);
        // SIGTERM stops it cleanly, with no lease left behind.
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(invitationRow(m_db, a.id).value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM email_outbox WHERE claimed_by "
                                             "IS NOT NULL")),
                 0);
    }

    void mailTest_data()
    {
        QTest::addColumn<QString>("url"); // %1 = server URL without user
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("ok") << "USER"
                            << "pw" << 0 << "accepted by smtp://127.0.0.1";
        QTest::newRow("wrong password") << "USER"
                                        << "nope" << 3 << "refused the login for mailer";
        QTest::newRow("untrusted certificate") << "NOCA"
                                               << "pw" << 3 << "certificate";
        QTest::newRow("unreachable") << "smtp://127.0.0.1:1?tls=none"
                                     << "" << 3 << "refused the connection";
        QTest::newRow("unknown host") << "smtp://relay.invalid?tls=none"
                                      << "" << 3 << "was not found";
        QTest::newRow("refused recipient") << "USER"
                                           << "pw" << 1 << "550 5.1.1 no such user";
    }
    void mailTest()
    {
        QFETCH(QString, url);
        QFETCH(QString, password);
        QFETCH(int, code);
        QFETCH(QString, says);
        if (url == QLatin1String("USER"))
            url = m_server.url(QStringLiteral("mailer"));
        if (url == QLatin1String("NOCA"))
            url = m_server.url(QStringLiteral("mailer")).section(QStringLiteral("&ca="), 0, 0);
        const QString to =
            QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("refused recipient")
                ? QStringLiteral("reject.me@example.org")
                : QStringLiteral("it@example.org");
        QProcessEnvironment env;
        env.insert(QStringLiteral("INVITEDESK_MAIL_PASSWORD"), password);
        env.insert(QStringLiteral("INVITEDESK_MAIL_FROM"),
                   QStringLiteral("IT Desk <it@acme.example>"));
        const int before = m_server.receivedCount();
        const Run r = runCli({QStringLiteral("mail"), QStringLiteral("test"),
                              QStringLiteral("--to"), to, QStringLiteral("--mail"), url},
                             env);
        QVERIFY2(r.code == code,
                 qPrintable(QStringLiteral("%1: %2%3").arg(r.code).arg(r.out, r.err)));
        QVERIFY2((r.out + r.err).contains(says), qPrintable(r.out + r.err));
        QCOMPARE(m_server.receivedCount(), before + (code == 0 ? 1 : 0));
        if (code == 0) {
            QString error;
            const QJsonObject m = m_server.received(&error).last().toObject();
            QCOMPARE(m.value("subject").toString(), QStringLiteral("InviteDesk test message"));
            QVERIFY(m.value("message_id_valid").toBool());
            QCOMPARE(m.value("defects").toArray().size(), 0);
            QCOMPARE(m.value("from_addresses").toArray().at(0).toString(),
                     QStringLiteral("it@acme.example"));
        }
    }

    void mailTestFromAnAddressLiteral()
    {
        SmtpTestServer plain;
        QString error;
        QVERIFY2(plain.start({}, &error), qPrintable(error));
        const Run r =
            runCli({QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                    QStringLiteral("it@example.org"), QStringLiteral("--mail"), plain.url(),
                    QStringLiteral("--public-url"), QStringLiteral("http://10.1.2.3:8080")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject m = plain.received(&error).last().toObject();
        QCOMPARE(m.value("from_addresses").toArray().at(0).toString(),
                 QStringLiteral("no-reply@[10.1.2.3]"));
        QVERIFY2(m.value("message_id_valid").toBool(),
                 qPrintable(m.value("message_id").toString()));
        QCOMPARE(plain.envelopes().last().toObject().value("mail_from").toString(),
                 QStringLiteral("no-reply@[10.1.2.3]"));
    }

    void mailTestUsage()
    {
        QCOMPARE(runCli({QStringLiteral("mail"), QStringLiteral("test")}).code, 2);
        const Run bad = runCli({QStringLiteral("mail"), QStringLiteral("test"),
                                QStringLiteral("--to"), QStringLiteral("not-an-address")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QStringLiteral("to:")));
    }
};

QTEST_GUILESS_MAIN(TestMailCli)
#include "test_mail_cli.moc"
