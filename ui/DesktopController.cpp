#include "ui/DesktopController.h"

#include "core/config/DeliveryNotice.h"
#include "core/config/RunConfig.h"
#include "core/services/AuthService.h"
#include "core/services/DemoSeeder.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/services/OrganizationService.h"
#include "core/settings/DatabaseUrl.h"
#include "core/settings/KeychainSecretStore.h"
#include "core/settings/SettingKeys.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/BackgroundServices.h"
#include "ui/session/DeskLock.h"
#include "ui/session/Session.h"
#include "ui/views/InvitationActions.h"
#include "ui/views/InvitationsPage.h"
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
    // The same settings as the command line reads (core/config/RunConfig); the desk adds
    // its interface language.
    ServiceConfig config = RunConfig::from(*m_settings).service;
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
    m_secrets = KeychainSecretStore::forThisRun();

    // Without a user in the URL there is nothing to connect with before someone signs in.
    if (!signsInPeople() && !openDatabase()) {
        quit(3);
        return;
    }
    chooseSignIn();
}

bool DesktopController::signsInPeople() const
{
    const auto url = DatabaseUrl::parse(RunConfig::from(*m_settings).databaseUrl);
    return url && url->signsInPeople();
}

SignInDialog::Authenticate DesktopController::authenticator()
{
    if (!signsInPeople()) {
        const BackendPtr backend = m_backend;
        return [backend](const QString& email, const QString& password) {
            return backend->auth().signIn(email, password);
        };
    }
    return
        [url = RunConfig::from(*m_settings).databaseUrl, config = serviceConfig(),
         holder = m_personBackend](const QString& email, const QString& password) -> Result<User> {
            auto opened = BackendServices::openAsPerson(url, email, password, config);
            if (!opened)
                return opened.error();
            auto user = opened.value()->auth().signIn(email, password);
            if (user)
                *holder = opened.value();
            return user;
        };
}

