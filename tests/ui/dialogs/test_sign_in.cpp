// Sign-in and first-run dialogs against a real database: the slow password check runs on
// the worker (the UI keeps ticking), wrong passwords are explained, "remember me" keeps the
// e-mail only, and the first-run dialog creates the administrator of an empty database.
#include "core/services/AuthService.h"
#include "core/settings/AppSettings.h"
#include "core/storage/UserRepository.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/widgets/FieldMessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestSignIn : public QObject {
    Q_OBJECT
private:
    DatabasePtr m_db;
    UserTree m_tree;
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    TaskRunner m_worker{QStringLiteral("sign-in-test")};
    std::unique_ptr<AppSettings> m_settings;

    SignInDialog::Authenticate auth()
    {
        auto db = m_db;
        return [db](const QString& e, const QString& p) {
            return AuthService(db, ServiceConfig{}).signIn(e, p);
        };
    }
    static QLineEdit* line(QWidget* d, const char* name)
    {
        return d->findChild<QLineEdit*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(QStringLiteral("en"));
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        m_settings = std::make_unique<AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("u.conf")),
                                        QSettings::IniFormat),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.conf")),
                                        QSettings::IniFormat),
            QProcessEnvironment());
    }

    void wrongPasswordIsExplained()
    {
        SignInDialog dialog(m_settings.get(), &m_worker, auth());
        dialog.show();
        QTest::keyClicks(line(&dialog, "email"), m_tree[QStringLiteral("admin")].email);
        QTest::keyClicks(line(&dialog, "password"), QStringLiteral("not-the-password"));
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        QTest::keyClick(line(&dialog, "password"), Qt::Key_Return);
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        QCOMPARE(signedIn.count(), 0);
        auto* error = dialog.findChild<FieldMessage*>(QStringLiteral("signInError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The e-mail address or the password is not right."));
        QVERIFY(line(&dialog, "password")->text().isEmpty());
        QVERIFY(dialog.isVisible());
    }

    // The lockout is the service's (AuthService::signIn): the dialog shows its answer, here
    // for an account locked by ten failures in a row, naming until when.
    void aLockedAccountIsToldUntilWhen()
    {
        const User who = m_tree[QStringLiteral("ship")];
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(10 * 60);
        QVERIFY(UserRepository(*m_db, m_db->connection().value())
                    .setSignInState(who.id, {10, until.addSecs(-15 * 60), until})
                    .ok());
        SignInDialog dialog(m_settings.get(), &m_worker, auth());
        dialog.show();
        QTest::keyClicks(line(&dialog, "email"), who.email);
        QTest::keyClicks(line(&dialog, "password"), TestFixtures::password());
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        QTest::keyClick(line(&dialog, "password"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        QCOMPARE(signedIn.count(), 0);
        auto* error = dialog.findChild<FieldMessage*>(QStringLiteral("signInError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("locked")) &&
                     error->text().contains(until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
    }

    void checkRunsOffTheUiThread()
    {
        SignInDialog dialog(m_settings.get(), &m_worker, auth());
        dialog.show();
        line(&dialog, "email")->setText(m_tree[QStringLiteral("admin")].email);
        line(&dialog, "password")->setText(TestFixtures::password());
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start();
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        dialog.submit();
        QVERIFY(dialog.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
        // scrypt takes a few hundred milliseconds; the event loop kept turning meanwhile.
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QCOMPARE(dialog.user().email, m_tree[QStringLiteral("admin")].email);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void rememberMeKeepsTheEmailOnly()
    {
        {
            SignInDialog dialog(m_settings.get(), &m_worker, auth());
            dialog.show();
            line(&dialog, "email")->setText(m_tree[QStringLiteral("sales1")].email);
            line(&dialog, "password")->setText(TestFixtures::password());
            dialog.findChild<QCheckBox*>(QStringLiteral("rememberMe"))->setChecked(true);
            QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
            dialog.submit();
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
        }
        QFile file(m_dir.filePath(QStringLiteral("u.conf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(m_tree[QStringLiteral("sales1")].email.toUtf8()));
        QVERIFY(!text.contains(TestFixtures::password().toUtf8()));
        SignInDialog next(m_settings.get(), &m_worker, auth());
        QCOMPARE(line(&next, "email")->text(), m_tree[QStringLiteral("sales1")].email);
        QVERIFY(next.findChild<QCheckBox*>(QStringLiteral("rememberMe"))->isChecked());
        QVERIFY(line(&next, "password")->text().isEmpty());
    }

    void emptyFieldsAskFirst()
    {
        SignInDialog dialog(m_settings.get(), &m_worker, auth());
        dialog.show();
        line(&dialog, "email")->clear();
        dialog.submit();
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.findChild<FieldMessage*>(QStringLiteral("signInError"))->text(),
                 QStringLiteral("Enter your e-mail address."));
    }

    void firstRunCreatesTheAdministrator()
    {
        QString error;
        auto empty = TestDatabase::create(&error);
        QVERIFY2(empty, qPrintable(error));
        QVERIFY(!AuthService(empty, {}).hasUsers().value());
        FirstRunDialog dialog(&m_worker, [empty](const NewUser& admin) {
            return AuthService(empty, ServiceConfig{}).createUser(std::nullopt, admin);
        });
        dialog.show();
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.blockingReason().startsWith(QStringLiteral("To continue:")));
        line(&dialog, "organization")->setText(QStringLiteral("Acme Health"));
        line(&dialog, "firstName")->setText(QStringLiteral("Ada"));
        line(&dialog, "lastName")->setText(QStringLiteral("Admin"));
        line(&dialog, "email")->setText(QStringLiteral("ada@acme.example"));
        line(&dialog, "password")->setText(QStringLiteral("short"));
        auto* pwMessage = dialog.findChild<FieldMessage*>(QStringLiteral("passwordMessage"));
        QVERIFY(pwMessage && pwMessage->isVisible());
        QVERIFY(pwMessage->text().contains(QStringLiteral("12")));
        line(&dialog, "password")->setText(QStringLiteral("a long enough passphrase 42"));
        line(&dialog, "confirmPassword")->setText(QStringLiteral("a long enough passphrase 4"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.blockingReason().contains(QStringLiteral("differ")));
        line(&dialog, "confirmPassword")->setText(QStringLiteral("a long enough passphrase 42"));
        QVERIFY(ok->isEnabled());
        QSignalSpy created(&dialog, &FirstRunDialog::adminCreated);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 15000);
        QCOMPARE(dialog.user().role, Role::Admin);
        QCOMPARE(dialog.user().organizationName, QStringLiteral("Acme Health"));
        auto signedIn = AuthService(empty, {}).signIn(
            QStringLiteral("ada@acme.example"), QStringLiteral("a long enough passphrase 42"));
        QVERIFY(signedIn.ok());
        QVERIFY(line(&dialog, "password")->text().isEmpty());
    }
};

QTEST_MAIN(TestSignIn)
#include "test_sign_in.moc"
