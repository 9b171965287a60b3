// The SMTP client against a real server (Debian's python3-aiosmtpd): plain, STARTTLS with
// AUTH and a CA given by ca=, implicit TLS; what arrived is parsed by Python's email package.
#include "SmtpTestServer.h"

#include "core/mail/MailConfig.h"
#include "core/mail/MailRenderer.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/SmtpTransport.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;
using invitedesk::test::SmtpTestServer;
using Status = DeliveryOutcome::Status;
using Mode = SmtpTestServer::Mode;

namespace {
const QString kMessage =
    QStringLiteral("Welcome <b>aboard</b> & \"thanks\"\n.\n..\n<script>x</script>");

OutgoingMail invitationMail(const QString& recipient, const QString& token)
{
    MailContext c;
    c.language = QStringLiteral("es");
    c.invitation.email = recipient;
    c.invitation.firstName = QStringLiteral("José");
    c.invitation.lastName = QStringLiteral("Müller");
    c.invitation.type = InvitationType::Doctor;
    c.invitation.message = kMessage;
    c.invitation.expiresAt = QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
    c.organization.name = QStringLiteral("Acme Salud");
    c.organization.replyTo = QStringLiteral("help@acme.example");
    c.inviterName = QStringLiteral("Ana Núñez");
    c.inviterEmail = QStringLiteral("ana@acme.example");
    c.link = MailRenderer::inviteLink(QStringLiteral("https://invite.acme.example"), token);
    auto rendered = MailRenderer(MailTemplates()).render(c);
    Q_ASSERT(rendered.ok());
    MimeMessage m;
    m.setFrom({QStringLiteral("Acme Salud"), QStringLiteral("no-reply@acme.example")});
    m.setReplyTo({QString(), QStringLiteral("help@acme.example")});
    m.setTo({c.invitation.fullName(), recipient});
    m.setSubject(rendered->subject);
    m.setTextBody(rendered->text);
    m.setHtmlBody(rendered->html);
    return {QStringLiteral("no-reply@acme.example"), recipient, m.toBytes()};
}

SmtpOptions optionsFor(const SmtpTestServer& server, const QString& user = {},
                       const QString& password = {})
{
    auto url = MailUrl::parse(server.url(user));
    Q_ASSERT(url.ok());
    SmtpOptions o = SmtpOptions::fromUrl(url.value(), password);
    o.timeoutMs = 10000;
    return o;
}
} // namespace

class TestSmtpAiosmtpd : public QObject {
    Q_OBJECT

    QTemporaryDir m_certs;

