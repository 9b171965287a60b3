// Renders every page and dialog of the desktop app to PNG files for review (not compared
// pixel by pixel): on a fresh SQLite database with the demo data, signed in as the demo
// administrator, in English and Spanish. Output: $INVITEDESK_SCREENSHOT_DIR or
// <build>/screenshots. Runs under xvfb-run with the Fusion style (see CMakeLists.txt).
#include "core/services/AuthService.h"
#include "core/services/DemoSeeder.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/ApiTokensSettingsTab.h"
#include "ui/dialogs/CancelReasonDialog.h"
#include "ui/dialogs/ChangePasswordDialog.h"
#include "ui/dialogs/DeactivateDialog.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/ImportDefaultsBox.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/InvitationDetailsDialog.h"
#include "ui/dialogs/InvitationDialog.h"
#include "ui/dialogs/MovePersonDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/ShareLinkDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/AttentionTableModel.h"
#include "ui/models/AuditTableModel.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/models/PeopleTreeModel.h"
#include "ui/session/Session.h"
#include "ui/views/AttentionPage.h"
#include "ui/views/AuditPage.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"
#include "ui/views/PeoplePage.h"
#include "ui/views/StatisticsPage.h"
#include "ui/widgets/MultiSelectButton.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

using namespace invitedesk;
using namespace invitedesk::ui;

namespace {
QString g_dir;
int g_failures = 0;

void save(QWidget* w, const QString& name)
{
    QTest::qWait(150);
    QApplication::processEvents();
    const QString path = QDir(g_dir).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path)) {
        QTextStream(stderr) << "could not write " << path << "\n";
        ++g_failures;
        return;
    }
    QTextStream(stdout) << "wrote " << path << "\n";
}

bool waitFor(const std::function<bool()>& done, int ms = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(20);
    return done();
}

