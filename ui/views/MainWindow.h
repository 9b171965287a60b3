#pragma once

#include "ui/dialogs/MailSettingsTab.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolBar;

namespace invitedesk {
class AppSettings;
struct DeliveryNotice;
class SecretStore;
} // namespace invitedesk

namespace invitedesk::ui {

class AttentionPage;
class AuditPage;
class DeliveryBanner;
class ExpiryRefresher;
class InvitationActions;
class InvitationsPage;
class LanguageManager;
class PeopleActions;
class PeoplePage;
class Session;
class StatisticsPage;

// The desk: pages Invitations, Needs attention (with its count), Statistics, People and (for
// administrators) Audit; a toolbar and menus with a shortcut for every action (the account menu:
// "Change my password…"); the title
// "{organisation} — {user}", to which Qt appends the application's display name. Remembers its
// geometry, toolbar and column layout; uses the system palette.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Session* session, AppSettings* settings, SecretStore* secrets,
               LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    InvitationsPage* invitationsPage() const { return m_invitations; }
    AttentionPage* attentionPage() const { return m_attention; }
    StatisticsPage* statisticsPage() const { return m_statistics; }
    AuditPage* auditPage() const { return m_audit; }
    PeoplePage* peoplePage() const { return m_people; }
    InvitationActions* actions() const { return m_actions; }
    PeopleActions* peopleActions() const { return m_peopleActions; }
    QAction* changePasswordAction() const { return m_changePassword; }
    // Records expiry in the background once the first page is shown, then each minute.
    ExpiryRefresher* expiryRefresher() const { return m_expiry; }
    QTabWidget* pages() const { return m_pages; }
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* quitAction() const { return m_quit; }
    void setMailTester(MailSettingsTab::MailTester tester) { m_mailTester = std::move(tester); }
    // The banner across the top while mail does not really reach people (test mode).
    void setDeliveryNotice(const DeliveryNotice& notice);
    DeliveryBanner* deliveryBanner() const { return m_banner; }

    // The first size (no remembered geometry), bounded by the screen, and the smallest; both
    // fit a 1366×768 screen.
    static constexpr QSize kInitialSize{1280, 700};
    static constexpr QSize kMinimumSize{900, 560};
    QSize initialSize() const;

    // The title for an organisation and user, as the window shows it.
    static QString titleFor(const QString& organisation, const QString& user);
    // The About dialog's text: the version (with its commit), and the Qt and OpenSSL the
    // program runs with, which IT asks for first when something misbehaves on one desk.
    static QString aboutText();

public slots:
    void openSettings();
    void openChangePassword();
    void showPage(int index);
    // "Show their invitations": the Invitations page, narrowed to that person's downline.
    void showInvitationsOf(const QString& personId, const QString& label);

signals:
    // The invitation list painted its first page of rows (or its empty state).
    void firstPageShown();
    void settingsSaved();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void saveWindowState();
    void restoreWindowState();
    void showMessage(const QString& text);
    void pageChanged(int index);
    void updateAttentionTab();

    Session* m_session;
    AppSettings* m_settings;
    SecretStore* m_secrets;
    LanguageManager* m_languages;
    MailSettingsTab::MailTester m_mailTester;
    QTabWidget* m_pages;
    DeliveryBanner* m_banner;
    InvitationsPage* m_invitations;
    AttentionPage* m_attention;
    qint64 m_attentionCount = -1;
    bool m_attentionCountIsAtLeast = false;
    StatisticsPage* m_statistics;
    AuditPage* m_audit = nullptr;
    PeoplePage* m_people;
    InvitationActions* m_actions;
    PeopleActions* m_peopleActions;
    ExpiryRefresher* m_expiry;
    QToolBar* m_toolbar;
    QMenu* m_fileMenu;
    QMenu* m_invitationMenu;
    QMenu* m_viewMenu;
    QMenu* m_personMenu;
    QMenu* m_accountMenu;
    QMenu* m_helpMenu;
    QAction* m_settingsAction;
    QAction* m_quit;
    QAction* m_about;
    QAction* m_changePassword;
    QList<QAction*> m_pageActions;
    QLabel* m_countLabel;
    QLabel* m_userLabel;
    QProgressBar* m_busy;
    bool m_firstPageSeen = false;
};

} // namespace invitedesk::ui
