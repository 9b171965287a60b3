// The About dialog's text: the version `invitedesk --version` prints, and the Qt and OpenSSL
// the program runs with (issue 17, item 1).
#include "core/BuildInfo.h"
#include "ui/views/MainWindow.h"

#include <QRegularExpression>
#include <QtTest>

#include <openssl/crypto.h>

using namespace invitedesk;
using namespace invitedesk::ui;

class TestAboutText : public QObject {
    Q_OBJECT

private slots:
    void versionIsTheProjectVersionWithAnOptionalCommit()
    {
        QCOMPARE(BuildInfo::projectVersion(), QStringLiteral(INVITEDESK_TEST_PROJECT_VERSION));
        const QRegularExpression shape(QStringLiteral("^(\\d+\\.\\d+\\.\\d+)(\\+g[0-9a-f]+)?$"));
        const auto match = shape.match(BuildInfo::version());
        QVERIFY2(match.hasMatch(), qPrintable(BuildInfo::version()));
        QCOMPARE(match.captured(1), BuildInfo::projectVersion());
    }

    void aboutNamesVersionQtAndOpenSsl()
    {
        const QString text = MainWindow::aboutText();
        QVERIFY2(text.contains(QStringLiteral("InviteDesk ") + BuildInfo::version()),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())),
                 qPrintable(text));
        const QString openSsl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING));
        QVERIFY(!openSsl.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("OpenSSL ") + openSsl), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAboutText)
#include "test_about_text.moc"