    // Sends three invitations to José Müller and checks every one with Python's parser.
    void sendThreeAndCheck(SmtpTestServer& server, const SmtpOptions& options, bool expectTls)
    {
        SmtpTransport transport(options);
        QVERIFY2(transport.open().ok(), qPrintable(transport.lastError().message));
        QList<OutgoingMail> batch;
        for (int i = 0; i < 3; ++i)
            batch << invitationMail(QStringLiteral("jose%1@example.org").arg(i),
                                    QStringLiteral("tok%1_ABC-def").arg(i));
        const auto outcomes = transport.send(batch);
        transport.close();
        QCOMPARE(outcomes.size(), 3);
        for (const auto& o : outcomes) {
            QCOMPARE(o.status, Status::Sent);
            QCOMPARE(o.code, 250);
            QVERIFY(o.reply.startsWith(QStringLiteral("250 2.0.0 Ok: queued as")));
        }
        QString error;
        const QJsonArray got = server.received(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(got.size(), 3);
        const QJsonArray envelopes = server.envelopes();
        QCOMPARE(envelopes.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject m = got.at(i).toObject();
            const QJsonObject env = envelopes.at(i).toObject();
            QCOMPARE(env.value(QStringLiteral("tls")).toBool(), expectTls);
            // One connection for the whole batch.
            QCOMPARE(env.value(QStringLiteral("peer_port")),
                     envelopes.at(0).toObject().value(QStringLiteral("peer_port")));
            QCOMPARE(env.value(QStringLiteral("mail_from")).toString(),
                     QStringLiteral("no-reply@acme.example"));
            QCOMPARE(m.value(QStringLiteral("defects")).toArray().size(), 0);
            QCOMPARE(m.value(QStringLiteral("part_defects")).toArray().size(), 0);
            QCOMPARE(m.value(QStringLiteral("to_names")).toArray().at(0).toString(),
                     QStringLiteral("José Müller"));
            QCOMPARE(m.value(QStringLiteral("to_addresses")).toArray().at(0).toString(),
                     QStringLiteral("jose%1@example.org").arg(i));
            QCOMPARE(m.value(QStringLiteral("from_addresses")).toArray().at(0).toString(),
                     QStringLiteral("no-reply@acme.example"));
            QCOMPARE(m.value(QStringLiteral("reply_to")).toString(),
                     QStringLiteral("help@acme.example"));
            QCOMPARE(m.value(QStringLiteral("subject")).toString(),
                     QStringLiteral("Ana Núñez le invita a unirse a Acme Salud como médico"));
            QCOMPARE(m.value(QStringLiteral("content_type")).toString(),
                     QStringLiteral("multipart/alternative"));
            QCOMPARE(m.value(QStringLiteral("part_types")).toArray(),
                     QJsonArray({QStringLiteral("multipart/alternative"),
                                 QStringLiteral("text/plain"), QStringLiteral("text/html")}));
            QVERIFY(m.value(QStringLiteral("message_id"))
                        .toString()
                        .endsWith(QStringLiteral("@acme.example>")));
            QVERIFY(m.value(QStringLiteral("message_id_valid")).toBool());
            QVERIFY(!m.value(QStringLiteral("date_parsed")).toString().isEmpty());
            QVERIFY(m.value(QStringLiteral("headers_ascii")).toBool());
            QVERIFY(!m.value(QStringLiteral("eight_bit")).toBool());
            QVERIFY(m.value(QStringLiteral("max_line")).toInt() <= 998);
            QVERIFY(m.value(QStringLiteral("header_max_line")).toInt() <= 998);
            QCOMPARE(m.value(QStringLiteral("bare_lf")).toInt(), 0);
            const QString link =
                QStringLiteral("https://invite.acme.example/invite/tok%1_ABC-def").arg(i);
            const QString text = m.value(QStringLiteral("text")).toString();
            const QString html = m.value(QStringLiteral("html")).toString();
            QVERIFY(text.contains(QStringLiteral("Hola José:")));
            QVERIFY(text.contains(link));
            // The message's lines "." and ".." survive dot-stuffing intact.
            QVERIFY(text.contains(QStringLiteral("\n.\n..\n")));
            QVERIFY(text.contains(QStringLiteral("<script>x</script>")));
            QVERIFY(text.contains(QStringLiteral("Ana Núñez <ana@acme.example>")));
            QVERIFY(text.contains(QStringLiteral("Rol: Médico")));
            QVERIFY(text.contains(QStringLiteral("25 de noviembre de 2026")));
            QVERIFY(html.contains(QStringLiteral("href=\"%1\"").arg(link)));
            QVERIFY(html.contains(
                QStringLiteral("Welcome &lt;b&gt;aboard&lt;/b&gt; &amp; &quot;thanks&quot;")));
            QVERIFY(html.contains(QStringLiteral("&lt;script&gt;x&lt;/script&gt;")));
            QVERIFY(!html.contains(QStringLiteral("<script>")));
            QVERIFY(html.contains(QStringLiteral("Acme Salud")));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid());
        QString error;
        QVERIFY2(SmtpTestServer::makeCertificates(m_certs.path(), &error), qPrintable(error));
    }

    void plain_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::newRow("pipelining") << true;
        QTest::newRow("no pipelining") << false;
    }
    void plain()
    {
        QFETCH(bool, pipelining);
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.pipelining = pipelining;
        QString error;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        sendThreeAndCheck(server, optionsFor(server), false);
    }

