// What runs behind the desk window: the outbox dispatcher sends a new invitation through the
// configured transport (here the .eml folder) once woken, and the in-process acceptance
// handler answers on loopback.
#include "UiFixture.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "core/settings/SettingKeys.h"
#include "tests/support/LinkDelivery.h"
#include "ui/session/BackgroundServices.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestBackgroundServices : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QString error;
        if (!m_fx.setUp(2, &error))
            QFAIL(qPrintable(error));
    }

    void sendsTheOutboxAndAnswersLinks()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int port = probe.serverPort();
        probe.close();
        const QString outbox = m_dir.filePath(QStringLiteral("outbox"));
        QDir().mkpath(outbox);
        AppSettings settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("u.conf")),
                                                         QSettings::IniFormat),
                             std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.conf")),
                                                         QSettings::IniFormat),
                             QProcessEnvironment());
        settings.setUserValue(settings::mailUrl, QUrl::fromLocalFile(outbox).toString());
        settings.setUserValue(settings::handlerEnabled, true);
        settings.setUserValue(settings::handlerPort, port);
        InMemorySecretStore secrets;
        ServiceConfig config;
        config.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);

        BackgroundServices background(BackendServices::wrap(m_fx.db, {}), &settings, &secrets);
        QSignalSpy delivered(&background, &BackgroundServices::mailDelivered);
        background.start(config);
        QVERIFY(background.isDispatching());
        QVERIFY(background.isServing());
        QCOMPARE(int(background.handlerPort()), port);

        NewInvitation in;
        in.email = QStringLiteral("fresh.doctor@example.com");
        in.firstName = QStringLiteral("Fresh");
        in.lastName = QStringLiteral("Doctor");
        in.type = QStringLiteral("doctor");
        auto created =
            InvitationService(m_fx.db, config).create(m_fx.tree[QStringLiteral("sales1")], in);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().describe()));
        background.wake();
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(outbox).entryList({QStringLiteral("*.eml")}).isEmpty(),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(delivered.count() >= 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_fx.service().get(m_fx.tree[QStringLiteral("sales1")], created->id)->status,
            InvitationStatus::Sent, 10000);

        QNetworkAccessManager net;
        auto get = [&](const QString& path) {
            QNetworkReply* reply = net.get(QNetworkRequest(QUrl(config.publicUrl + path)));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QCOMPARE(get(QStringLiteral("/healthz")), 200);
        // The link in the e-mail opens the acceptance page.
        QStringList links;
        for (const QString& name : QDir(outbox).entryList({QStringLiteral("*.eml")})) {
            QFile mail(QDir(outbox).filePath(name));
            QVERIFY(mail.open(QIODevice::ReadOnly));
            const QByteArray data = mail.readAll();
            if (data.contains("fresh.doctor@example.com"))
                links << test::linkTokens(data);
        }
        QCOMPARE(links.size(), 1);
        QCOMPARE(get(QStringLiteral("/invite/") + links.first()), 200);

        background.stop();
        QVERIFY(!background.isDispatching());
        QVERIFY(!background.isServing());
    }
};

QTEST_MAIN(TestBackgroundServices)
#include "test_background_services.moc"
