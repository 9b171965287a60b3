// The desk on a database URL without a user (issue 15, migration 023): it signs the person in
// as their own PostgreSQL login, lists exactly what their downline holds, locks and unlocks
// against that login's password, and a wrong password ends the start with exit code 1 and no
// window. PostgreSQL only.
#include "core/services/InvitationService.h"
#include "core/storage/PersonLoginRepository.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"
#include "ui/DesktopController.h"
#include "ui/dialogs/LockDialog.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/DeskLock.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;
using namespace invitedesk::ui;

namespace {
const QString kPassword = QStringLiteral("Desk-own-login-2026!");
}

class TestDesktopPersonLogin : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    DatabasePtr m_db;
    UserTree m_tree;

    QString personUrl() const
    {
        DatabaseUrl url = m_db->url();
        url.user.clear();
        url.password.clear();
        return url.toString();
    }
    static void enter(DeskLock& lock, const QString& password)
    {
        LockDialog* dialog = lock.dialog();
        QVERIFY(dialog);
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("lockPassword"));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!lock.dialog() || !lock.dialog()->isBusy(), 15000);
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("INVITEDESK_KEYCHAIN", "none");
        QApplication::setQuitOnLastWindowClosed(false);
        if (TestDatabase::backend() != Backend::Postgres)
            QFAIL("runs on PostgreSQL only (INVITEDESK_TEST_BACKEND=postgres)");
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        InvitationService service(m_db, ServiceConfig{});
        int n = 0;
        for (const auto& [who, type] : QList<QPair<QString, QString>>{{"dist1", "sales"},
                                                                      {"sales1", "doctor"},
                                                                      {"sales2", "doctor"},
                                                                      {"admin", "ivr_company"}}) {
            NewInvitation in;
            in.type = type;
            in.email = QStringLiteral("desk%1@person.example").arg(n++);
            in.firstName = QStringLiteral("Desk");
            in.lastName = QStringLiteral("Invitee");
            QVERIFY(service.create(m_tree[who], in).ok());
        }
        auto conn = m_db->connection();
        QVERIFY(conn.ok());
        QVERIFY(
            PersonLoginRepository(*m_db, conn.value()).sync(m_tree["dist1"].id, kPassword).ok());
    }

    void opensOnTheirOwnLogin()
    {
        InvitationQuery all;
        all.limit = 0;
        auto expected = InvitationService(m_db, ServiceConfig{}).list(m_tree["dist1"], all);
        QVERIFY(expected.ok());
        QCOMPARE(expected->items.size(), 2); // dist1's own and sales1's, not sales2's or admin's

        DesktopOptions options;
        options.databaseUrl = personUrl();
        options.signInEmail = m_tree["dist1"].email;
        qputenv("INVITEDESK_PASSWORD", kPassword.toUtf8());
        DesktopController controller(options);
        QSignalSpy finished(&controller, &DesktopController::finished);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.window() && controller.window()->isVisible(), 30000);
        MainWindow* window = controller.window();
        auto* model = window->invitationsPage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), qint64(expected->items.size()), 15000);
        QTRY_COMPARE(model->rowCount(), int(expected->items.size()));

        // The desk's sessions are the person's login, no other.
        QSqlQuery sessions(m_db->connection().value());
        QVERIFY(Database::exec(
            sessions,
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                           "datname = current_database() AND usename = ?"),
            {PersonLoginRepository::loginName(m_db->url().database, m_tree["dist1"].email)}));
        QVERIFY(sessions.next());
        QVERIFY(sessions.value(0).toInt() >= 1);

        // The idle lock asks PostgreSQL: a wrong password keeps it locked, the right one opens.
        DeskLock* lock = controller.lock();
        QVERIFY(lock);
        lock->lockNow();
        QVERIFY(lock->isLocked());
        enter(*lock, QStringLiteral("Wrong-guess-2026!"));
        QVERIFY(lock->isLocked());
        enter(*lock, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!lock->isLocked(), 15000);

        window->close();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.first().first().toInt(), 0);
    }

    void wrongPasswordEndsTheStart()
    {
        DesktopOptions options;
        options.databaseUrl = personUrl();
        options.signInEmail = m_tree["dist1"].email;
        qputenv("INVITEDESK_PASSWORD", "Not-the-password-2026!");
        DesktopController controller(options);
        QSignalSpy finished(&controller, &DesktopController::finished);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toInt(), 1);
        QVERIFY(!controller.window());
    }
};

QTEST_MAIN(TestDesktopPersonLogin)
#include "test_desktop_person_login.moc"
