#include "ui/dialogs/MailSettingsTab.h"

#include "ui/async/TaskRunner.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/StackedPages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace invitedesk::ui {

MailSettingsTab::MailSettingsTab(TaskRunner* worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_override(new QLabel(this)),
      m_folderChoice(new QRadioButton(this)), m_smtpChoice(new QRadioButton(this)),
      m_stack(new QStackedWidget(this)), m_folderLabel(new QLabel(this)),
      m_folder(new QLineEdit(this)), m_browse(new QPushButton(this)), m_hostLabel(new QLabel(this)),
      m_host(new QLineEdit(this)), m_portLabel(new QLabel(this)), m_port(new QSpinBox(this)),
      m_tlsLabel(new QLabel(this)), m_tls(new QComboBox(this)), m_userLabel(new QLabel(this)),
      m_user(new QLineEdit(this)), m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this)), m_forget(new QCheckBox(this)), m_fromLabel(new QLabel(this)),
      m_from(new QLineEdit(this)), m_recipientLabel(new QLabel(this)),
      m_recipient(new QLineEdit(this)), m_test(new QPushButton(this)),
      m_result(new FieldMessage(m_test, this))
{
    m_folderChoice->setObjectName(QStringLiteral("mailFolderChoice"));
    m_smtpChoice->setObjectName(QStringLiteral("mailSmtpChoice"));
    m_folder->setObjectName(QStringLiteral("mailFolder"));
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_tls->setObjectName(QStringLiteral("smtpTls"));
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_forget->setObjectName(QStringLiteral("smtpForgetPassword"));
    m_from->setObjectName(QStringLiteral("mailFrom"));
    m_recipient->setObjectName(QStringLiteral("testRecipient"));
    m_test->setObjectName(QStringLiteral("sendTestMessage"));
    m_result->setObjectName(QStringLiteral("sendTestResult"));
    m_override->setWordWrap(true);
    m_override->setVisible(false);
    m_port->setRange(0, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_forget->setVisible(false); // until the keychain says a password is stored
    m_tls->addItem(QString(), int(MailFields::Tls::Auto));
    m_tls->addItem(QString(), int(MailFields::Tls::StartTls));
    m_tls->addItem(QString(), int(MailFields::Tls::Implicit));
    m_tls->addItem(QString(), int(MailFields::Tls::None));
    for (auto [label, w] :
         std::initializer_list<std::pair<QLabel*, QWidget*>>{{m_folderLabel, m_folder},
                                                             {m_hostLabel, m_host},
                                                             {m_portLabel, m_port},
                                                             {m_tlsLabel, m_tls},
                                                             {m_userLabel, m_user},
                                                             {m_passwordLabel, m_password},
                                                             {m_fromLabel, m_from},
                                                             {m_recipientLabel, m_recipient}})
        label->setBuddy(w);

    auto* folderPage = new QWidget(this);
    auto* folderForm = new QFormLayout(folderPage);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(m_browse);
    folderForm->addRow(m_folderLabel, folderRow);

    auto* smtpPage = new QWidget(this);
    auto* smtpForm = new QFormLayout(smtpPage);
    smtpForm->addRow(m_hostLabel, m_host);
    smtpForm->addRow(m_portLabel, m_port);
    smtpForm->addRow(m_tlsLabel, m_tls);
    smtpForm->addRow(m_userLabel, m_user);
    auto* passwordColumn = new QVBoxLayout;
    passwordColumn->addWidget(m_password);
    passwordColumn->addWidget(m_forget);
    smtpForm->addRow(m_passwordLabel, passwordColumn);
    m_stack->addWidget(folderPage);
    m_stack->addWidget(smtpPage);

    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_folderChoice);
    choiceRow->addWidget(m_smtpChoice);
    choiceRow->addStretch();
    auto* common = new QFormLayout;
    common->addRow(m_fromLabel, m_from);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_recipient);
    testRow->addWidget(m_test);
    common->addRow(m_recipientLabel, testRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_override);
    layout->addLayout(choiceRow);
    layout->addWidget(m_stack);
    layout->addLayout(common);
    layout->addWidget(m_result);
    layout->addStretch();

    m_folderChoice->setChecked(true);
    m_test->setEnabled(false); // until a tester is set
    connect(m_folderChoice, &QRadioButton::toggled, this, &MailSettingsTab::updateTransport);
    connect(m_test, &QPushButton::clicked, this, &MailSettingsTab::sendTestMessage);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for outgoing mail"),
                                                              m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    retranslate();
    updateTransport();
}

