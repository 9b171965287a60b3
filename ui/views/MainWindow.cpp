#include "ui/views/MainWindow.h"

#include "core/BuildInfo.h"
#include "core/services/AuditService.h"
#include "core/settings/AppSettings.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/ChangePasswordDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/ExpiryRefresher.h"
#include "ui/session/Session.h"
#include "ui/views/AttentionPage.h"
#include "ui/views/AuditPage.h"
#include "ui/views/InvitationActions.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/PeopleActions.h"
#include "ui/views/PeoplePage.h"
#include "ui/views/StatisticsPage.h"
#include "ui/widgets/DeliveryBanner.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace invitedesk::ui {

namespace {
// Platform keys where they exist, our own otherwise, without empty or repeated ones (a
// repeated sequence would make the shortcut ambiguous and dead).
QList<QKeySequence> keys(std::initializer_list<QKeySequence> wanted)
{
    QList<QKeySequence> list;
    for (const QKeySequence& k : wanted)
        if (!k.isEmpty() && !list.contains(k))
            list << k;
    return list;
}

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(Session* session, AppSettings* settings, SecretStore* secrets,
                       LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_settings(settings), m_secrets(secrets),
      m_languages(languages), m_pages(new QTabWidget(this)), m_banner(new DeliveryBanner(this)),
      m_invitations(new InvitationsPage(session, this)),
      m_attention(new AttentionPage(session, this)),
      m_statistics(new StatisticsPage(session, this)), m_people(new PeoplePage(session, this)),
      m_actions(new InvitationActions(session, settings, m_invitations, this)),
      m_peopleActions(new PeopleActions(session, m_people, this)),
      m_expiry(new ExpiryRefresher(session, this)), m_toolbar(new QToolBar(this)),
      m_countLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(kMinimumSize);
    setWindowIcon(themedIcon(QStringLiteral("app")));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_invitations, themedIcon(QStringLiteral("invitations")), QString());
    m_pages->addTab(m_attention, themedIcon(QStringLiteral("attention")), QString());
    m_pages->addTab(m_statistics, themedIcon(QStringLiteral("statistics")), QString());
    m_pages->addTab(m_people, themedIcon(QStringLiteral("people")), QString());
    // Only for those the audit service lets read the whole log.
    if (AuditService::mayReadLog(session->actor())) {
        m_audit = new AuditPage(session, this);
        m_pages->addTab(m_audit, themedIcon(QStringLiteral("audit")), QString());
    }
    // The test-mode banner (hidden unless mail is only saved or links work only here) above
    // the pages.
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    column->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(20, 20));
    m_toolbar->setMovable(false);
    addToolBar(Qt::TopToolBarArea, m_toolbar);

    m_settingsAction = new QAction(themedIcon(QStringLiteral("settings")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcuts(
        keys({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)}));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quit = new QAction(themedIcon(QStringLiteral("quit")), QString(), this);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcuts(
        keys({QKeySequence(QKeySequence::Quit), QKeySequence(Qt::CTRL | Qt::Key_Q)}));
    m_quit->setMenuRole(QAction::QuitRole);
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    m_changePassword = new QAction(themedIcon(QStringLiteral("password")), QString(), this);
    m_changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    m_changePassword->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addAction(m_changePassword);
    for (int i = 0; i < m_pages->count(); ++i) {
        auto* a = new QAction(m_pages->tabIcon(i), QString(), this);
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions << a;
    }
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_changePassword, &QAction::triggered, this, &MainWindow::openChangePassword);
    connect(m_about, &QAction::triggered, this,
            [this] { QMessageBox::about(this, tr("About InviteDesk"), aboutText()); });
    buildMenus();

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_countLabel->setObjectName(QStringLiteral("statusCount"));
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    connect(m_actions, &InvitationActions::statusMessage, this, &MainWindow::showMessage);
    if (m_audit)
        connect(m_audit, &AuditPage::invitationActivated, m_actions,
                &InvitationActions::showDetails);
    connect(m_peopleActions, &PeopleActions::statusMessage, this, &MainWindow::showMessage);
    connect(m_peopleActions, &PeopleActions::showInvitationsRequested, this,
            &MainWindow::showInvitationsOf);
    connect(m_actions, &InvitationActions::invitationSaved, m_statistics, [this] {
        if (m_statistics->hasStatistics())
            m_statistics->refresh();
    });
    connect(m_actions, &InvitationActions::invitationsImported, m_statistics, [this] {
        if (m_statistics->hasStatistics())
            m_statistics->refresh();
    });
    connect(m_invitations, &InvitationsPage::countChanged, m_countLabel, &QLabel::setText);
    // Needs attention: its fixes are the window's own flows; what they change, and what the
    // expiry sweep changes, is read again (the page's badge follows).
    connect(m_attention, &AttentionPage::correctAddressRequested, m_actions,
            &InvitationActions::correctAddress);
    connect(m_attention, &AttentionPage::resendRequested, m_actions, &InvitationActions::resendIds);
    connect(m_attention, &AttentionPage::countChanged, this, [this](qint64 count, bool atLeast) {
        m_attentionCount = count;
        m_attentionCountIsAtLeast = atLeast;
        updateAttentionTab();
    });
    connect(m_actions, &InvitationActions::bulkFinished, m_attention, &AttentionPage::reload);
    connect(m_actions, &InvitationActions::invitationSaved, m_attention, &AttentionPage::reload);
    connect(m_actions, &InvitationActions::invitationsImported, m_attention,
            &AttentionPage::reload);
    connect(this, &MainWindow::firstPageShown, m_attention, &AttentionPage::reload);
    connect(m_actions->refreshAction(), &QAction::triggered, m_attention, &AttentionPage::reload);
    // Expiry is recorded off the first page's path: the sweep starts once that page is
    // painted. Rows it expired that are on screen change in place (keeping the scroll
    // position and selection); a list filtered by status, and the statistics, reload once
    // the sweep has nothing more due.
    connect(this, &MainWindow::firstPageShown, m_expiry, [this] {
        if (!m_expiry->isStarted())
            m_expiry->start();
    });
    connect(m_expiry, &ExpiryRefresher::invitationsExpired, m_invitations,
            [this](const QList<Invitation>& expired) {
                m_invitations->model()->applyUpdates(expired);
            });
    connect(m_expiry, &ExpiryRefresher::drainFinished, this, [this] {
        m_attention->reload();
        if (!m_invitations->model()->query().statuses.isEmpty())
            m_invitations->model()->reload();
        if (m_statistics->hasStatistics())
            m_statistics->refresh();
    });
    // Only loads that take a while show the busy bar: toggling it for every quick page would
    // re-lay out the window each time.
    auto* busyDelay = new QTimer(this);
    busyDelay->setSingleShot(true);
    busyDelay->setInterval(400);
    connect(busyDelay, &QTimer::timeout, m_busy, &QWidget::show);
    connect(m_invitations->model(), &InvitationTableModel::loadingChanged, this,
            [this, busyDelay](bool loading) {
                if (loading) {
                    busyDelay->start();
                } else {
                    busyDelay->stop();
                    if (m_busy->isVisible())
                        m_busy->hide();
                }
            });
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::pageChanged);
    m_invitations->view()->viewport()->installEventFilter(this);

    retranslate();
    restoreWindowState();
    pageChanged(m_pages->currentIndex());
    // Start loading now rather than at the view's first layout pass.
    m_invitations->model()->fetchMore({});
}

