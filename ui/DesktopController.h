#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/services/BackendServices.h"
#include "core/services/ServiceConfig.h"
#include "core/settings/AppSettings.h"
#include "ui/DesktopApp.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/views/MainWindow.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace invitedesk {
class SecretStore;
}

namespace invitedesk::ui {

class BackgroundServices;
class DeskLock;
class LanguageManager;
class MainWindow;
class Session;
class TaskRunner;

// The desktop app's start-up and lifetime: settings and language, keychain, database (with a
// way to fix its settings when it cannot be opened), first run or demo seeding, sign-in (dialog
// or --as), then the main window with the outbox dispatcher and acceptance handler behind it.
class DesktopController : public QObject {
    Q_OBJECT
public:
    explicit DesktopController(DesktopOptions options, QObject* parent = nullptr);
    ~DesktopController() override;

    void start();
    MainWindow* window() const { return m_window; }
    DeskLock* lock() const { return m_lock; }

signals:
    void finished(int exitCode);

private:
    bool openDatabase();
    void chooseSignIn();
    void showFirstRun();
    void showSignIn(const QString& hint);
    void signInWithOptions();
    // How a typed e-mail and password are checked: by the open database's accounts, or, when
    // the database URL names no user, by connecting as the person's own login (whose backend
    // then replaces m_backend in openWindow).
    SignInDialog::Authenticate authenticator();
    bool signsInPeople() const;
    void openWindow(const User& user);
    // The idle lock of the signed-in desk, with the organisation's idle-lock-minutes.
    void startLock(const User& user);
    // The test-mode banner from the current mail and public URL settings.
    void showDeliveryNotice();
    void readIdleMinutes();
    ServiceConfig serviceConfig() const;
    void quit(int code);

    DesktopOptions m_options;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    LanguageManager* m_languages;
    TaskRunner* m_worker;
    BackendPtr m_backend;
    // Filled on the worker by a person's sign-in; read on this thread after signedIn.
    std::shared_ptr<BackendPtr> m_personBackend = std::make_shared<BackendPtr>();
    QString m_demoAdminEmail;
    Session* m_session = nullptr;
    QPointer<MainWindow> m_window;
    BackgroundServices* m_background = nullptr;
    DeskLock* m_lock = nullptr;
};

} // namespace invitedesk::ui