bool DesktopController::openDatabase()
{
    for (;;) {
        const QString url = RunConfig::from(*m_settings).databaseUrl;
        QString problem;
        {
            BackendServices::usePasswordFrom(*m_secrets, url);
            // The embedded file belongs to this desk: brought up to date. A shared PostgreSQL
            // is migrated by IT with `invitedesk migrate`.
            auto opened = waitFor(m_worker->submit(
                [url, config = serviceConfig()]() { return BackendServices::open(url, config); }));
            if (opened) {
                m_backend = opened.value();
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
    const BackendPtr backend = m_backend;
    QString hint;
    if (signsInPeople()) {
        // People's own logins: no demo data or first admin here (IT sets the database up).
        if (!m_options.signInEmail.isEmpty())
            signInWithOptions();
        else
            showSignIn(hint);
        return;
    }
    if (m_options.firstRunDemo) {
        const QString password =
            qEnvironmentVariable("INVITEDESK_DEMO_PASSWORD", DemoSeeder::defaultPassword());
        auto seeded = waitFor(m_worker->submit(
            [backend, password]() { return backend->seeder().seedEmptyDatabase(password); }));
        const QString demoAdmin = QStringLiteral("admin@") + DemoSeeder::demoDomain();
        auto admin = waitFor(m_worker->submit(
            [backend, demoAdmin]() { return backend->auth().findByEmail(demoAdmin); }));
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
    auto users = waitFor(m_worker->submit([backend]() { return backend->auth().hasUsers(); }));
    if (users && !users.value()) {
        showFirstRun();
        return;
    }
    showSignIn(hint);
}

void DesktopController::showFirstRun()
{
    const BackendPtr backend = m_backend;
    auto* dialog = new FirstRunDialog(m_worker, [backend](const NewUser& admin) {
        return backend->auth().createUser(std::nullopt, admin);
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::adminCreated, this, &DesktopController::openWindow);
    connect(dialog, &QDialog::rejected, this, [this] { quit(0); });
    dialog->show();
}

void DesktopController::showSignIn(const QString& hint)
{
    auto* dialog = new SignInDialog(m_settings.get(), m_worker, authenticator());
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
    const QString email = m_options.signInEmail;
    const QString password = qEnvironmentVariable("INVITEDESK_PASSWORD");
    m_worker->run(
        this,
        [authenticate = authenticator(), email, password]() {
            return authenticate(email, password);
        },
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
    if (*m_personBackend)
        m_backend = *m_personBackend;
    m_session = new Session(m_backend->withConfig(serviceConfig()), user, this);
    m_window = new MainWindow(m_session, m_settings.get(), m_secrets.get(), m_languages);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: QWidget emits destroyed() before its children go, and quit() stops the
    // handler with a nested event loop, which would deliver events to the half-destroyed
    // window (a status-bar message from the outbox crashed there).
    connect(
        m_window, &QObject::destroyed, this, [this] { quit(0); }, Qt::QueuedConnection);
    m_background = new BackgroundServices(m_backend, m_settings.get(), m_secrets.get(), this);
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
    // Rows the dispatcher or the handler changed update in place (ids only; the model reads
    // them again), so nobody has to press F5 to see that a message went out.
    connect(m_background->changes(), &InvitationChangeFeed::invitationsChanged,
            m_window->invitationsPage()->model(), &InvitationTableModel::refreshRows);
    // On PostgreSQL other desks, `serve` and dispatchers announce theirs too (ids only). New
    // rows and bulk changes cannot be placed in the loaded list without reading it again,
    // which would lose the user's place: the user is told and chooses when.
    connect(m_background->changes(), &InvitationChangeFeed::invitationsAdded, m_window,
            [this](int count) {
                if (m_window)
                    m_window->statusBar()->showMessage(
                        tr("%n new invitation(s) from other desks: press F5 to show them.", nullptr,
                           count),
                        15000);
            });
    connect(m_background->changes(), &InvitationChangeFeed::everythingChanged, m_window, [this] {
        if (m_window)
            m_window->statusBar()->showMessage(
                tr("Invitations were changed elsewhere: press F5 to see the latest."), 15000);
    });
    connect(m_background, &BackgroundServices::mailDelivered, m_window,
            [this](int sent, int deferred, int failed) {
                if (m_window)
                    m_window->statusBar()->showMessage(tr("Mail: %1 sent, %2 to retry, %3 failed.")
                                                           .arg(sent)
                                                           .arg(deferred)
                                                           .arg(failed),
                                                       15000);
            });
    // Test mode says so for as long as it lasts (the settings may change it).
    showDeliveryNotice();
    connect(m_window, &MainWindow::settingsSaved, this, &DesktopController::showDeliveryNotice);
    m_window->show();
    m_background->start(m_session->config());
    startLock(user);
}

void DesktopController::showDeliveryNotice()
{
    if (!m_window || !m_session)
        return;
    const RunConfig run = RunConfig::from(*m_settings);
    m_window->setDeliveryNotice(DeliveryNotice::of(run.mail, run.service.publicUrl));
    // The platform's stored public URL, when the database holds one, is what links use.
    const BackendPtr backend = m_session->backend();
    m_session->worker()->run(
        m_window, [backend]() { return backend->organization().storedPublicUrl(); },
        [this, mail = run.mail](Result<QString> stored) {
            if (m_window && stored && !stored.value().isEmpty())
                m_window->setDeliveryNotice(DeliveryNotice::of(mail, stored.value()));
        });
}

void DesktopController::startLock(const User& user)
{
    const BackendPtr backend = m_session->backend();
    m_lock = new DeskLock(
        user,
        [backend](const QString& email, const QString& password) {
            return backend->auth().signIn(email, password);
        },
        this);
    // Until the organisation's setting is read: the default.
    m_lock->setIdleMinutes(Organization().idleLockMinutes);
    connect(m_lock, &DeskLock::quitRequested, this, [this] { quit(0); });
    connect(m_window, &MainWindow::settingsSaved, this, &DesktopController::readIdleMinutes);
    readIdleMinutes();
}

void DesktopController::readIdleMinutes()
{
    if (!m_session || !m_lock)
        return;
    const BackendPtr backend = m_session->backend();
    const Actor actor = m_session->actor();
    m_session->worker()->run(
        m_lock, [backend, actor]() { return backend->organization().idleLockMinutes(actor); },
        [this](Result<int> minutes) {
            if (!minutes) {
                QTextStream(stderr) << "invitedesk: idle lock: " << minutes.error().message << "\n";
                return;
            }
            m_lock->setIdleMinutes(minutes.value());
        });
}

void DesktopController::quit(int code)
{
    if (m_background)
        m_background->stop();
    emit finished(code);
}

} // namespace invitedesk::ui