void shootWindow(Session* session, AppSettings* settings, SecretStore* secrets,
                 LanguageManager* languages, const QString& suffix)
{
    MainWindow window(session, settings, secrets, languages);
    window.resize(1280, 760);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    auto* model = window.invitationsPage()->model();
    waitFor([&] { return model->rowCount() > 0 && model->totalCount() >= 0; });
    window.invitationsPage()->view()->selectRow(2);
    save(&window, QStringLiteral("main-invitations") + suffix);

    window.invitationsPage()->statusFilter()->setSelectedValues({QStringLiteral("failed")});
    waitFor([&] { return !model->isLoading(); });
    save(&window, QStringLiteral("main-invitations-filtered") + suffix);
    window.invitationsPage()->searchField()->setText(QStringLiteral("nobody-matches-this"));
    window.invitationsPage()->applySearchNow();
    waitFor([&] { return !model->isLoading() && model->rowCount() == 0; });
    save(&window, QStringLiteral("main-invitations-empty") + suffix);
    window.invitationsPage()->clearFilters();
    waitFor([&] { return !model->isLoading() && model->rowCount() > 0; });

    {
        // Issue 18, items 10 and 12: the list as a 1366×768 screen shows it (the window's first
        // size there), and the "Needs attention" page.
        const QSize before = window.size();
        window.resize(window.kInitialSize);
        waitFor([&] { return !model->isLoading(); }, 2000);
        save(&window, QStringLiteral("main-invitations-1366x768") + suffix);
        window.resize(before);
        AttentionPage* attention = window.attentionPage();
        window.showPage(window.pages()->indexOf(attention));
        attention->reload();
        waitFor(
            [&] { return attention->model()->hasLoaded() && !attention->model()->isLoading(); });
        if (attention->model()->rowCount() > 0)
            attention->view()->selectRow(0);
        save(&window, QStringLiteral("main-attention") + suffix);
        // The details of a failed invitation (the first row bounced): the reply in plain words.
        if (attention->model()->rowCount() > 0) {
            InvitationDetailsDialog dialog(session, attention->model()->invitationAt(0).id,
                                           &window);
            dialog.show();
            waitFor([&] { return dialog.isLoaded(); });
            save(&dialog, QStringLiteral("dialog-details-failed") + suffix);
        }
    }
    window.showPage(window.pages()->indexOf(window.statisticsPage()));
    waitFor([&] { return window.statisticsPage()->hasStatistics(); });
    save(&window, QStringLiteral("main-statistics") + suffix);
    // The charts' table alternative (issue 18, item 14), then back to the charts.
    window.statisticsPage()->tablesToggle()->setChecked(true);
    save(&window, QStringLiteral("main-statistics-tables") + suffix);
    window.statisticsPage()->tablesToggle()->setChecked(false);
    if (window.auditPage()) {
        window.showPage(window.pages()->indexOf(window.auditPage()));
        waitFor([&] { return window.auditPage()->model()->rowCount() > 0; });
        window.auditPage()->verifyChain();
        waitFor([&] { return !window.auditPage()->verifyResult().endsWith(QStringLiteral("…")); });
        save(&window, QStringLiteral("main-audit") + suffix);
    }
    {
        // People: the actor's row opens by itself; one more level open, a person selected.
        PeoplePage* people = window.peoplePage();
        window.showPage(window.pages()->indexOf(people));
        PeopleTreeModel* tree = people->model();
        waitFor([&] { return tree->rowCount() > 0 && tree->rowCount(tree->index(0, 0)) > 0; });
        const QModelIndex top = tree->index(0, 0);
        // Two more levels open, down the first branch that has people below.
        QModelIndex open = top;
        for (int depth = 0; depth < 2; ++depth) {
            QModelIndex next;
            for (int r = 0; r < tree->rowCount(open) && !next.isValid(); ++r)
                if (tree->hasChildren(tree->index(r, 0, open)))
                    next = tree->index(r, 0, open);
            if (!next.isValid())
                break;
            people->view()->expand(next);
            waitFor([&] { return tree->rowCount(next) > 0 && !tree->isLoading(); });
            open = next;
        }
        if (open != top)
            people->view()->setCurrentIndex(tree->index(0, 0, open));
        save(&window, QStringLiteral("main-people") + suffix);
        const std::optional<PersonNode> person = people->currentPerson();
        if (person) {
            {
                DeactivateDialog dialog(session, person->person, &window);
                dialog.show();
                save(&dialog, QStringLiteral("dialog-deactivate") + suffix);
            }
            {
                MovePersonDialog dialog(session, *person, &window);
                dialog.show();
                waitFor([&] { return dialog.isLoaded(); });
                save(&dialog, QStringLiteral("dialog-move-person") + suffix);
            }
        }
        people->searchField()->setText(QStringLiteral("sales"));
        people->applyFilters();
        waitFor([&] { return tree->isFlat() && !tree->isLoading() && tree->rowCount() > 0; });
        save(&window, QStringLiteral("main-people-search") + suffix);
        people->clearFilters();
        ChangePasswordDialog dialog(session, &window);
        dialog.show();
        save(&dialog, QStringLiteral("dialog-change-password") + suffix);
    }
    window.showPage(0);

    // Dialogs over the window.
    {
        InvitationDialog dialog(session, {}, &window);
        dialog.show();
        waitFor([&] { return dialog.isReady(); });
        dialog.form()->setType(Role::Doctor);
        qobject_cast<QLineEdit*>(dialog.form()->field(QStringLiteral("email")))
            ->setText(QStringLiteral("new.doctor@example.com"));
        qobject_cast<QLineEdit*>(dialog.form()->field(QStringLiteral("first_name")))
            ->setText(QStringLiteral("Ada"));
        qobject_cast<QLineEdit*>(dialog.form()->field(QStringLiteral("npi")))
            ->setText(QStringLiteral("1234567890"));
        dialog.form()->revealAll();
        save(&dialog, QStringLiteral("dialog-new-invitation") + suffix);
    }
    {
        // Nothing filled in yet: required markers and the footer naming every missing field.
        InvitationDialog dialog(session, {}, &window);
        dialog.show();
        waitFor([&] { return dialog.isReady(); });
        dialog.form()->setType(Role::Doctor);
        dialog.submit();
        save(&dialog, QStringLiteral("dialog-new-invitation-required") + suffix);
    }
    {
        // "Preview e-mail" in the invitee's language (the dialog's own language here).
        InvitationDialog dialog(session, {}, &window);
        dialog.show();
        waitFor([&] { return dialog.isReady(); });
        dialog.form()->setType(Role::Doctor);
        qobject_cast<QLineEdit*>(dialog.form()->field(QStringLiteral("email")))
            ->setText(QStringLiteral("ana.garcia@example.com"));
        qobject_cast<QLineEdit*>(dialog.form()->field(QStringLiteral("first_name")))
            ->setText(QStringLiteral("Ana"));
        qobject_cast<QLineEdit*>(dialog.form()->field(QStringLiteral("last_name")))
            ->setText(QStringLiteral("García"));
        dialog.form()->setDefaultLanguage(suffix.isEmpty() ? QStringLiteral("en")
                                                           : QStringLiteral("es"));
        QDialog* preview = nullptr;
        QObject::connect(&dialog, &InvitationDialog::previewShown,
                         [&](QDialog* shown) { preview = shown; });
        dialog.previewEmail();
        waitFor([&] { return preview != nullptr; });
        if (preview) {
            save(preview, QStringLiteral("dialog-email-preview") + suffix);
            preview->close();
        }
    }
    {
        // "Create a link to share": a made-up link (no real token in a screenshot).
        ShareLinkDialog dialog(QStringLiteral("https://invite.example.com/invite/") +
                                   QString(43, QLatin1Char('x')),
                               QDateTime::currentDateTimeUtc().addDays(7), &window);
        dialog.show();
        save(&dialog, QStringLiteral("dialog-share-link") + suffix);
    }
    {
        const QString id = model->idAt(0);
        InvitationDetailsDialog dialog(session, id, &window);
        dialog.show();
        waitFor([&] { return dialog.isLoaded(); });
        save(&dialog, QStringLiteral("dialog-details") + suffix);
    }
    {
        SettingsDialog dialog(settings, secrets, languages, session->worker(), &window);
        dialog.show();
        for (int i = 0; i < dialog.tabs()->count(); ++i) {
            dialog.tabs()->setCurrentIndex(i);
            save(&dialog, QStringLiteral("dialog-settings-%1").arg(i) + suffix);
        }
        // The team variants: PostgreSQL fields and an SMTP relay.
        dialog.findChild<QRadioButton*>(QStringLiteral("backendPostgres"))->setChecked(true);
        dialog.tabs()->setCurrentIndex(1);
        save(&dialog, QStringLiteral("dialog-settings-1-postgres") + suffix);
        dialog.findChild<QRadioButton*>(QStringLiteral("mailSmtpChoice"))->setChecked(true);
        dialog.tabs()->setCurrentIndex(2);
        save(&dialog, QStringLiteral("dialog-settings-2-smtp") + suffix);
        dialog.reject();
    }
    {
        // The API tokens tab of the signed-in user, just after a token was made (shown once).
        SettingsDialog dialog(settings, secrets, languages, session->worker(), &window);
        dialog.setSession(session);
        dialog.show();
        ApiTokensSettingsTab* tab = dialog.apiTokensTab();
        dialog.tabs()->setCurrentWidget(tab);
        waitFor([&] {
            return tab->findChild<QLineEdit*>(QStringLiteral("apiTokenName"))->isEnabled();
        });
        tab->findChild<QLineEdit*>(QStringLiteral("apiTokenName"))
            ->setText(suffix.isEmpty() ? QStringLiteral("CRM sync")
                                       : QStringLiteral("Sincronización CRM"));
        tab->create();
        waitFor([&] { return !tab->shownToken().isEmpty(); });
        save(&dialog, QStringLiteral("dialog-settings-api-tokens") + suffix);
        dialog.reject();
    }
    {
        CancelReasonDialog dialog(3, &window);
        dialog.show();
        save(&dialog, QStringLiteral("dialog-cancel-reason") + suffix);
    }
    {
        // A file with good rows, bad rows of several kinds and an unknown column's absence.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doctors.csv"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("email,first_name,last_name,invitation_type,npi,message\n"
                       "ana.ruiz@example.org,Ana,\"Ruiz, María\",doctor,1234567893,Welcome\n"
                       "not-an-email,Bo,Berg,doctor,,\n"
                       "cy.cruz@example.org,Cy,Cruz,doctor,,\n"
                       "di.dahl@example.org,Di,,doctor,,\n"
                       "ana.ruiz@example.org,Ed,Eng,doctor,,\n"
                       "fe.fox@example.org,Fe,Fox,unicorn,,\n"
                       "gil.gomez@example.org,Gil,Gómez,doctor,,\n"
                       "hu.hall@example.org,Hu,Hall,Sales representative,,\n"
                       "io.ibarra@example.org,Io,Ibarra,Representante de ventas,,\n");
            file.close();
        }
        ImportDialog dialog(session, &window);
        dialog.show();
        // Batch defaults for the empty cells (issue 18, item 9), shown filled in.
        ImportDefaults defaults;
        defaults.language = QStringLiteral("es");
        defaults.expiresDays = 30;
        defaults.message = QStringLiteral("Welcome to the platform");
        dialog.defaultsBox()->setDefaults(defaults);
        dialog.loadFile(path);
        waitFor([&] { return dialog.state() != ImportDialog::State::Checking; });
        save(&dialog, QStringLiteral("dialog-import") + suffix);
    }
}
} // namespace