    void startTlsWithAuth_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::newRow("pipelining") << true;
        QTest::newRow("no pipelining") << false;
    }
    void startTlsWithAuth()
    {
        QFETCH(bool, pipelining);
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.mode = Mode::StartTls;
        o.auth = QStringLiteral("mailer:s3cret pass");
        o.certDir = m_certs.path();
        o.pipelining = pipelining;
        QString error;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        sendThreeAndCheck(
            server, optionsFor(server, QStringLiteral("mailer"), QStringLiteral("s3cret pass")),
            true);
    }

    void authLoginWhenPlainIsNotOffered()
    {
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.mode = Mode::StartTls;
        o.auth = QStringLiteral("mailer:login pass");
        o.certDir = m_certs.path();
        o.excludeAuth = {QStringLiteral("PLAIN")};
        QString error;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        SmtpClient client(
            optionsFor(server, QStringLiteral("mailer"), QStringLiteral("login pass")));
        QVERIFY2(client.connectToServer().ok(), qPrintable(client.lastError().message));
        const auto out = client.sendBatch({invitationMail(QStringLiteral("a@example.org"), "t")});
        QCOMPARE(out.at(0).status, Status::Sent);
        client.quit();
        SmtpClient wrong(optionsFor(server, QStringLiteral("mailer"), QStringLiteral("nope")));
        auto r = wrong.connectToServer();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("535")), qPrintable(r.error().message));
    }

    void implicitTls()
    {
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.mode = Mode::Implicit;
        o.auth = QStringLiteral("mailer:pw");
        o.certDir = m_certs.path();
        QString error;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        QVERIFY(server.url().startsWith(QStringLiteral("smtps://")));
        sendThreeAndCheck(server,
                          optionsFor(server, QStringLiteral("mailer"), QStringLiteral("pw")), true);
    }

    void autoUpgradesWhenOffered()
    {
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.mode = Mode::StartTls;
        o.certDir = m_certs.path();
        QString error;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        SmtpOptions opts = optionsFor(server);
        opts.tls = MailUrl::Tls::Auto;
        SmtpClient client(opts);
        QVERIFY2(client.connectToServer().ok(), qPrintable(client.lastError().message));
        QVERIFY(client.isEncrypted());
        // tls=none never upgrades.
        opts.tls = MailUrl::Tls::None;
        SmtpClient plain(opts);
        QVERIFY(plain.connectToServer().ok());
        QVERIFY(!plain.isEncrypted());
        QVERIFY(plain.supports(QStringLiteral("STARTTLS")));
    }

    void untrustedCertificateIsNamed()
    {
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.mode = Mode::StartTls;
        o.certDir = m_certs.path();
        QString error;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        SmtpOptions opts = optionsFor(server);
        opts.caFile.clear(); // system store only: our test CA is unknown there
        SmtpTransport transport(opts);
        auto r = transport.open();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Environment);
        QVERIFY2(r.error().message.contains(QStringLiteral("TLS")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(r.error().message));
        QCOMPARE(server.receivedCount(), 0);
    }

    void hostNameMismatchIsNamed()
    {
        QTemporaryDir wrong;
        QString error;
        QVERIFY2(SmtpTestServer::makeCertificates(wrong.path(), &error,
                                                  QStringLiteral("DNS:wrong.example")),
                 qPrintable(error));
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.mode = Mode::Implicit;
        o.certDir = wrong.path();
        QVERIFY2(server.start(o, &error), qPrintable(error));
        SmtpTransport transport(optionsFor(server));
        auto r = transport.open();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("host name"), Qt::CaseInsensitive),
                 qPrintable(r.error().message));
    }

    void missingCaFile()
    {
        SmtpOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = 1;
        o.tls = MailUrl::Tls::StartTls;
        o.caFile = QStringLiteral("/nonexistent/ca.pem");
        SmtpTransport transport(o);
        auto r = transport.open();
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("/nonexistent/ca.pem")));
    }

    void wrongPasswordIsRefused()
    {
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.mode = Mode::StartTls;
        o.auth = QStringLiteral("mailer:right");
        o.certDir = m_certs.path();
        QString error;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        SmtpTransport transport(
            optionsFor(server, QStringLiteral("mailer"), QStringLiteral("wrong")));
        auto r = transport.open();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Environment);
        QVERIFY2(r.error().message.contains(QStringLiteral("refused the login for mailer")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("535")), qPrintable(r.error().message));
    }

    void noPasswordInClear()
    {
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.auth = QStringLiteral("mailer:pw"); // plain server that offers AUTH without TLS
        QString error;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        SmtpOptions opts = optionsFor(server, QStringLiteral("mailer"), QStringLiteral("pw"));
        opts.tls = MailUrl::Tls::Auto;
        SmtpTransport transport(opts);
        auto r = transport.open();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("in clear")),
                 qPrintable(r.error().message));
        // With tls=none the operator has said the network is trusted.
        opts.tls = MailUrl::Tls::None;
        SmtpTransport allowed(opts);
        QVERIFY2(allowed.open().ok(), qPrintable(allowed.lastError().message));
    }

    void perRecipientOutcomes_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::newRow("pipelining") << true;
        QTest::newRow("no pipelining") << false;
    }
    void perRecipientOutcomes()
    {
        QFETCH(bool, pipelining);
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.pipelining = pipelining;
        QString error;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        SmtpTransport transport(optionsFor(server));
        QVERIFY(transport.open().ok());
        const QStringList to = {"ok1@example.org",         "reject@example.org",
                                "defer@example.org",       "rejectdata@example.org",
                                "deferdata@example.org",   "ok2@example.org",
                                "bad address@example.org", "ok3@example.org"};
        QList<OutgoingMail> batch;
        for (const QString& r : to)
            batch << invitationMail(r, QStringLiteral("t"));
        const auto out = transport.send(batch);
        QCOMPARE(out.size(), to.size());
        QCOMPARE(out[0].status, Status::Sent);
        QCOMPARE(out[1].status, Status::Rejected);
        QCOMPARE(out[1].code, 550);
        QCOMPARE(out[1].reply, QStringLiteral("550 5.1.1 no such user"));
        QCOMPARE(out[2].status, Status::Deferred);
        QCOMPARE(out[2].reply, QStringLiteral("451 4.3.0 mailbox busy, try again later"));
        QCOMPARE(out[3].status, Status::Rejected);
        QCOMPARE(out[3].reply, QStringLiteral("554 5.6.0 message content rejected"));
        QCOMPARE(out[4].status, Status::Deferred);
        QCOMPARE(out[4].code, 452);
        QCOMPARE(out[5].status, Status::Sent);
        QCOMPARE(out[6].status, Status::Rejected);
        QCOMPARE(out[6].code, 0);
        QVERIFY(out[6].reply.startsWith(QStringLiteral("local:")));
        QCOMPARE(out[7].status, Status::Sent);
        // A second batch reuses the connection (RSET checks it first).
        const auto again = transport.send(
            {invitationMail(QStringLiteral("ok4@example.org"), QStringLiteral("t"))});
        QCOMPARE(again.at(0).status, Status::Sent);
        transport.close();
        const QJsonArray env = server.envelopes();
        QCOMPARE(env.size(), 4);
        for (const auto& e : env)
            QCOMPARE(e.toObject().value(QStringLiteral("peer_port")),
                     env.at(0).toObject().value(QStringLiteral("peer_port")));
        QCOMPARE(env.at(3).toObject().value(QStringLiteral("rcpt_tos")).toArray().at(0).toString(),
                 QStringLiteral("ok4@example.org"));
    }

    void smtpUtf8_data()
    {
        QTest::addColumn<bool>("offered");
        QTest::newRow("offered") << true;
        QTest::newRow("not offered") << false;
    }
    void smtpUtf8()
    {
        QFETCH(bool, offered);
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.smtputf8 = offered;
        QString error;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        SmtpTransport transport(optionsFor(server));
        QVERIFY(transport.open().ok());
        const auto out = transport.send(
            {invitationMail(QStringLiteral("josé@example.org"), QStringLiteral("t"))});
        if (!offered) {
            QCOMPARE(out.at(0).status, Status::Rejected);
            QVERIFY(out.at(0).reply.contains(QStringLiteral("SMTPUTF8")));
            QCOMPARE(server.receivedCount(), 0);
            return;
        }
        QCOMPARE(out.at(0).status, Status::Sent);
        const QJsonArray env = server.envelopes();
        QCOMPARE(env.size(), 1);
        QVERIFY(env.at(0)
                    .toObject()
                    .value(QStringLiteral("mail_options"))
                    .toArray()
                    .contains(QStringLiteral("SMTPUTF8")));
        const QJsonArray got = server.received(&error);
        QCOMPARE(
            got.at(0).toObject().value(QStringLiteral("to_addresses")).toArray().at(0).toString(),
            QStringLiteral("josé@example.org"));
    }

    void connectionRefused()
    {
        SmtpTestServer server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const SmtpOptions opts = optionsFor(server);
        server.stop();
        SmtpTransport transport(opts);
        auto r = transport.open();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Environment);
        QVERIFY2(r.error().message.contains(QStringLiteral("refused the connection")),
                 qPrintable(r.error().message));
        // send() without a relay: nothing attempted, the reason given.
        const auto out = transport.send({invitationMail(QStringLiteral("a@example.org"), "t")});
        QCOMPARE(out.at(0).status, Status::NotAttempted);
        QVERIFY(out.at(0).reply.contains(QStringLiteral("refused the connection")));
    }

    void unknownHost()
    {
        SmtpOptions o;
        o.host = QStringLiteral("no-such-host.invalid");
        o.port = 25;
        o.tls = MailUrl::Tls::None;
        o.timeoutMs = 10000;
        SmtpTransport transport(o);
        auto r = transport.open();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("was not found")),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSmtpAiosmtpd)
#include "test_smtp_aiosmtpd.moc"
