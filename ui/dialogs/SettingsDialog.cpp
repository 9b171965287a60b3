#include "ui/dialogs/SettingsDialog.h"

#include "core/domain/DeskPolicy.h"
#include "core/services/OrganizationService.h"
#include "core/settings/DatabaseUrl.h"
#include "core/settings/SecretStore.h"
#include "core/settings/SettingKeys.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/ApiTokensSettingsTab.h"
#include "ui/dialogs/DatabaseSettingsTab.h"
#include "ui/dialogs/OrganizationSettingsTab.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/session/Session.h"
#include "ui/widgets/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace invitedesk::ui {

SettingsDialog::SettingsDialog(AppSettings* settings, SecretStore* secrets,
                               LanguageManager* languages, TaskRunner* worker, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_secrets(secrets), m_languages(languages),
      m_tabs(new QTabWidget(this)), m_databaseTab(new DatabaseSettingsTab(worker, this)),
      m_mailTab(new MailSettingsTab(worker, this)),
      m_organizationTab(new OrganizationSettingsTab(worker, this)),
      m_apiTokensTab(new ApiTokensSettingsTab(worker, this)), m_generalTab(new QWidget(this)),
      m_publicUrlLabel(new QLabel(this)), m_publicUrl(new QLineEdit(this)),
      m_publicUrlMessage(new FieldMessage(m_publicUrl, this)),
      m_publicUrlOverride(new QLabel(this)), m_handlerEnabled(new QCheckBox(this)),
      m_handlerPortLabel(new QLabel(this)), m_handlerPort(new QSpinBox(this)),
      m_expiryLabel(new QLabel(this)), m_expiryDays(new QSpinBox(this)),
      m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_handlerNote(new QLabel(this)), m_connectionsNote(new QLabel(this)),
      m_saveError(new FieldMessage(nullptr, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_publicUrl->setObjectName(QStringLiteral("publicUrl"));
    m_publicUrlOverride->setObjectName(QStringLiteral("publicUrlOverride"));
    m_publicUrlOverride->setWordWrap(true);
    m_publicUrlOverride->setVisible(false);
    m_handlerEnabled->setObjectName(QStringLiteral("handlerEnabled"));
    m_handlerPort->setObjectName(QStringLiteral("handlerPort"));
    m_expiryDays->setObjectName(QStringLiteral("defaultExpiryDays"));
    m_language->setObjectName(QStringLiteral("language"));
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_handlerPort->setRange(1, 65535);
    m_expiryDays->setRange(1, 365);
    m_handlerNote->setWordWrap(true);
    m_connectionsNote->setObjectName(QStringLiteral("connectionsNote"));
    m_connectionsNote->setWordWrap(true);
    m_connectionsNote->setVisible(false);
    m_handlerNote->setForegroundRole(QPalette::PlaceholderText);
    m_publicUrlLabel->setBuddy(m_publicUrl);
    m_handlerPortLabel->setBuddy(m_handlerPort);
    m_expiryLabel->setBuddy(m_expiryDays);
    m_languageLabel->setBuddy(m_language);
    m_language->addItem(QString(), QString());
    for (const QString& code : LanguageManager::available())
        m_language->addItem(LanguageManager::nativeName(code), code);

    auto* general = new QFormLayout(m_generalTab);
    auto* urlColumn = new QVBoxLayout;
    urlColumn->addWidget(m_publicUrl);
    urlColumn->addWidget(m_publicUrlMessage);
    urlColumn->addWidget(m_publicUrlOverride);
    general->addRow(m_publicUrlLabel, urlColumn);
    general->addRow(QString(), m_handlerEnabled);
    general->addRow(m_handlerPortLabel, m_handlerPort);
    general->addRow(QString(), m_handlerNote);
    general->addRow(m_expiryLabel, m_expiryDays);
    general->addRow(m_languageLabel, m_language);
    general->addRow(QString(), m_connectionsNote);

    m_tabs->addTab(m_generalTab, QString());
    m_tabs->addTab(m_databaseTab, QString());
    m_tabs->addTab(m_mailTab, QString());
    m_tabs->addTab(m_organizationTab, QString());
    m_tabs->addTab(m_apiTokensTab, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    // A new API token is shown once: not after the dialog closed, however it closed.
    connect(this, &QDialog::finished, m_apiTokensTab, &ApiTokensSettingsTab::forgetCreatedToken);
    connect(m_handlerEnabled, &QCheckBox::toggled, m_handlerPort, &QWidget::setEnabled);
    connect(m_publicUrl, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_languages)
            m_languages->apply(m_language->currentData().toString()); // live
    });

    m_originalLanguage = m_languages ? m_languages->current() : QString();
    load();
    retranslate();
    resize(620, 520);
}

void SettingsDialog::setSession(const Session* session)
{
    if (!session)
        return;
    // The connections are for administrators (issue 18, item 7): the others keep their language
    // and default expiry. Hidden fields keep their values, so saving leaves them alone.
    m_connectionsHidden = !desk_policy::mayConfigureConnections(session->actor().role);
    m_tabs->setTabVisible(1, !m_connectionsHidden);
    m_tabs->setTabVisible(2, !m_connectionsHidden);
    for (QWidget* w :
         {static_cast<QWidget*>(m_publicUrlLabel), static_cast<QWidget*>(m_publicUrl),
          static_cast<QWidget*>(m_handlerEnabled), static_cast<QWidget*>(m_handlerPortLabel),
          static_cast<QWidget*>(m_handlerPort), static_cast<QWidget*>(m_handlerNote)})
        w->setVisible(!m_connectionsHidden);
    if (m_connectionsHidden) {
        m_publicUrlMessage->clearMessage();
        m_publicUrlOverride->setVisible(false);
    }
    m_connectionsNote->setVisible(m_connectionsHidden);
    validate();
    m_organizationTab->setAccess(session->backend(), session->actor());
    m_apiTokensTab->setAccess(session->backend(), session->actor());
    session->worker()->run(
        this, [backend = session->backend()] { return backend->organization().storedPublicUrl(); },
        [this](Result<QString> stored) {
            m_storedPublicUrl = stored ? stored.value() : QString();
            m_publicUrlOverride->setVisible(!m_storedPublicUrl.isEmpty() && !m_connectionsHidden);
            retranslate();
        });
}

QString SettingsDialog::overrideNote(int source, const QString& environmentName) const
{
    if (source == int(SettingSource::Policy))
        return tr("Your IT department sets this for every user of this computer (%1); it cannot "
                  "be changed here.")
            .arg(m_settings->policyLocation());
    if (source == int(SettingSource::CommandLine))
        return tr("This run uses a value given on the command line; what you save here applies "
                  "to later runs.");
    if (source == int(SettingSource::Environment))
        return tr("This run uses the value of the environment variable %1; what you save here "
                  "applies when it is not set.")
            .arg(environmentName);
    return {};
}

void SettingsDialog::load()
{
    using namespace invitedesk::settings;
    // A key IT's policy locks shows the policy's value (the one in force), greyed out.
    auto shown = [this](const auto& setting) {
        return m_settings->isLocked(setting) ? m_settings->value(setting)
                                             : m_settings->userOrBelow(setting);
    };
    m_databaseTab->setFields(DatabaseFields::fromUrl(shown(databaseUrl)));
    m_databaseTab->setOverrideNote(overrideNote(int(m_settings->source(databaseUrl)),
                                                AppSettings::environmentName(databaseUrl)));
    m_mailTab->setFields(MailFields::fromUrl(shown(mailUrl)));
    m_mailTab->setFrom(shown(mailFrom));
    m_mailTab->setOverrideNote(
        overrideNote(int(m_settings->source(mailUrl)), AppSettings::environmentName(mailUrl)));
    m_publicUrl->setText(shown(publicUrl));
    m_handlerEnabled->setChecked(shown(handlerEnabled));
    m_handlerPort->setValue(shown(handlerPort));
    // What IT's policy locks is shown, not edited (issue 17, item 5).
    m_databaseTab->setEnabled(!m_settings->isLocked(databaseUrl));
    m_mailTab->setEnabled(!m_settings->isLocked(mailUrl) && !m_settings->isLocked(mailFrom));
    m_publicUrl->setEnabled(!m_settings->isLocked(publicUrl));
    m_handlerEnabled->setEnabled(!m_settings->isLocked(handlerEnabled));
    m_handlerPort->setEnabled(m_handlerEnabled->isChecked() && !m_settings->isLocked(handlerPort));
    m_expiryDays->setEnabled(!m_settings->isLocked(defaultExpiryDays));
    m_language->setEnabled(!m_settings->isLocked(language));
    m_expiryDays->setValue(std::clamp(shown(defaultExpiryDays), 1, 365));
    {
        const QSignalBlocker block(m_language);
        const int i = m_language->findData(shown(language));
        m_language->setCurrentIndex(std::max(0, i));
    }
    m_shown = {m_databaseTab->fields(),
               m_mailTab->fields(),
               m_mailTab->from(),
               m_publicUrl->text().trimmed(),
               m_handlerEnabled->isChecked(),
               m_handlerPort->value(),
               m_expiryDays->value(),
               m_language->currentData().toString()};
    refreshStoredPasswords();
}

void SettingsDialog::refreshStoredPasswords()
{
    if (!m_secrets)
        return;
    const DatabaseFields db = m_databaseTab->fields();
    if (db.postgres) {
        auto url = DatabaseUrl::parse(db.toUrl());
        if (url) {
            m_secrets->read(SecretStore::databaseKey(url.value()), this, [this](Result<QString> r) {
                m_databaseTab->setPasswordStored(r.ok() && !r.value().isEmpty());
            });
        }
    }
    const MailFields mail = m_mailTab->fields();
    if (mail.smtp) {
        m_secrets->read(SecretStore::smtpKey(mail.host, mail.user), this,
                        [this](Result<QString> r) {
                            m_mailTab->setPasswordStored(r.ok() && !r.value().isEmpty());
                        });
    }
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("InviteDesk settings"));
    m_tabs->setTabText(0, tr("&General"));
    m_tabs->setTabText(1, tr("&Database"));
    m_tabs->setTabText(2, tr("&Mail"));
    m_tabs->setTabText(3, tr("&Organisation"));
    m_tabs->setTabText(4, tr("&API tokens"));
    if (!m_storedPublicUrl.isEmpty())
        m_publicUrlOverride->setText(
            tr("Overridden: the database sets the link address of every desk to %1, so this "
               "desk's value is not used for links. An administrator changes it on the "
               "Organisation tab.")
                .arg(m_storedPublicUrl));
    m_publicUrlLabel->setText(tr("&Public link address:"));
    m_publicUrl->setToolTip(tr("The start of every invitation link, e.g. "
                               "https://invite.example.com. Invitees must be able to reach it."));
    m_handlerEnabled->setText(tr("&Answer invitation links from this computer"));
    m_handlerPortLabel->setText(tr("Po&rt:"));
    m_handlerNote->setText(tr("For one desk or for trying InviteDesk. A team runs \"invitedesk "
                              "serve\" behind a TLS proxy instead. Takes effect on the next "
                              "start."));
    m_connectionsNote->setText(
        tr("The database, the mail relay and the link address of this computer are set by an "
           "administrator."));
    m_expiryLabel->setText(tr("Invitations &expire after:"));
    m_expiryDays->setSuffix(tr(" days"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    for (auto [label, w] :
         std::initializer_list<std::pair<QLabel*, QWidget*>>{{m_publicUrlLabel, m_publicUrl},
                                                             {m_handlerPortLabel, m_handlerPort},
                                                             {m_expiryLabel, m_expiryDays},
                                                             {m_languageLabel, m_language}})
        w->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_handlerEnabled->setAccessibleName(m_handlerEnabled->text().remove(QLatin1Char('&')));
    validate();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool SettingsDialog::validate()
{
    const QUrl url(m_publicUrl->text().trimmed(), QUrl::StrictMode);
    // A hidden address is not this person's to fix (nor saved by them).
    const bool ok =
        m_connectionsHidden ||
        (url.isValid() && !url.host().isEmpty() &&
         (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")));
    if (ok)
        m_publicUrlMessage->clearMessage();
    else
        m_publicUrlMessage->showMessage(
            tr("Enter an address starting with https:// (or http:// for this computer only)."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && m_pendingSecrets == 0);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(ok ? QString() : m_publicUrlMessage->text());
    return ok;
}

void SettingsDialog::save()
{
    if (!validate() || m_pendingSecrets > 0)
        return;
    using namespace invitedesk::settings;
    m_saveError->clearMessage();
    const DatabaseFields db = m_databaseTab->fields();
    const MailFields mail = m_mailTab->fields();
    // Only what the person changed: a value left as shown may be IT's system-wide one.
    auto saveIfChanged = [this](const auto& setting, const auto& value, const auto& shown) {
        if (value != shown)
            m_settings->setUserValue(setting, value);
    };
    if (!db.sameAs(m_shown.database))
        m_settings->setUserValue(databaseUrl, db.toUrl());
    if (!mail.sameAs(m_shown.mail)) {
        const QString mailText = mail.toUrl();
        if (mailText.isEmpty())
            m_settings->resetUserValue(mailUrl);
        else
            m_settings->setUserValue(mailUrl, mailText);
    }
    if (m_mailTab->from() != m_shown.mailFrom) {
        if (m_mailTab->from().isEmpty())
            m_settings->resetUserValue(mailFrom);
        else
            m_settings->setUserValue(mailFrom, m_mailTab->from());
    }
    QString link = m_publicUrl->text().trimmed();
    if (link != m_shown.publicUrl) {
        while (link.endsWith(QLatin1Char('/')))
            link.chop(1);
        m_settings->setUserValue(publicUrl, link);
    }
    saveIfChanged(handlerEnabled, m_handlerEnabled->isChecked(), m_shown.handlerEnabled);
    saveIfChanged(handlerPort, m_handlerPort->value(), m_shown.handlerPort);
    saveIfChanged(defaultExpiryDays, m_expiryDays->value(), m_shown.expiryDays);
    saveIfChanged(language, m_language->currentData().toString(), m_shown.language);
    m_settings->sync();
    m_originalLanguage = m_languages ? m_languages->current() : QString();

    // Passwords: to the keychain only, and only when typed (or to be forgotten).
    m_secretErrors.clear();
    struct Op {
        QString key;
        QString secret;
        bool remove;
    };
    QList<Op> ops;
    if (db.postgres) {
        if (auto url = DatabaseUrl::parse(db.toUrl())) {
            const QString key = SecretStore::databaseKey(url.value());
            if (!m_databaseTab->password().isEmpty())
                ops.append({key, m_databaseTab->password(), false});
            else if (m_databaseTab->forgetPassword())
                ops.append({key, {}, true});
        }
    }
    if (mail.smtp) {
        const QString key = SecretStore::smtpKey(mail.host, mail.user);
        if (!m_mailTab->password().isEmpty())
            ops.append({key, m_mailTab->password(), false});
        else if (m_mailTab->forgetPassword())
            ops.append({key, {}, true});
    }
    if (ops.isEmpty() || !m_secrets) {
        emit saved();
        accept();
        return;
    }
    m_pendingSecrets = int(ops.size());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    for (const Op& op : ops) {
        auto done = [this](Result<void> r) { secretDone(r.ok() ? QString() : r.error().message); };
        if (op.remove)
            m_secrets->remove(op.key, this, done);
        else
            m_secrets->write(op.key, op.secret, this, done);
    }
}

void SettingsDialog::secretDone(const QString& error)
{
    if (!error.isEmpty())
        m_secretErrors << error;
    if (--m_pendingSecrets > 0)
        return;
    validate();
    if (!m_secretErrors.isEmpty()) {
        m_saveError->showMessage(
            tr("The settings were saved, but the password could not be stored in the system "
               "keychain: %1")
                .arg(m_secretErrors.join(QStringLiteral("; "))));
        return;
    }
    emit saved();
    accept();
}

void SettingsDialog::reject()
{
    if (m_languages && m_languages->current() != m_originalLanguage &&
        !m_originalLanguage.isEmpty())
        m_languages->apply(m_originalLanguage); // undo the live preview
    QDialog::reject();
}

void SettingsDialog::setMailTester(MailSettingsTab::MailTester tester)
{
    m_mailTab->setTester(std::move(tester));
}

void SettingsDialog::setTestRecipient(const QString& email)
{
    m_mailTab->setTestRecipient(email);
}

} // namespace invitedesk::ui
