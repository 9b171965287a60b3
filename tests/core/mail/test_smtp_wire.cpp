// The SMTP client against a scripted fault server (SmtpFaultServer.h): the protocol as it
// appears on the wire: replies split across segments, multi-line replies, pipelined commands,
// dot-stuffing, bare line feeds, QUIT.
#include "SmtpFaultServer.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;
using Status = DeliveryOutcome::Status;

class TestSmtpWire : public QObject {
    Q_OBJECT
private slots:
    void splitReplies_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::addColumn<int>("split");
        QTest::newRow("pipelining, 1 byte") << true << 1;
        QTest::newRow("pipelining, 3 bytes") << true << 3;
        QTest::newRow("sequential, 2 bytes") << false << 2;
    }
    void splitReplies()
    {
        QFETCH(bool, pipelining);
        QFETCH(int, split);
        FaultServer server;
        server.pipelining = pipelining;
        server.splitBytes = split;
        server.greeting = "220-fault.test\r\n220 split greeting\r\n";
        QVERIFY(server.listen());
        SmtpTransport t(optionsFor(server, 5000));
        QVERIFY2(t.open().ok(), qPrintable(t.lastError().message));
        const auto out = t.send(mails(3));
        for (const auto& o : out) {
            QCOMPARE(o.status, Status::Sent);
            QCOMPARE(o.reply, QStringLiteral("250 2.0.0 queued"));
        }
    }

    void pipelinedCommandsShareWrites_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::newRow("pipelining") << true;
        QTest::newRow("sequential") << false;
    }
    void pipelinedCommandsShareWrites()
    {
        QFETCH(bool, pipelining);
        FaultServer server;
        server.pipelining = pipelining;
        QVERIFY(server.listen());
        SmtpTransport t(optionsFor(server));
        QVERIFY(t.open().ok());
        QCOMPARE(t.send(mails(3)).at(2).status, Status::Sent);
        QVERIFY(server.commands.contains("RCPT TO:<r2@example.org>"));
        QVERIFY(server.commands.at(1).startsWith("MAIL FROM:<sender@example.org> SIZE="));
        // With PIPELINING the envelope and DATA travel together (with the previous
        // message's data); without, one command per write.
        QCOMPARE(server.maxCommandsPerRead >= 3, pipelining);
    }

    void dotStuffingOnTheWire_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::newRow("pipelining") << true;
        QTest::newRow("sequential") << false;
    }
    void dotStuffingOnTheWire()
    {
        QFETCH(bool, pipelining);
        FaultServer server;
        server.pipelining = pipelining;
        QVERIFY(server.listen());
        SmtpTransport t(optionsFor(server));
        QVERIFY(t.open().ok());
        const QByteArray body = ".\r\n..\r\n.start\r\nmiddle . dot\r\n.";
        const auto out = t.send({mail(0, body), mail(1)});
        QCOMPARE(out.at(0).status, Status::Sent);
        QCOMPARE(out.at(1).status, Status::Sent);
        QCOMPARE(server.rawMessages.size(), 2);
        QCOMPARE(
            server.rawMessages.at(0),
            QByteArray("Subject: test 0\r\n\r\n..\r\n...\r\n..start\r\nmiddle . dot\r\n..\r\n"));
    }

    void bareLineFeedsBecomeCrlf()
    {
        FaultServer server;
        QVERIFY(server.listen());
        SmtpTransport t(optionsFor(server));
        QVERIFY(t.open().ok());
        OutgoingMail m{QStringLiteral("a@example.org"), QStringLiteral("b@example.org"),
                       "Subject: lf\n\nline one\n.\nline two"};
        QCOMPARE(t.send({m}).at(0).status, Status::Sent);
        QCOMPARE(server.rawMessages.at(0),
                 QByteArray("Subject: lf\r\n\r\nline one\r\n..\r\nline two\r\n"));
    }

    void quitIsSent()
    {
        FaultServer server;
        QVERIFY(server.listen());
        {
            SmtpTransport t(optionsFor(server));
            QVERIFY(t.open().ok());
            t.close();
        }
        QCOMPARE(server.commands.last(), QByteArray("QUIT"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpWire)
#include "test_smtp_wire.moc"
