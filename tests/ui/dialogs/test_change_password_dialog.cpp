// "Change my password…": the account menu opens the dialog; each refusal is shown under the
// field it concerns (current password, new password, confirmation) and changes nothing; a
// good change lets the new password sign in and no longer the old one. Both backends.
#include "core/services/AuthService.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"
#include "ui/dialogs/ChangePasswordDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/session/Session.h"
#include "ui/views/MainWindow.h"
#include "ui/widgets/FieldMessage.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestChangePasswordDialog : public QObject {
    Q_OBJECT
private:
    DatabasePtr m_db;
    UserTree m_tree;
    LanguageManager m_languages;
    std::unique_ptr<Session> m_session;

    bool signsIn(const QString& password) const
    {
        return AuthService(m_db, ServiceConfig{}).signIn(m_tree["dist1"].email, password).ok();
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(QStringLiteral("en"));
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        m_session = std::make_unique<Session>(BackendServices::wrap(m_db, ServiceConfig{}),
                                              m_tree["dist1"]);
    }

    void theAccountMenuOpensIt()
    {
        QTemporaryDir dir;
        AppSettings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("u.conf")),
                                                         QSettings::IniFormat),
                             std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.conf")),
                                                         QSettings::IniFormat),
                             QProcessEnvironment());
        InMemorySecretStore secrets;
        MainWindow window(m_session.get(), &settings, &secrets, &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QMenu* account = window.menuBar()->findChild<QMenu*>(QStringLiteral("accountMenu"));
        QVERIFY(account);
        QVERIFY(account->actions().contains(window.changePasswordAction()));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.findChild<ChangePasswordDialog*>());
        auto* dialog = window.findChild<ChangePasswordDialog*>();
        QTRY_VERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->currentField()->hasFocus());
        for (QLineEdit* e : {dialog->currentField(), dialog->newField(), dialog->confirmField()}) {
            QVERIFY(!e->accessibleName().isEmpty());
            QCOMPARE(e->echoMode(), QLineEdit::Password);
        }
        dialog->reject();
    }

    void refusalsAreShownByField_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QString>("field"); // which message shows
        const QString good = QStringLiteral("a-much-better-secret-2026");
        QTest::newRow("no current password") << "" << good << good << "current";
        QTest::newRow("wrong current password")
            << "not-my-password-at-all" << good << good << "current";
        QTest::newRow("confirmation differs") << TestFixtures::password() << good << good + "x"
                                              << "confirm";
        QTest::newRow("too short") << TestFixtures::password() << "short1"
                                   << "short1"
                                   << "new";
        QTest::newRow("the same as now") << TestFixtures::password() << TestFixtures::password()
                                         << TestFixtures::password() << "new";
    }
    void refusalsAreShownByField()
    {
        QFETCH(QString, current);
        QFETCH(QString, next);
        QFETCH(QString, confirm);
        QFETCH(QString, field);
        ChangePasswordDialog dialog(m_session.get());
        dialog.show();
        QSignalSpy changed(&dialog, &ChangePasswordDialog::passwordChanged);
        dialog.currentField()->setText(current);
        dialog.newField()->setText(next);
        dialog.confirmField()->setText(confirm);
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        const QHash<QString, FieldMessage*> messages{{"current", dialog.currentError()},
                                                     {"new", dialog.newError()},
                                                     {"confirm", dialog.confirmError()},
                                                     {"other", dialog.error()}};
        for (auto it = messages.begin(); it != messages.end(); ++it) {
            const bool shown = !it.value()->isHidden() && !it.value()->text().isEmpty();
            QVERIFY2(shown == (it.key() == field),
                     qPrintable(it.key() + QStringLiteral(": ") + it.value()->text()));
        }
        QCOMPARE(changed.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(signsIn(TestFixtures::password())); // nothing changed
    }

    void aGoodChange()
    {
        const QString next = QStringLiteral("a-much-better-secret-2026");
        ChangePasswordDialog dialog(m_session.get());
        dialog.show();
        QSignalSpy changed(&dialog, &ChangePasswordDialog::passwordChanged);
        dialog.currentField()->setText(TestFixtures::password());
        dialog.newField()->setText(next);
        dialog.confirmField()->setText(next);
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 15000);
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.currentField()->text().isEmpty()); // no password left in a field
        QVERIFY(signsIn(next));
        QVERIFY(!signsIn(TestFixtures::password()));
    }
};

QTEST_MAIN(TestChangePasswordDialog)
#include "test_change_password_dialog.moc"