void MailSettingsTab::retranslate()
{
    m_folderChoice->setText(tr("Write .eml &files to a folder"));
    m_smtpChoice->setText(tr("Send through an S&MTP relay"));
    m_folderLabel->setText(tr("&Folder:"));
    m_folder->setPlaceholderText(tr("the application data folder"));
    m_browse->setText(tr("&Browse…"));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setSpecialValueText(tr("default"));
    m_tlsLabel->setText(tr("&Security:"));
    m_tls->setItemText(0, tr("STARTTLS when offered"));
    m_tls->setItemText(1, tr("STARTTLS required (587)"));
    m_tls->setItemText(2, tr("TLS from the start (465)"));
    m_tls->setItemText(3, tr("None (local relay only)"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setPlaceholderText(m_passwordStored ? tr("stored in the system keychain")
                                                    : tr("not stored"));
    m_password->setToolTip(tr("Kept in the system keychain, never in a settings file. Leave "
                              "empty to keep the stored one."));
    m_forget->setText(tr("Remove the stored password from the keychain"));
    m_fromLabel->setText(tr("Se&nder:"));
    m_from->setPlaceholderText(tr("InviteDesk <no-reply@your-domain>"));
    m_recipientLabel->setText(tr("Test &recipient:"));
    m_test->setText(tr("Send &test message"));
    m_test->setToolTip(tr("Sends one message with the settings as typed, before saving."));
    for (QLabel* label : {m_folderLabel, m_hostLabel, m_portLabel, m_tlsLabel, m_userLabel,
                          m_passwordLabel, m_fromLabel, m_recipientLabel})
        label->buddy()->setAccessibleName(
            label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

void MailSettingsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MailSettingsTab::updateTransport()
{
    showStackedPage(m_stack, m_folderChoice->isChecked() ? 0 : 1);
    m_result->clearMessage();
}

void MailSettingsTab::setFields(const MailFields& f)
{
    m_loaded = f;
    (f.smtp ? m_smtpChoice : m_folderChoice)->setChecked(true);
    m_folder->setText(f.folder);
    m_host->setText(f.host);
    m_port->setValue(f.port);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(int(f.tls))));
    m_user->setText(f.user);
    updateTransport();
}

MailFields MailSettingsTab::fields() const
{
    MailFields f = m_loaded; // keeps what the tab does not show
    f.smtp = m_smtpChoice->isChecked();
    f.folder = m_folder->text().trimmed();
    f.host = m_host->text().trimmed();
    f.port = m_port->value();
    f.tls = static_cast<MailFields::Tls>(m_tls->currentData().toInt());
    f.user = m_user->text().trimmed();
    return f;
}

void MailSettingsTab::setFrom(const QString& from)
{
    m_from->setText(from);
}

QString MailSettingsTab::from() const
{
    return m_from->text().trimmed();
}

void MailSettingsTab::setTestRecipient(const QString& email)
{
    m_recipient->setText(email);
}

QString MailSettingsTab::password() const
{
    return m_smtpChoice->isChecked() ? m_password->text() : QString();
}

bool MailSettingsTab::forgetPassword() const
{
    return m_forget->isChecked();
}

void MailSettingsTab::setPasswordStored(bool stored)
{
    m_passwordStored = stored;
    m_forget->setVisible(stored);
    retranslate();
}

void MailSettingsTab::setOverrideNote(const QString& note)
{
    m_override->setText(note);
    m_override->setVisible(!note.isEmpty());
}

void MailSettingsTab::setTester(MailTester tester)
{
    m_tester = std::move(tester);
    m_test->setEnabled(bool(m_tester));
    retranslate();
}

void MailSettingsTab::sendTestMessage()
{
    if (!m_tester)
        return;
    const MailFields f = fields();
    if (f.smtp && f.host.isEmpty()) {
        m_result->showMessage(tr("Enter the SMTP relay's host name."));
        emit testFinished(false, m_result->text());
        return;
    }
    const QString to = m_recipient->text().trimmed();
    if (!to.contains(QLatin1Char('@'))) {
        m_result->showMessage(tr("Enter the address the test message should go to."));
        emit testFinished(false, m_result->text());
        return;
    }
    m_test->setEnabled(false);
    m_result->showMessage(tr("Sending…"), FieldMessage::Kind::Info);
    auto tester = m_tester;
    const QString url = f.toUrl();
    const QString password = m_password->text();
    const QString sender = from();
    m_worker->run(
        this, [tester, url, password, sender, to]() { return tester(url, password, sender, to); },
        [this, to](Result<QString> r) {
            m_test->setEnabled(true);
            if (!r) {
                const QString message =
                    tr("The test message was not sent: %1").arg(r.error().message);
                m_result->showMessage(message);
                emit testFinished(false, message);
                return;
            }
            const QString message =
                r.value().isEmpty()
                    ? tr("Test message sent to %1.").arg(to)
                    : tr("Test message sent to %1. The server said: %2").arg(to, r.value());
            m_result->showMessage(message, FieldMessage::Kind::Info);
            emit testFinished(true, message);
        });
}

} // namespace invitedesk::ui
