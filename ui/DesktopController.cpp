#include "ui/DesktopController.h"

#include "core/services/AuthService.h"
#include "core/services/DemoSeeder.h"
#include "core/settings/InMemorySecretStore.h"
#include "core/settings/SettingKeys.h"
#include "core/storage/Migrator.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/session/BackgroundServices.h"
#include "ui/session/Session.h"
#include "ui/settings/KeychainSecretStore.h"
#include "ui/views/InvitationActions.h"
#include "ui/views/MainWindow.h"
#include <QTabWidget>

#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTextStream>

namespace invitedesk::ui {

namespace {
// Waits for a worker's result while the event loop keeps running (start-up only, before the
// main window exists), so slow work such as password hashing never runs on this thread.
template <typename T> T waitFor(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}
} // namespace

DesktopController::DesktopController(DesktopOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_languages(new LanguageManager(this)),
      m_worker(new TaskRunner(QStringLiteral("invitedesk-startup"), this))
{}

DesktopController::~DesktopController()
{
    // The window first, so nothing the services report while they stop reaches it.
    delete m_window;
    if (m_background)
        m_background->stop();
}

ServiceConfig DesktopController::serviceConfig() const
{
    ServiceConfig config;
    QString link = m_settings->value(settings::publicUrl);
    while (link.endsWith(QLatin1Char('/')))
        link.chop(1);
    config.publicUrl = link;
    config.mailFrom = m_settings->value(settings::mailFrom);
    config.defaultLanguage =
        m_languages->current().isEmpty() ? QStringLiteral("en") : m_languages->current();
    return config;
}

void DesktopController::start()
{
    m_settings = std::make_unique<AppSettings>();
    if (!m_options.databaseUrl.isEmpty())
        m_settings->setCommandLine(settings::databaseUrl, m_options.databaseUrl);
    if (!m_options.mailUrl.isEmpty())
        m_settings->setCommandLine(settings::mailUrl, m_options.mailUrl);
    if (!m_options.publicUrl.isEmpty())
        m_settings->setCommandLine(settings::publicUrl, m_options.publicUrl);
    m_languages->apply(m_settings->value(settings::language));

    // INVITEDESK_KEYCHAIN=none keeps secrets in memory for this run (kiosks, CI machines
    // without a Secret Service).
    if (qEnvironmentVariable("INVITEDESK_KEYCHAIN") == QLatin1String("none"))
        m_secrets = std::make_unique<InMemorySecretStore>();
    else
        m_secrets = std::make_unique<KeychainSecretStore>();

    if (!openDatabase()) {
        quit(3);
        return;
    }
    chooseSignIn();
}

bool DesktopController::openDatabase()
{
    for (;;) {
        const QString url = m_settings->value(settings::databaseUrl);
        auto parsed = DatabaseUrl::parse(url);
        QString problem;
        if (!parsed) {
            problem = parsed.error().message;
        } else {
            if (parsed->backend == Backend::Postgres && parsed->password.isEmpty() &&
                qEnvironmentVariableIsEmpty("PGPASSWORD")) {
                const QString key = SecretStore::databaseKey(parsed.value());
                const auto stored = m_secrets->readBlocking(key, 10000);
                const QString password = stored ? stored.value() : QString();
                Database::setPasswordProvider([key, password](const DatabaseUrl& u) {
                    return SecretStore::databaseKey(u) == key ? password : QString();
                });
            }
            auto opened = waitFor(m_worker->submit([url]() -> Result<DatabasePtr> {
                auto db = Database::open(url);
                if (!db)
                    return db.error();
                Migrator migrator(db.value());
                // The embedded file belongs to this desk: bring it up to date. A shared
                // PostgreSQL is migrated by IT with `invitedesk migrate`.
                auto r = db.value()->isPostgres()  ? migrator.check()
                         : migrator.migrate().ok() ? Result<void>()
                                                   : migrator.check();
                if (!r)
                    return r.error();
                return db.value();
            }));
            if (opened) {
                m_database = opened.value();
                return true;
            }
            problem = opened.error().message;
        }
        QMessageBox box(QMessageBox::Critical, tr("InviteDesk"),
                        tr("InviteDesk cannot open its database."), QMessageBox::NoButton);
        box.setInformativeText(problem);
        QPushButton* settingsButton = box.addButton(tr("&Settings…"), QMessageBox::ActionRole);
        box.addButton(tr("&Try again"), QMessageBox::AcceptRole);
        QPushButton* quitButton = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == quitButton || !box.clickedButton())
            return false;
        if (box.clickedButton() == settingsButton) {
            SettingsDialog dialog(m_settings.get(), m_secrets.get(), m_languages, m_worker);
            dialog.tabs()->setCurrentIndex(1);
            dialog.exec();
        }
    }
}

void DesktopController::chooseSignIn()
{
    const DatabasePtr db = m_database;
    const ServiceConfig config = serviceConfig();
    QString hint;
    if (m_options.firstRunDemo) {
        const QString password =
            qEnvironmentVariable("INVITEDESK_DEMO_PASSWORD", DemoSeeder::defaultPassword());
        auto seeded = waitFor(m_worker->submit([db, config, password]() {
            return DemoSeeder(db, config).seedEmptyDatabase(password);
        }));
        const QString demoAdmin = QStringLiteral("admin@") + DemoSeeder::demoDomain();
        auto admin = waitFor(m_worker->submit(
            [db, config, demoAdmin]() { return AuthService(db, config).findByEmail(demoAdmin); }));
        if (!seeded)
            QTextStream(stderr) << "invitedesk: demo data: " << seeded.error().message << "\n";
        if (admin) {
            m_demoAdminEmail = demoAdmin;
            hint = qEnvironmentVariableIsSet("INVITEDESK_DEMO_PASSWORD")
                       ? tr("Demo data is ready. Sign in as %1 with the password in "
                            "INVITEDESK_DEMO_PASSWORD.")
                             .arg(demoAdmin)
                       : tr("Demo data is ready. Sign in as %1 with the password %2.")
                             .arg(demoAdmin, DemoSeeder::defaultPassword());
        }
    }
    if (!m_options.signInEmail.isEmpty()) {
        signInWithOptions();
        return;
    }
    auto users =
        waitFor(m_worker->submit([db, config]() { return AuthService(db, config).hasUsers(); }));
    if (users && !users.value()) {
        showFirstRun();
        return;
    }
    showSignIn(hint);
}

void DesktopController::showFirstRun()
{
    const DatabasePtr db = m_database;
    const ServiceConfig config = serviceConfig();
    auto* dialog = new FirstRunDialog(m_worker, [db, config](const NewUser& admin) {
        return AuthService(db, config).createUser(std::nullopt, admin);
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::adminCreated, this, &DesktopController::openWindow);
    connect(dialog, &QDialog::rejected, this, [this] { quit(0); });
    dialog->show();
}

void DesktopController::showSignIn(const QString& hint)
{
    const DatabasePtr db = m_database;
    const ServiceConfig config = serviceConfig();
    auto* dialog = new SignInDialog(m_settings.get(), m_worker,
                                    [db, config](const QString& email, const QString& password) {
                                        return AuthService(db, config).signIn(email, password);
                                    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHint(hint);
    if (!m_demoAdminEmail.isEmpty() && !hint.isEmpty())
        dialog->setEmail(m_demoAdminEmail);
    connect(dialog, &SignInDialog::signedIn, this, &DesktopController::openWindow);
    connect(dialog, &QDialog::rejected, this, [this] { quit(0); });
    dialog->show();
}

void DesktopController::signInWithOptions()
{
    const DatabasePtr db = m_database;
    const ServiceConfig config = serviceConfig();
    const QString email = m_options.signInEmail;
    const QString password = qEnvironmentVariable("INVITEDESK_PASSWORD");
    m_worker->run(
        this,
        [db, config, email, password]() { return AuthService(db, config).signIn(email, password); },
        [this](Result<User> user) {
            if (!user) {
                QTextStream(stderr) << "invitedesk: as: " << user.error().message << "\n";
                quit(1);
                return;
            }
            openWindow(user.value());
        });
}

void DesktopController::openWindow(const User& user)
{
    m_session = new Session(m_database, serviceConfig(), user, this);
    m_window = new MainWindow(m_session, m_settings.get(), m_secrets.get(), m_languages);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: QWidget emits destroyed() before its children go, and quit() stops the
    // handler with a nested event loop, which would deliver events to the half-destroyed
    // window (a status-bar message from the outbox crashed there).
    connect(
        m_window, &QObject::destroyed, this, [this] { quit(0); }, Qt::QueuedConnection);
    m_background = new BackgroundServices(m_database, m_settings.get(), m_secrets.get(), this);
    m_window->setMailTester(BackgroundServices::mailTester());
    connect(m_background, &BackgroundServices::problem, m_window, [this](const QString& text) {
        if (m_window)
            m_window->statusBar()->showMessage(text, 15000);
    });
    // New and resent invitations leave at once instead of at the next poll.
    connect(m_window->actions(), &InvitationActions::invitationSaved, m_background,
            &BackgroundServices::wake);
    connect(m_window->actions(), &InvitationActions::bulkFinished, m_background,
            &BackgroundServices::wake);
    connect(m_background, &BackgroundServices::mailDelivered, m_window,
            [this](int sent, int deferred, int failed) {
                if (m_window)
                    m_window->statusBar()->showMessage(
                        tr("Mail: %1 sent, %2 to retry, %3 failed. Press F5 to see the "
                           "new states.")
                            .arg(sent)
                            .arg(deferred)
                            .arg(failed),
                        15000);
            });
    m_window->show();
    m_background->start(m_session->config());
}

void DesktopController::quit(int code)
{
    if (m_background)
        m_background->stop();
    emit finished(code);
}

} // namespace invitedesk::ui
