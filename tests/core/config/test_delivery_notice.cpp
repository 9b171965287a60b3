// The test-mode notice (issue 18, item 2): the file transport only saves e-mails to a folder,
// and a loopback public URL makes links that open only on this computer. DeliveryNotice is the
// one rule; the desk's banner shows its words and `invitedesk check` flags loopback with it.
#include "core/config/DeliveryNotice.h"

#include <QTest>
#include <QUrl>

using namespace invitedesk;

class TestDeliveryNotice : public QObject {
    Q_OBJECT
private slots:
    void loopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("127.1.2.3") << "http://127.1.2.3/" << true;
        QTest::newRow("::1") << "http://[::1]:8080" << true;
        QTest::newRow("localhost") << "http://localhost:8080" << true;
        QTest::newRow("LOCALHOST") << "https://LOCALHOST" << true;
        QTest::newRow("sub.localhost") << "http://desk.localhost" << true;
        QTest::newRow("public name") << "https://invite.example.com" << false;
        QTest::newRow("public address") << "http://192.0.2.10" << false;
        QTest::newRow("localhost lookalike") << "https://localhost.example.com" << false;
        QTest::newRow("empty") << "" << false;
    }
    void loopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QCOMPARE(DeliveryNotice::isLoopbackUrl(url), loopback);
    }

    void words_data()
    {
        QTest::addColumn<QString>("mail");
        QTest::addColumn<QString>("publicUrl");
        QTest::addColumn<bool>("testMode");
        QTest::addColumn<QString>("startsWith");
        const QString folder = QUrl::fromLocalFile(QStringLiteral("/tmp/mail")).toString();
        QTest::newRow("folder, loopback")
            << folder << "http://127.0.0.1:8080" << true
            << "Test mode: e-mails are saved to a folder; links work only on this computer";
        QTest::newRow("default transport is the folder")
            << ""
            << "http://localhost:8080" << true
            << "Test mode: e-mails are saved to a folder; links work only on this computer";
        QTest::newRow("folder, public links")
            << folder << "https://invite.example.com" << true
            << "Test mode: e-mails are saved to a folder (/tmp/mail) and not delivered.";
        QTest::newRow("relay, loopback links")
            << "smtp://relay.example.com:587"
            << "http://[::1]:8080" << true
            << "Links in e-mails point at this computer (http://[::1]:8080)";
        QTest::newRow("relay, public links") << "smtp://relay.example.com:587"
                                             << "https://invite.example.com" << false << "";
    }
    void words()
    {
        QFETCH(QString, mail);
        QFETCH(QString, publicUrl);
        QFETCH(bool, testMode);
        QFETCH(QString, startsWith);
        MailConfig config;
        config.url = mail;
        const DeliveryNotice notice = DeliveryNotice::of(config, publicUrl);
        QCOMPARE(notice.isTestMode(), testMode);
        const QString text = notice.text();
        QVERIFY2(testMode ? text.startsWith(startsWith) : text.isEmpty(), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryNotice)
#include "test_delivery_notice.moc"
