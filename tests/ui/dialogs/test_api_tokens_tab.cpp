// The settings dialog's API tokens tab: the signed-in user creates a token (shown once, in a
// read-only field with Copy; it authenticates; it is gone when the dialog closes and never
// reaches the settings file), sees it in the list, revokes one after a confirmation, and gets
// ApiTokenService's message at the field for a bad name or expiry, with nothing created.
// Both backends, offscreen.
#include "core/services/ApiTokenService.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/ApiTokensSettingsTab.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/session/Session.h"
#include "ui/widgets/FieldMessage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;
using namespace invitedesk::ui;

class TestApiTokensTab : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    TaskRunner m_worker{QStringLiteral("api-tokens-tab-test")};
    InMemorySecretStore m_secrets;
    DatabasePtr m_db;
    UserTree m_tree;

    std::unique_ptr<AppSettings> settings()
    {
        return std::make_unique<AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("user.conf")),
                                        QSettings::IniFormat),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("system.conf")),
                                        QSettings::IniFormat),
            QProcessEnvironment());
    }
    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_db->connection().value());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 tokenCount() { return count(QStringLiteral("SELECT count(*) FROM api_tokens")); }
    qint64 createdEvents()
    {
        return count(
            QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'api_token.created'"));
    }
    // The dialog, signed in as `who`, on the API tokens tab with the list loaded.
    void open(SettingsDialog& dialog, Session& session)
    {
        ApiTokensSettingsTab* tab = dialog.apiTokensTab();
        QSignalSpy loaded(tab, &ApiTokensSettingsTab::loaded);
        dialog.setSession(&session);
        dialog.show();
        dialog.tabs()->setCurrentWidget(tab);
        // The reply may come during show() or the click: QTRY, not QSignalSpy::wait.
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    }

private slots:
    void init()
    {
        m_languages.apply(QStringLiteral("en"));
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
    }

    void beforeSignInTheTabSaysSo()
    {
        auto s = settings();
        SettingsDialog dialog(s.get(), &m_secrets, &m_languages, &m_worker);
        dialog.show();
        ApiTokensSettingsTab* tab = dialog.apiTokensTab();
        QVERIFY(tab);
        QVERIFY(dialog.tabs()->indexOf(tab) >= 0);
        QVERIFY(!tab->isUsable());
        QVERIFY(child<QLabel>(tab, "apiTokenReason")->text().contains(QStringLiteral("Sign in")));
        QVERIFY(!child<QLineEdit>(tab, "apiTokenName")->isEnabled());
        QVERIFY(!child<QPushButton>(tab, "apiTokenCreate")->isEnabled());
        tab->create(); // does nothing
        m_worker.waitForIdle();
        QCOMPARE(tokenCount(), 0);
    }

    void everyControlHasANameAndABuddy()
    {
        auto s = settings();
        SettingsDialog dialog(s.get(), &m_secrets, &m_languages, &m_worker);
        ApiTokensSettingsTab* tab = dialog.apiTokensTab();
        for (const char* name :
             {"apiTokenList", "apiTokenRevoke", "apiTokenName", "apiTokenExpiryDays",
              "apiTokenReadOnly", "apiTokenCreate", "apiTokenValue", "apiTokenCopy"}) {
            QWidget* w = child<QWidget>(tab, name);
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, name);
        }
        QSet<QWidget*> buddies;
        for (QLabel* label : tab->findChildren<QLabel*>())
            if (label->buddy())
                buddies.insert(label->buddy());
        for (const char* name :
             {"apiTokenList", "apiTokenName", "apiTokenExpiryDays", "apiTokenValue"})
            QVERIFY2(buddies.contains(child<QWidget>(tab, name)), name);
        // The keyboard order: list, revoke, then the new token's fields in reading order.
        const QStringList order = {"apiTokenList",       "apiTokenRevoke",   "apiTokenName",
                                   "apiTokenExpiryDays", "apiTokenReadOnly", "apiTokenCreate",
                                   "apiTokenValue",      "apiTokenCopy"};
        for (int i = 0; i + 1 < order.size(); ++i) {
            QWidget* w = child<QWidget>(tab, qPrintable(order.at(i)));
            QWidget* next = w->nextInFocusChain();
            QWidget* expected = child<QWidget>(tab, qPrintable(order.at(i + 1)));
            while (next && next != expected && next->focusProxy() != expected &&
                   (next->parentWidget() == w || !(next->focusPolicy() & Qt::TabFocus)))
                next = next->nextInFocusChain(); // a spin box's own line edit, non-focus widgets
            QVERIFY2(next == expected || next->parentWidget() == expected,
                     qPrintable(order.at(i) + QStringLiteral(" -> ") + order.at(i + 1)));
        }
    }

    void createShowsTheTokenOnceAndItAuthenticates()
    {
        auto s = settings();
        const Actor me = m_tree["sales1"];
        Session session(BackendServices::wrap(m_db, ServiceConfig{}), me);
        SettingsDialog dialog(s.get(), &m_secrets, &m_languages, &m_worker);
        open(dialog, session);
        if (QTest::currentTestFailed())
            return;
        ApiTokensSettingsTab* tab = dialog.apiTokensTab();
        auto* list = child<QTreeWidget>(tab, "apiTokenList");
        auto* value = child<QLineEdit>(tab, "apiTokenValue");
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!value->isVisible());

        // All by keyboard: type the name, set the expiry, tick read-only, Enter in the name.
        auto* name = child<QLineEdit>(tab, "apiTokenName");
        child<QSpinBox>(tab, "apiTokenExpiryDays")->setValue(30);
        child<QCheckBox>(tab, "apiTokenReadOnly")->setChecked(true);
        QTest::keyClicks(name, QStringLiteral("CRM sync"));
        QSignalSpy created(tab, &ApiTokensSettingsTab::createFinished);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 10000);
        QVERIFY2(created.first().at(0).toBool(), qPrintable(created.first().at(1).toString()));
        QVERIFY(dialog.isVisible()); // Enter made the token, it did not press OK

        // Shown once, read-only, with the sentence and Copy.
        const QString token = tab->shownToken();
        QVERIFY(token.startsWith(ApiTokenService::tokenPrefix()));
        QCOMPARE(value->text(), token);
        QVERIFY(value->isVisible());
        QVERIFY(value->isReadOnly());
        QVERIFY(child<QLabel>(tab, "apiTokenCreatedNote")
                    ->text()
                    .contains(QStringLiteral("will not be shown again")));
        QTest::mouseClick(child<QPushButton>(tab, "apiTokenCopy"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), token);
        QVERIFY(name->text().isEmpty());

        // The list gains it (and nothing in the list holds the token's text).
        QCOMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem* item = list->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("CRM sync"));
        QCOMPARE(item->text(4), QStringLiteral("Read-only"));
        QCOMPARE(item->text(5), QStringLiteral("Active"));
        QVERIFY(item->text(2) != QStringLiteral("Never"));
        QCOMPARE(item->text(3), QStringLiteral("Not yet"));
        for (int c = 0; c < list->columnCount(); ++c)
            QVERIFY(!item->text(c).contains(token.mid(4, 12)));
        QCOMPARE(tokenCount(), 1);
        QCOMPARE(createdEvents(), 1);

        // It authenticates as the signed-in user, read-only, expiring in 30 days.
        auto principal = ApiTokenService(m_db, ServiceConfig{}).authenticate(token);
        QVERIFY2(principal.ok(), qPrintable(principal ? QString() : principal.error().message));
        QCOMPARE(principal->actor.id, me.id);
        QCOMPARE(principal->token.name, QStringLiteral("CRM sync"));
        QVERIFY(principal->token.readOnly);
        QVERIFY(principal->token.expiresAt.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(principal->token.expiresAt) - 30) <= 1);

        // Using it shows when, once the list is read again.
        QSignalSpy loaded(tab, &ApiTokensSettingsTab::loaded);
        tab->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QVERIFY(list->topLevelItem(0)->text(3) != QStringLiteral("Not yet"));
        QVERIFY(!list->topLevelItem(0)->text(3).isEmpty());

        // "Never" (0) gives a token without expiry.
        child<QSpinBox>(tab, "apiTokenExpiryDays")->setValue(0);
        child<QCheckBox>(tab, "apiTokenReadOnly")->setChecked(false);
        name->setText(QStringLiteral("Onboarding script"));
        created.clear();
        QTest::mouseClick(child<QPushButton>(tab, "apiTokenCreate"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 10000);
        QVERIFY(created.first().at(0).toBool());
        const QString second = tab->shownToken();
        QVERIFY(second != token);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Onboarding script"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Never"));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Read and write"));
        auto again = ApiTokenService(m_db, ServiceConfig{}).authenticate(second);
        QVERIFY(again.ok());
        QVERIFY(!again->token.expiresAt.isValid());
        QVERIFY(!again->token.readOnly);

        // Closing the dialog clears it; the settings files never saw it.
        dialog.reject();
        QVERIFY(tab->shownToken().isEmpty());
        QVERIFY(value->text().isEmpty());
        s->sync();
        for (const char* file : {"user.conf", "system.conf"}) {
            QFile f(m_dir.filePath(QLatin1String(file)));
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray text = f.readAll();
                QVERIFY(!text.contains(token.toUtf8()));
                QVERIFY(!text.contains(second.toUtf8()));
            }
        }
    }

    void revokeAsksFirstThenMarksIt()
    {
        const Actor me = m_tree["admin"];
        ApiTokenService service(m_db, ServiceConfig{});
        auto made = service.create(me, NewApiToken{QStringLiteral("Old CRM"), 90, false});
        QVERIFY(made.ok());
        QVERIFY(service.authenticate(made->token).ok());

        auto s = settings();
        Session session(BackendServices::wrap(m_db, ServiceConfig{}), me);
        SettingsDialog dialog(s.get(), &m_secrets, &m_languages, &m_worker);
        open(dialog, session);
        if (QTest::currentTestFailed())
            return;
        ApiTokensSettingsTab* tab = dialog.apiTokensTab();
        auto* list = child<QTreeWidget>(tab, "apiTokenList");
        auto* revoke = child<QPushButton>(tab, "apiTokenRevoke");
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(!revoke->isEnabled()); // nothing selected
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(revoke->isEnabled());

        // Cancel: nothing happens.
        QTest::mouseClick(revoke, Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = tab->findChild<QMessageBox*>(QStringLiteral("apiTokenRevokeConfirm"))));
        QVERIFY(box->text().contains(QStringLiteral("Old CRM")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // Enter does not revoke
        QSignalSpy revoked(tab, &ApiTokensSettingsTab::revokeFinished);
        box->button(QMessageBox::Cancel)->click();
        m_worker.waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(revoked.isEmpty());
        QVERIFY(service.authenticate(made->token).ok());

        // Revoke: confirmed, marked in the list, refused from then on.
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTRY_VERIFY((box = tab->findChild<QMessageBox*>(QStringLiteral("apiTokenRevokeConfirm"))));
        box->findChild<QPushButton*>(QStringLiteral("apiTokenRevokeYes"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!revoked.isEmpty(), 10000);
        QVERIFY2(revoked.first().at(0).toBool(), qPrintable(revoked.first().at(1).toString()));
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(5).startsWith(QStringLiteral("Revoked")));
        QVERIFY(!revoke->isEnabled());
        auto refused = service.authenticate(made->token);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Unauthenticated);
        auto listed = service.list(me);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QVERIFY(listed->first().isRevoked());
    }

    void badInputShowsTheServiceMessageAtTheField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expiryDays");
        QTest::addColumn<QString>("fieldObject");
        QTest::newRow("empty name") << QString() << 30 << "apiTokenName";
        QTest::newRow("blank name") << QStringLiteral("   ") << 30 << "apiTokenName";
        QTest::newRow("long name") << QString(101, QLatin1Char('n')) << 30 << "apiTokenName";
        QTest::newRow("expiry too far") << QStringLiteral("Far") << 99999 << "apiTokenExpiryDays";
    }

    void badInputShowsTheServiceMessageAtTheField()
    {
        QFETCH(QString, name);
        QFETCH(int, expiryDays);
        QFETCH(QString, fieldObject);
        const Actor me = m_tree["dist1"];
        // What the service says to this input (it creates nothing either).
        NewApiToken input{name, expiryDays, false};
        auto expected = ApiTokenService(m_db, ServiceConfig{}).create(me, input);
        QVERIFY(!expected.ok());
        QCOMPARE(tokenCount(), 0);

        auto s = settings();
        Session session(BackendServices::wrap(m_db, ServiceConfig{}), me);
        SettingsDialog dialog(s.get(), &m_secrets, &m_languages, &m_worker);
        open(dialog, session);
        if (QTest::currentTestFailed())
            return;
        ApiTokensSettingsTab* tab = dialog.apiTokensTab();
        child<QLineEdit>(tab, "apiTokenName")->setText(name);
        child<QSpinBox>(tab, "apiTokenExpiryDays")->setValue(expiryDays);
        QSignalSpy created(tab, &ApiTokensSettingsTab::createFinished);
        QTest::mouseClick(child<QPushButton>(tab, "apiTokenCreate"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 10000);
        QVERIFY(!created.first().at(0).toBool());

        auto* message = tab->findChild<FieldMessage*>(fieldObject + QStringLiteral("Message"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), expected.error().message);
        QCOMPARE(tab->findChild<QWidget*>(fieldObject)->accessibleDescription(),
                 expected.error().message);
        QVERIFY(tab->shownToken().isEmpty());
        QVERIFY(!child<QWidget>(tab, "apiTokenValue")->isVisible());
        QCOMPARE(child<QTreeWidget>(tab, "apiTokenList")->topLevelItemCount(), 0);
        QCOMPARE(tokenCount(), 0);
        QCOMPARE(createdEvents(), 0);
    }
};

QTEST_MAIN(TestApiTokensTab)
#include "test_api_tokens_tab.moc"
