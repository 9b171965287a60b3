// The desk's idle lock (DeskLock): after the idle interval (shortened here; the desk takes
// the organisation's idle-lock-minutes) every window, an open dialog included, is covered and
// the signed-in person's password is asked for; input keeps it from locking; a dialog's typed
// input survives the lock and the unlock; the password goes through the sign-in rule, so a
// wrong one counts toward the lockout, too many in a row make it wait, and a locked account
// cannot unlock the desk. Offscreen, on both backends.
#include "UiFixture.h"
#include "core/services/AuthService.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "core/storage/UserRepository.h"
#include "ui/dialogs/InvitationDialog.h"
#include "ui/dialogs/InvitationForm.h"
#include "ui/dialogs/LockDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/session/DeskLock.h"
#include "ui/session/Session.h"
#include "ui/views/MainWindow.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/LockCover.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestDeskLock : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    InMemorySecretStore m_secrets;

    struct Desk {
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<DeskLock> lock;
    };
    Desk open(const QString& who, int idleMs)
    {
        Desk d;
        d.session = std::make_unique<Session>(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                                              m_fx.tree[who]);
        d.window = std::make_unique<MainWindow>(d.session.get(), m_settings.get(), &m_secrets,
                                                &m_languages);
        d.window->resize(1000, 600);
        d.window->show();
        if (!QTest::qWaitForWindowExposed(d.window.get()))
            qWarning("window not exposed");
        // The same sign-in as the desk's (DesktopController): AuthService::signIn.
        const BackendPtr backend = d.session->backend();
        d.lock = std::make_unique<DeskLock>(
            m_fx.tree[who], [backend](const QString& email, const QString& password) {
                return backend->auth().signIn(email, password);
            });
        d.lock->setIdleInterval(idleMs);
        return d;
    }
    static LockCover* coverOf(QWidget* window)
    {
        for (LockCover* c : window->findChildren<LockCover*>(Qt::FindDirectChildrenOnly)) {
            if (c->isVisible())
                return c;
        }
        return nullptr;
    }
    // Types a password into the lock dialog and waits for the answer.
    static void enter(DeskLock& lock, const QString& password)
    {
        LockDialog* dialog = lock.dialog();
        QVERIFY(dialog);
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("lockPassword"));
        QVERIFY(edit);
        QTest::keyClicks(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!lock.dialog() || !lock.dialog()->isBusy(), 15000);
    }
    static QString lockMessage(DeskLock& lock)
    {
        auto* error = lock.dialog()->findChild<FieldMessage*>(QStringLiteral("lockError"));
        return error && error->isVisible() ? error->text() : QString();
    }
    int failures(const QString& who)
    {
        QSqlQuery q(m_fx.db->connection().value());
        q.prepare(QStringLiteral("SELECT failed_sign_ins FROM users WHERE id = ?"));
        q.addBindValue(m_fx.tree[who].id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(QStringLiteral("en"));
        QString error;
        if (!m_fx.setUp(5, &error))
            QFAIL(qPrintable(error));
        m_settings = std::make_unique<AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("u.conf")),
                                        QSettings::IniFormat),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.conf")),
                                        QSettings::IniFormat),
            QProcessEnvironment());
    }

    void locksAfterTheIdleTimeAndNotBefore()
    {
        Desk d = open(QStringLiteral("admin"), 600);
        QSignalSpy locked(d.lock.get(), &DeskLock::locked);
        // Input keeps it open: a key every 150 ms for well over the interval.
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(d.window.get(), Qt::Key_Shift);
            QTest::qWait(150);
        }
        QVERIFY(!d.lock->isLocked());
        QCOMPARE(locked.count(), 0);
        // Then nothing: it locks.
        QTRY_VERIFY_WITH_TIMEOUT(d.lock->isLocked(), 5000);
        QCOMPARE(locked.count(), 1);
        LockCover* cover = coverOf(d.window.get());
        QVERIFY(cover);
        QCOMPARE(cover->geometry(), d.window->rect());
        QVERIFY(d.lock->dialog()->isVisible());
        QCOMPARE(d.lock->dialog()->windowModality(), Qt::ApplicationModal);
        QCOMPARE(QApplication::activeModalWidget(), d.lock->dialog());
        // Escape does not unlock.
        QTest::keyClick(d.lock->dialog(), Qt::Key_Escape);
        QVERIFY(d.lock->isLocked());
        // The right password unlocks; the covers go.
        enter(*d.lock, TestFixtures::password());
        QTRY_VERIFY_WITH_TIMEOUT(!d.lock->isLocked(), 5000);
        QVERIFY(!coverOf(d.window.get()));
        QVERIFY(d.window->isVisible());
        // And it locks again after the next idle interval.
        QTRY_VERIFY_WITH_TIMEOUT(d.lock->isLocked(), 5000);
        enter(*d.lock, TestFixtures::password());
        QTRY_VERIFY_WITH_TIMEOUT(!d.lock->isLocked(), 5000);
        // 0: never.
        d.lock->setIdleInterval(0);
        QTest::qWait(900);
        QVERIFY(!d.lock->isLocked());
    }

    void aDialogKeepsItsInputThroughLockAndUnlock()
    {
        Desk d = open(QStringLiteral("dist1"), 1500);
        auto* newAction = d.window->findChild<QAction*>(QStringLiteral("actionNew"));
        QVERIFY(newAction);
        QTRY_VERIFY_WITH_TIMEOUT(newAction->isEnabled(), 5000);
        newAction->trigger();
        InvitationDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = d.window->findChild<InvitationDialog*>()) && dialog->isVisible(), 5000);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        auto* email = qobject_cast<QLineEdit*>(dialog->form()->field(QStringLiteral("email")));
        QVERIFY(email);
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("half.typed@example"));
        QCOMPARE(email->text(), QStringLiteral("half.typed@example"));
        // Left alone: the desk locks with the dialog open; the dialog is covered, not closed.
        QTRY_VERIFY_WITH_TIMEOUT(d.lock->isLocked(), 5000);
        QVERIFY(dialog->isVisible());
        QVERIFY(coverOf(dialog));
        QVERIFY(coverOf(d.window.get()));
        QCOMPARE(d.lock->covers().size(), 2);
        // The lock dialog is the one modal window that takes input now.
        QCOMPARE(QApplication::activeModalWidget(), d.lock->dialog());
        enter(*d.lock, TestFixtures::password());
        QTRY_VERIFY_WITH_TIMEOUT(!d.lock->isLocked(), 5000);
        // The same dialog, with its input, uncovered; typing goes on where it stopped.
        QCOMPARE(d.window->findChild<InvitationDialog*>(), dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!coverOf(dialog));
        QCOMPARE(email->text(), QStringLiteral("half.typed@example"));
        QTest::keyClicks(email, QStringLiteral(".com"));
        QCOMPARE(email->text(), QStringLiteral("half.typed@example.com"));
        dialog->reject();
    }

    void aWindowOpenedWhileLockedIsCovered()
    {
        Desk d = open(QStringLiteral("master"), 0);
        d.lock->lockNow();
        QVERIFY(d.lock->isLocked());
        QWidget late;
        late.resize(300, 200);
        late.show();
        QVERIFY(coverOf(&late));
        enter(*d.lock, TestFixtures::password());
        QTRY_VERIFY_WITH_TIMEOUT(!d.lock->isLocked(), 5000);
        QVERIFY(!coverOf(&late));
    }

    void wrongPasswordsCountTowardTheLockout()
    {
        const QString who = QStringLiteral("sales1");
        Desk d = open(who, 0);
        d.lock->lockNow();
        enter(*d.lock, QStringLiteral("not the password at all"));
        QVERIFY(d.lock->isLocked());
        QCOMPARE(lockMessage(*d.lock), QStringLiteral("The password is not right."));
        QCOMPARE(failures(who), 1);
        for (int i = 2; i <= 5; ++i)
            enter(*d.lock, QStringLiteral("not the password at all"));
        QCOMPARE(failures(who), 5);
        // Too many in a row: the next try must wait, and says so without checking.
        enter(*d.lock, TestFixtures::password());
        QVERIFY(d.lock->isLocked());
        QVERIFY2(lockMessage(*d.lock).contains(QLatin1String("try again in")),
                 qPrintable(lockMessage(*d.lock)));
        QCOMPARE(failures(who), 5);
        QTest::qWait(1100);
        enter(*d.lock, TestFixtures::password());
        QTRY_VERIFY_WITH_TIMEOUT(!d.lock->isLocked(), 5000);
        QCOMPARE(failures(who), 0);
    }

    void aLockedAccountCannotUnlockTheDesk()
    {
        const QString who = QStringLiteral("dist2");
        Desk d = open(who, 0);
        d.lock->lockNow();
        // Locked meanwhile (ten failures elsewhere), until a quarter of an hour from now.
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(15 * 60);
        UserRepository users(*m_fx.db, m_fx.db->connection().value());
        QVERIFY(users.setSignInState(m_fx.tree[who].id, {10, until.addSecs(-15 * 60), until}).ok());
        enter(*d.lock, TestFixtures::password());
        QVERIFY(d.lock->isLocked());
        QVERIFY2(lockMessage(*d.lock).contains(QLatin1String("locked")) &&
                     lockMessage(*d.lock).contains(
                         until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(lockMessage(*d.lock)));
        // The way out: quit.
        QSignalSpy quit(d.lock.get(), &DeskLock::quitRequested);
        d.lock->dialog()->findChild<QPushButton*>(QStringLiteral("lockQuit"))->click();
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TestDeskLock)
#include "test_desk_lock.moc"