MainWindow::~MainWindow() = default;

QSize MainWindow::initialSize() const
{
    // Fits a 1366×768 screen with its task bar and the window's frame; the invitation list's
    // columns fit this width without scrolling sideways (InvitationsPage).
    QSize size = kInitialSize;
    if (const QScreen* s = screen()) {
        const QSize room = s->availableSize() - QSize(40, 60);
        size = size.boundedTo(room).expandedTo(minimumSize());
    }
    return size;
}

QString MainWindow::titleFor(const QString& organisation, const QString& user)
{
    // Qt appends the application's display name ("… — InviteDesk") on every platform that
    // shows one, so the title names only what it adds.
    return QStringLiteral("%1 — %2").arg(organisation, user);
}

QString MainWindow::aboutText()
{
    return tr("InviteDesk %1\nInvites people onto the IVR platform.\n\nQt %2\nOpenSSL %3")
        .arg(BuildInfo::version(), BuildInfo::qtVersion(), BuildInfo::openSslVersion());
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_actions->importAction());
    m_fileMenu->addAction(m_actions->exportAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_invitationMenu = menuBar()->addMenu(QString());
    m_invitationMenu->addAction(m_actions->newAction());
    m_invitationMenu->addAction(m_actions->editAction());
    m_invitationMenu->addAction(m_actions->detailsAction());
    m_invitationMenu->addSeparator();
    m_invitationMenu->addAction(m_actions->resendAction());
    m_invitationMenu->addAction(m_actions->correctAddressAction());
    m_invitationMenu->addAction(m_actions->shareLinkAction());
    m_invitationMenu->addAction(m_actions->cancelAction());
    m_invitationMenu->addSeparator();
    m_invitationMenu->addAction(m_actions->findAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions->refreshAction());

    // Every action of the People page has its menu entry too (a keyboard path besides the
    // shortcuts; issue 18, item 14).
    m_personMenu = menuBar()->addMenu(QString());
    m_personMenu->setObjectName(QStringLiteral("personMenu"));
    m_personMenu->addActions(m_peopleActions->personActions());

    m_accountMenu = menuBar()->addMenu(QString());
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu->addAction(m_changePassword);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    m_toolbar->addAction(m_actions->newAction());
    m_toolbar->addAction(m_actions->resendAction());
    m_toolbar->addAction(m_actions->cancelAction());
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_actions->importAction());
    m_toolbar->addAction(m_actions->exportAction());
    m_toolbar->addAction(m_actions->refreshAction());
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_settingsAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(titleFor(m_session->organizationName(), m_session->userDisplayName()));
    m_pages->setTabText(m_pages->indexOf(m_invitations), tr("&Invitations"));
    updateAttentionTab();
    m_pages->setTabText(m_pages->indexOf(m_statistics), tr("&Statistics"));
    m_pages->setTabText(m_pages->indexOf(m_people), tr("&People"));
    if (m_audit)
        m_pages->setTabText(m_pages->indexOf(m_audit), tr("&Audit"));
    for (int i = 0; i < m_pageActions.size(); ++i)
        if (m_pages->widget(i) != m_attention) // its action has no badge
            m_pageActions.at(i)->setText(m_pages->tabText(i).remove(QLatin1Char('&')));
    m_toolbar->setWindowTitle(tr("Toolbar"));
    m_fileMenu->setTitle(tr("&File"));
    m_invitationMenu->setTitle(tr("I&nvitation"));
    m_viewMenu->setTitle(tr("&View"));
    m_personMenu->setTitle(tr("Pe&rson"));
    m_accountMenu->setTitle(tr("A&ccount"));
    m_changePassword->setText(tr("Change my &password…"));
    m_changePassword->setToolTip(
        tr("Change the password you sign in with (%1)")
            .arg(m_changePassword->shortcut().toString(QKeySequence::NativeText)));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsAction->setToolTip(tr("Database, mail, links and language"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About InviteDesk"));
    m_userLabel->setText(tr("Signed in as %1 (%2)")
                             .arg(m_session->actor().email, roles::label(m_session->actor().role)));
    m_busy->setAccessibleName(tr("Loading"));
    m_actions->retranslate();
    m_peopleActions->retranslate();
}

void MainWindow::updateAttentionTab()
{
    const int index = m_pages->indexOf(m_attention);
    // The count as a badge on the tab, once known and when there is something to do.
    QString text = tr("Needs a&ttention");
    if (m_attentionCount > 0 && m_attentionCountIsAtLeast)
        text = tr("Needs a&ttention (%L1+)").arg(m_attentionCount);
    else if (m_attentionCount > 0)
        text = tr("Needs a&ttention (%L1)").arg(m_attentionCount);
    m_pages->setTabText(index, text);
    m_pages->setTabToolTip(index, tr("Bounced e-mails, invitations about to expire and those "
                                     "never delivered, each with its fix"));
    if (index < m_pageActions.size())
        m_pageActions.at(index)->setText(tr("Needs attention"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_firstPageSeen && event->type() == QEvent::Paint &&
        watched == m_invitations->view()->viewport()) {
        auto* model = m_invitations->model();
        if (model->rowCount() > 0 || (!model->isLoading() && model->totalCount() == 0)) {
            m_firstPageSeen = true;
            // After this paint has been handled.
            QMetaObject::invokeMethod(this, &MainWindow::firstPageShown, Qt::QueuedConnection);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages->count())
        m_pages->setCurrentIndex(index);
}

void MainWindow::pageChanged(int index)
{
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setChecked(i == index);
    // F5 and Ctrl+F belong to the page that shows: the invitation list's or the People page's.
    const bool onPeople = m_pages->widget(index) == m_people;
    m_actions->refreshAction()->setEnabled(!onPeople);
    m_actions->findAction()->setEnabled(!onPeople);
    m_actions->updateEnabled();
    m_peopleActions->updateEnabled();
    if (m_pages->widget(index) == m_attention)
        m_attention->reload(); // what needs attention now, each time the page is shown
    if (m_pages->widget(index) == m_invitations)
        m_invitations->view()->setFocus();
    else if (onPeople)
        m_people->view()->setFocus();
}

void MainWindow::showInvitationsOf(const QString& personId, const QString& label)
{
    m_invitations->setScope(personId, label);
    showPage(m_pages->indexOf(m_invitations));
    showMessage(tr("Showing the invitations of %1 and their downline.").arg(label));
}

void MainWindow::openChangePassword()
{
    auto* dialog = new ChangePasswordDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::passwordChanged, this,
            [this] { showMessage(tr("Your password has been changed.")); });
    dialog->open();
}

void MainWindow::setDeliveryNotice(const DeliveryNotice& notice)
{
    m_banner->setNotice(notice);
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::openSettings()
{
    auto* dialog =
        new SettingsDialog(m_settings, m_secrets, m_languages, m_session->worker(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTestRecipient(m_session->actor().email);
    dialog->setSession(m_session);
    if (m_mailTester)
        dialog->setMailTester(m_mailTester);
    connect(dialog, &SettingsDialog::saved, this, [this] {
        showMessage(tr("Settings saved."));
        emit settingsSaved();
    });
    dialog->open();
}

void MainWindow::saveWindowState()
{
    if (!m_settings)
        return;
    m_settings->setState(kGeometryKey, saveGeometry());
    m_settings->setState(kStateKey, saveState());
    m_settings->setState(kPageKey, m_pages->currentIndex());
    m_invitations->saveState(m_settings);
    m_settings->sync();
}

void MainWindow::restoreWindowState()
{
    if (!m_settings)
        return;
    const QByteArray geometry = m_settings->state(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(initialSize());
    restoreState(m_settings->state(kStateKey).toByteArray());
    m_invitations->restoreState(m_settings);
    showPage(m_settings->state(kPageKey, 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

} // namespace invitedesk::ui
