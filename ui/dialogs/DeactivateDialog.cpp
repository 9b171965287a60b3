#include "ui/dialogs/DeactivateDialog.h"

#include "core/services/BackendServices.h"
#include "ui/async/TaskRunner.h"
#include "ui/session/Session.h"
#include "ui/widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace invitedesk::ui {

DeactivateDialog::DeactivateDialog(Session* session, Person person, QWidget* parent)
    : QDialog(parent), m_session(session), m_person(std::move(person)),
      m_question(new QLabel(this)), m_explanation(new QLabel(this)),
      m_reasonLabel(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_reasonError(new FieldMessage(m_reason, this)), m_error(new FieldMessage(nullptr, this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("deactivateDialog"));
    m_reason->setObjectName(QStringLiteral("deactivateReason"));
    m_reasonError->setObjectName(QStringLiteral("deactivateReasonError"));
    m_error->setObjectName(QStringLiteral("deactivateError"));
    const QString name = m_person.user.fullName().isEmpty()
                             ? m_person.user.email
                             : tr("%1 (%2)").arg(m_person.user.fullName(), m_person.user.email);
    setWindowTitle(tr("Deactivate an account"));
    m_question->setText(tr("Deactivate %1?").arg(name));
    m_question->setWordWrap(true);
    QFont f = m_question->font();
    f.setBold(true);
    m_question->setFont(f);
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("They will no longer be able to sign in. Their open invitations "
                              "stay open, and the people below them stay in place. You can "
                              "reactivate the account later."));
    m_reasonLabel->setText(tr("&Reason (optional, kept in the audit log):"));
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setPlaceholderText(tr("For example: left the practice"));
    m_reason->setAccessibleName(tr("Reason"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Deactivating"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Deactivate"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep active"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_explanation);
    layout->addSpacing(6);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_reasonError);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeactivateDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textEdited, m_reasonError, &FieldMessage::clearMessage);
    setMinimumWidth(440);
    m_reason->setFocus();
}

void DeactivateDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_reason->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void DeactivateDialog::submit()
{
    if (m_busy)
        return;
    m_reasonError->clearMessage();
    m_error->clearMessage();
    setBusy(true);
    m_session->worker()->run(
        this,
        [backend = m_session->backend(), actor = m_session->actor(), id = m_person.user.id,
         reason = m_reason->text()] { return backend->people().deactivate(actor, id, reason); },
        [this](Result<Person> result) {
            setBusy(false);
            if (!result) {
                const Error& e = result.error();
                if (e.field == QLatin1String("reason")) {
                    m_reasonError->showMessage(e.message);
                    m_reason->setFocus();
                } else {
                    m_error->showMessage(e.message);
                }
                return;
            }
            emit deactivated(result.value());
            accept();
        });
}

} // namespace invitedesk::ui
