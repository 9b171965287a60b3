#pragma once

#include "ui/dialogs/MailSettingsTab.h"
#include "ui/settings/ConnectionUrls.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace invitedesk {
class AppSettings;
class SecretStore;
} // namespace invitedesk

namespace invitedesk::ui {

class ApiTokensSettingsTab;
class DatabaseSettingsTab;
class FieldMessage;
class LanguageManager;
class OrganizationSettingsTab;
class Session;
class TaskRunner;

// The settings a person may change: database, mail, acceptance link and handler, expiry
// default and language (applied live, undone by Cancel). Values the person changed go to the
// user settings file, and only those: one left as shown may come from the system-wide file IT
// deploys, and copying it would pin it in the user's file. Passwords go only to the
// SecretStore. Values overridden by the command line or environment say so; saving still
// records the user's choice for later runs.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings* settings, SecretStore* secrets, LanguageManager* languages,
                   TaskRunner* worker, QWidget* parent = nullptr);

    void setMailTester(MailSettingsTab::MailTester tester);
    // The signed-in desk: the Organisation tab works for its admin, the API tokens tab lists
    // and makes the user's own tokens, and the General tab says when the database's public
    // link address overrides this desk's.
    void setSession(const Session* session);
    void setTestRecipient(const QString& email);
    DatabaseSettingsTab* databaseTab() const { return m_databaseTab; }
    MailSettingsTab* mailTab() const { return m_mailTab; }
    OrganizationSettingsTab* organizationTab() const { return m_organizationTab; }
    ApiTokensSettingsTab* apiTokensTab() const { return m_apiTokensTab; }
    QTabWidget* tabs() const { return m_tabs; }
    bool isSaving() const { return m_pendingSecrets > 0; }

public slots:
    void save();
    void reject() override;

signals:
    // Everything is written (settings file and keychain).
    void saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslate();
    QString overrideNote(int source, const QString& environmentName) const;
    void refreshStoredPasswords();
    void secretDone(const QString& error);
    bool validate();

    AppSettings* m_settings;
    SecretStore* m_secrets;
    LanguageManager* m_languages;
    QString m_originalLanguage;

    QTabWidget* m_tabs;
    DatabaseSettingsTab* m_databaseTab;
    MailSettingsTab* m_mailTab;
    OrganizationSettingsTab* m_organizationTab;
    ApiTokensSettingsTab* m_apiTokensTab;
    QWidget* m_generalTab;
    QLabel* m_publicUrlLabel;
    QLineEdit* m_publicUrl;
    FieldMessage* m_publicUrlMessage;
    QLabel* m_publicUrlOverride;
    QString m_storedPublicUrl; // the database's, when it holds one
    QCheckBox* m_handlerEnabled;
    QLabel* m_handlerPortLabel;
    QSpinBox* m_handlerPort;
    QLabel* m_expiryLabel;
    QSpinBox* m_expiryDays;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_handlerNote;
    QLabel* m_connectionsNote;        // why a non-administrator sees no connections
    bool m_connectionsHidden = false; // desk_policy::mayConfigureConnections said no
    FieldMessage* m_saveError;
    QDialogButtonBox* m_buttons;
    // What load() showed, to save only what changed.
    struct Shown {
        DatabaseFields database;
        MailFields mail;
        QString mailFrom;
        QString publicUrl;
        bool handlerEnabled = false;
        int handlerPort = 0;
        int expiryDays = 0;
        QString language;
    } m_shown;
    int m_pendingSecrets = 0;
    QStringList m_secretErrors;
};

} // namespace invitedesk::ui
