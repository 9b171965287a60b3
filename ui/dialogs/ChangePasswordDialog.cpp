#include "ui/dialogs/ChangePasswordDialog.h"

#include "core/security/PasswordPolicy.h"
#include "core/services/BackendServices.h"
#include "ui/async/TaskRunner.h"
#include "ui/session/Session.h"
#include "ui/widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace invitedesk::ui {

ChangePasswordDialog::ChangePasswordDialog(Session* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_intro(new QLabel(this)),
      m_currentLabel(new QLabel(this)), m_newLabel(new QLabel(this)),
      m_confirmLabel(new QLabel(this)), m_current(new QLineEdit(this)), m_new(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_currentError(new FieldMessage(m_current, this)),
      m_newError(new FieldMessage(m_new, this)), m_confirmError(new FieldMessage(m_confirm, this)),
      m_error(new FieldMessage(nullptr, this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_currentError->setObjectName(QStringLiteral("currentPasswordError"));
    m_newError->setObjectName(QStringLiteral("newPasswordError"));
    m_confirmError->setObjectName(QStringLiteral("confirmPasswordError"));
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    for (QLineEdit* e : {m_current, m_new, m_confirm}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(password_policy::MaxLength);
    }
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setBuddy(m_new);
    m_confirmLabel->setBuddy(m_confirm);
    m_intro->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    form->addRow(QString(), m_currentError);
    form->addRow(m_newLabel, m_new);
    form->addRow(QString(), m_newError);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_confirmError);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_current, &QLineEdit::textEdited, m_currentError, &FieldMessage::clearMessage);
    connect(m_new, &QLineEdit::textEdited, m_newError, &FieldMessage::clearMessage);
    connect(m_confirm, &QLineEdit::textEdited, m_confirmError, &FieldMessage::clearMessage);
    retranslate();
    setMinimumWidth(440);
    m_current->setFocus();
}

void ChangePasswordDialog::retranslate()
{
    setWindowTitle(tr("Change my password"));
    m_intro->setText(tr("Signed in as %1. The new password:").arg(m_session->actor().email) +
                     QLatin1Char('\n') + QStringLiteral("• ") +
                     password_policy::rules().join(QStringLiteral("\n• ")));
    m_currentLabel->setText(tr("&Current password:"));
    m_newLabel->setText(tr("&New password:"));
    m_confirmLabel->setText(tr("Con&firm new password:"));
    m_current->setAccessibleName(tr("Current password"));
    m_new->setAccessibleName(tr("New password"));
    m_confirm->setAccessibleName(tr("Confirm new password"));
    m_progress->setAccessibleName(tr("Changing your password"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QLineEdit* e : {m_current, m_new, m_confirm})
        e->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void ChangePasswordDialog::clearMessages()
{
    for (FieldMessage* m : {m_currentError, m_newError, m_confirmError, m_error})
        m->clearMessage();
}

void ChangePasswordDialog::submit()
{
    if (m_busy)
        return;
    clearMessages();
    if (m_current->text().isEmpty()) {
        m_currentError->showMessage(tr("Enter your current password."));
        m_current->setFocus();
        return;
    }
    if (m_confirm->text() != m_new->text()) {
        m_confirmError->showMessage(tr("The two new passwords differ; type the same one twice."));
        m_confirm->setFocus();
        m_confirm->selectAll();
        return;
    }
    setBusy(true);
    m_session->worker()->run(
        this,
        [backend = m_session->backend(), actor = m_session->actor(), current = m_current->text(),
         next = m_new->text()] {
            return backend->people().changeOwnPassword(actor, current, next);
        },
        [this](Result<void> result) {
            setBusy(false);
            if (result) {
                for (QLineEdit* e : {m_current, m_new, m_confirm})
                    e->clear();
                emit passwordChanged();
                accept();
                return;
            }
            const Error& e = result.error();
            if (e.field == QLatin1String("current_password")) {
                m_currentError->showMessage(e.message);
                m_current->clear();
                m_current->setFocus();
            } else if (e.field == QLatin1String("new_password")) {
                m_newError->showMessage(e.message);
                m_new->setFocus();
                m_new->selectAll();
            } else {
                m_error->showMessage(e.message);
            }
        });
}

} // namespace invitedesk::ui
