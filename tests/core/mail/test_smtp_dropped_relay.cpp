// The SMTP client against a scripted fault server (SmtpFaultServer.h): a relay that goes
// silent, drops the connection mid-DATA, or closes with a 421 in the middle of a batch.
#include "SmtpFaultServer.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;
using Status = DeliveryOutcome::Status;

class TestSmtpDroppedRelay : public QObject {
    Q_OBJECT
private slots:
    void silentServer_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<bool>("atOpen");
        QTest::newRow("EHLO") << QByteArray("EHLO") << true;
        QTest::newRow("MAIL") << QByteArray("MAIL") << false;
        QTest::newRow("DATA") << QByteArray("DATA") << false;
        QTest::newRow("END") << QByteArray("END") << false;
    }
    void silentServer()
    {
        QFETCH(QByteArray, verb);
        QFETCH(bool, atOpen);
        FaultServer server;
        server.silentAt = verb;
        QVERIFY(server.listen());
        SmtpTransport t(optionsFor(server, 400));
        QElapsedTimer timer;
        timer.start();
        auto opened = t.open();
        if (atOpen) {
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().message.startsWith(QStringLiteral("timeout")),
                     qPrintable(opened.error().message));
            QVERIFY(timer.elapsed() < 3000);
            return;
        }
        QVERIFY(opened.ok());
        const auto out = t.send(mails(3));
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(out.at(0).status, Status::Deferred);
        QCOMPARE(out.at(0).code, 0);
        QVERIFY2(out.at(0).reply.startsWith(QStringLiteral("timeout")),
                 qPrintable(out.at(0).reply));
        QCOMPARE(out.at(1).status, Status::NotAttempted);
        QCOMPARE(out.at(2).status, Status::NotAttempted);
        QVERIFY(!t.lastError().message.isEmpty());
    }

    void droppedMidData_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::newRow("pipelining") << true;
        QTest::newRow("sequential") << false;
    }
    void droppedMidData()
    {
        QFETCH(bool, pipelining);
        FaultServer server;
        server.pipelining = pipelining;
        server.dropMidData = true;
        QVERIFY(server.listen());
        SmtpTransport t(optionsFor(server));
        QVERIFY(t.open().ok());
        const auto out = t.send(mails(2));
        QCOMPARE(out.at(0).status, Status::Deferred);
        QVERIFY2(out.at(0).reply.contains(QStringLiteral("connection")),
                 qPrintable(out.at(0).reply));
        QCOMPARE(out.at(1).status, Status::NotAttempted);
        // The next batch reconnects.
        server.dropMidData = false;
        const auto again = t.send(mails(1));
        QCOMPARE(again.at(0).status, Status::Sent);
        QCOMPARE(server.connections, 2);
    }

    void closingReplyMidBatch()
    {
        FaultServer server;
        server.reply = [](const QByteArray& v, int n) {
            return v == "RCPT" && n == 1 ? QByteArray("421 4.4.2 shutting down\r\n") : QByteArray();
        };
        QVERIFY(server.listen());
        SmtpTransport t(optionsFor(server));
        QVERIFY(t.open().ok());
        const auto out = t.send(mails(3));
        QCOMPARE(out.at(0).status, Status::Sent);
        QCOMPARE(out.at(1).status, Status::Deferred);
        QCOMPARE(out.at(1).code, 421);
        QCOMPARE(out.at(2).status, Status::NotAttempted);
    }
};

QTEST_GUILESS_MAIN(TestSmtpDroppedRelay)
#include "test_smtp_dropped_relay.moc"
