// STARTTLS against a scripted TLS server: whatever arrives in clear with or after the 220
// (a "NoSTARTTLS"-style injection) is thrown away, the session starts over with EHLO inside
// TLS, and the capabilities read before TLS are forgotten.
#include "SmtpTestServer.h"

#include "core/mail/SmtpClient.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;
using invitedesk::test::SmtpTestServer;

namespace {
class TlsScriptServer : public QTcpServer {
public:
    QSslConfiguration tls;
    QByteArray afterReady; // sent in clear right behind "220 go ahead"
    bool offerStartTls = true;
    QList<QByteArray> commands;
    QList<bool> encrypted; // per command: was the session encrypted when it came

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* s = new QSslSocket(this);
        s->setSocketDescriptor(descriptor);
        s->setSslConfiguration(tls);
        connect(s, &QSslSocket::readyRead, this, [this, s] { onRead(s); });
        s->write("220 tls.test ESMTP\r\n");
    }

private:
    void onRead(QSslSocket* s)
    {
        m_buffer += s->readAll();
        while (true) {
            if (m_inData) {
                const qsizetype end = m_buffer.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                m_buffer.remove(0, end + 5);
                m_inData = false;
                s->write("250 2.0.0 queued\r\n");
                continue;
            }
            const qsizetype nl = m_buffer.indexOf("\r\n");
            if (nl < 0)
                return;
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 2);
            commands << line;
            encrypted << s->isEncrypted();
            const QByteArray verb = line.split(' ').first().split(':').first().toUpper();
            if (verb == "EHLO") {
                s->write(s->isEncrypted()
                             ? QByteArray("250-tls.test\r\n250-PIPELINING\r\n250 HELP\r\n")
                             : QByteArray("250-tls.test\r\n") +
                                   (offerStartTls ? "250-STARTTLS\r\n" : "") + "250 HELP\r\n");
            } else if (verb == "STARTTLS") {
                s->write("220 2.0.0 go ahead\r\n" + afterReady);
                s->flush();
                m_buffer.clear();
                s->startServerEncryption();
            } else if (verb == "DATA") {
                m_inData = true;
                s->write("354 go ahead\r\n");
            } else if (verb == "QUIT") {
                s->write("221 bye\r\n");
                s->disconnectFromHost();
            } else {
                s->write("250 2.0.0 ok\r\n");
            }
        }
    }

    QByteArray m_buffer;
    bool m_inData = false;
};
} // namespace

class TestSmtpStartTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_certs;
    QSslConfiguration m_tls;

    SmtpOptions optionsFor(const TlsScriptServer& server) const
    {
        SmtpOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = server.serverPort();
        o.tls = MailUrl::Tls::StartTls;
        o.caFile = m_certs.filePath(QStringLiteral("ca.pem"));
        o.timeoutMs = 5000;
        o.heloName = QStringLiteral("client.test");
        return o;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(SmtpTestServer::makeCertificates(m_certs.path(), &error), qPrintable(error));
        QFile key(m_certs.filePath(QStringLiteral("server.key")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificateChain(
            QSslCertificate::fromPath(m_certs.filePath(QStringLiteral("server.pem"))));
        m_tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    void injectedRepliesAreDiscarded_data()
    {
        QTest::addColumn<QByteArray>("injection");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("fake EHLO reply") << QByteArray("250-evil\r\n250 AUTH NONE\r\n");
        QTest::newRow("fake replies for a pipeline")
            << QByteArray("250 ok\r\n250 ok\r\n250 ok\r\n354 send it\r\n");
    }
    void injectedRepliesAreDiscarded()
    {
        QFETCH(QByteArray, injection);
        TlsScriptServer server;
        server.tls = m_tls;
        server.afterReady = injection;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        SmtpClient client(optionsFor(server));
        QVERIFY2(client.connectToServer().ok(), qPrintable(client.lastError().message));
        QVERIFY(client.isEncrypted());
        // The capabilities are the ones from the EHLO inside TLS.
        QVERIFY(client.supports(QStringLiteral("PIPELINING")));
        QVERIFY(!client.supports(QStringLiteral("STARTTLS")));
        QVERIFY(!client.supports(QStringLiteral("AUTH")));
        const auto out =
            client.sendBatch({{QStringLiteral("a@example.org"), QStringLiteral("b@example.org"),
                               "Subject: x\r\n\r\nhi\r\n"},
                              {QStringLiteral("a@example.org"), QStringLiteral("c@example.org"),
                               "Subject: y\r\n\r\nhi\r\n"}});
        QCOMPARE(out.at(0).status, DeliveryOutcome::Status::Sent);
        QCOMPARE(out.at(0).reply, QStringLiteral("250 2.0.0 queued"));
        QCOMPARE(out.at(1).status, DeliveryOutcome::Status::Sent);
        client.quit();
        const QList<QByteArray> expected = {"EHLO client.test", "STARTTLS", "EHLO client.test"};
        QCOMPARE(server.commands.mid(0, 3), expected);
        QCOMPARE(server.encrypted.mid(0, 3), (QList<bool>{false, false, true}));
        for (qsizetype i = 2; i < server.encrypted.size(); ++i)
            QVERIFY(server.encrypted.at(i));
    }

    void requiredStartTlsMissingIsAnError()
    {
        TlsScriptServer server;
        server.tls = m_tls;
        server.offerStartTls = false;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        SmtpClient client(optionsFor(server));
        auto r = client.connectToServer();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("does not offer STARTTLS")),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSmtpStartTls)
#include "test_smtp_starttls.moc"