int main(int argc, char** argv)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InviteDeskScreenshots"));
    QApplication::setApplicationName(QStringLiteral("screenshots"));
    g_dir = qEnvironmentVariable("INVITEDESK_SCREENSHOT_DIR");
    if (g_dir.isEmpty())
        g_dir = qEnvironmentVariable("INVITEDESK_BUILD_DIR", QDir::currentPath()) +
                QStringLiteral("/screenshots");
    QDir().mkpath(g_dir);

    QTemporaryDir settingsDir;
    AppSettings settings(
        std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("user.conf")),
                                    QSettings::IniFormat),
        std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("system.conf")),
                                    QSettings::IniFormat),
        QProcessEnvironment());
    InMemorySecretStore secrets;
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));

    qputenv("INVITEDESK_TEST_BACKEND", "sqlite");
    QString error;
    DatabasePtr db = test::TestDatabase::create(&error);
    if (!db) {
        QTextStream(stderr) << "database: " << error << "\n";
        return 1;
    }
    ServiceConfig config;
    auto admin = DemoSeeder(db, config).seedEmptyDatabase(DemoSeeder::defaultPassword());
    if (!admin || !admin.value()) {
        QTextStream(stderr) << "demo: "
                            << (admin ? QStringLiteral("no admin") : admin.error().message) << "\n";
        return 1;
    }
    TaskRunner worker(QStringLiteral("screens"));

    // Before signing in.
    {
        SignInDialog dialog(&settings, &worker, [](const QString&, const QString&) -> Result<User> {
            return Error::make(Error::Code::Unauthenticated, QString());
        });
        dialog.setHint(
            QStringLiteral("Demo data is ready. Sign in as admin@demo.invitedesk.example."));
        dialog.setEmail(admin.value()->email);
        dialog.show();
        save(&dialog, QStringLiteral("dialog-sign-in"));
    }
    {
        FirstRunDialog dialog(&worker, [](const NewUser&) -> Result<User> { return User{}; });
        dialog.show();
        save(&dialog, QStringLiteral("dialog-first-run"));
    }

    Session session(BackendServices::wrap(db, config), admin.value().value());
    shootWindow(&session, &settings, &secrets, &languages, QString());
    languages.apply(QStringLiteral("es"));
    shootWindow(&session, &settings, &secrets, &languages, QStringLiteral("-es"));

    // A distributor sees only its downline, and has no audit page.
    auto dist = AuthService(db, config)
                    .signIn(QStringLiteral("dist1@") + DemoSeeder::demoDomain(),
                            DemoSeeder::defaultPassword());
    if (dist) {
        languages.apply(QStringLiteral("en"));
        Session distSession(BackendServices::wrap(db, config), dist.value());
        MainWindow window(&distSession, &settings, &secrets, &languages);
        window.resize(1280, 760);
        window.show();
        waitFor([&] { return window.invitationsPage()->model()->rowCount() > 0; });
        window.showPage(window.pages()->indexOf(window.statisticsPage()));
        waitFor([&] { return window.statisticsPage()->hasStatistics(); });
        save(&window, QStringLiteral("main-statistics-distributor"));
    }
    return g_failures == 0 ? 0 : 1;
}
