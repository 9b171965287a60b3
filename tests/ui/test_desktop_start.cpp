// Start-up as the command line runs it: a fresh embedded database with --first-run-demo and
// --as (password from INVITEDESK_PASSWORD) opens the window titled InviteDesk on the demo
// data; a refused --as ends with exit code 1; closing the window ends with 0, after the
// window is gone.
#include "core/services/DemoSeeder.h"
#include "ui/DesktopController.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;

class TestDesktopStart : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // Settings, keychain and data stay inside the test's own folder.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("INVITEDESK_KEYCHAIN", "none");
        QApplication::setQuitOnLastWindowClosed(false);
    }

    void demoDatabaseOpensSignedIn()
    {
        DesktopOptions options;
        options.databaseUrl =
            QStringLiteral("sqlite://") + m_home.filePath(QStringLiteral("demo.db"));
        options.firstRunDemo = true;
        options.signInEmail = QStringLiteral("admin@") + DemoSeeder::demoDomain();
        qputenv("INVITEDESK_PASSWORD", DemoSeeder::defaultPassword().toUtf8());
        DesktopController controller(options);
        QSignalSpy finished(&controller, &DesktopController::finished);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.window() && controller.window()->isVisible(), 30000);
        MainWindow* window = controller.window();
        // "{organisation} — {user}": Qt appends the display name, the title does not repeat it.
        QVERIFY2(window->windowTitle().startsWith(QStringLiteral("InviteDesk Demo — ")),
                 qPrintable(window->windowTitle()));
        QVERIFY(window->windowTitle().contains(QStringLiteral("Admin")));
        auto* model = window->invitationsPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 10, 15000);
        QTRY_VERIFY(model->totalCount() > 10);
        // The desk shuts down only once the window is gone: stopping the services spins an
        // event loop, which must not deliver anything to a window in its destructor.
        int finishedWhileWindowDied = -1;
        connect(window, &QObject::destroyed, this, [&finished, &finishedWhileWindowDied] {
            finishedWhileWindowDied = finished.count();
        });
        window->close();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finishedWhileWindowDied, 0);
        QCOMPARE(finished.first().first().toInt(), 0);
    }

    void refusedSignInEndsWithOne()
    {
        DesktopOptions options;
        options.databaseUrl =
            QStringLiteral("sqlite://") + m_home.filePath(QStringLiteral("demo.db"));
        options.signInEmail = QStringLiteral("admin@") + DemoSeeder::demoDomain();
        qputenv("INVITEDESK_PASSWORD", "wrong password");
        DesktopController controller(options);
        QSignalSpy finished(&controller, &DesktopController::finished);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toInt(), 1);
        QVERIFY(!controller.window());
    }
};

QTEST_MAIN(TestDesktopStart)
#include "test_desktop_start.moc"
