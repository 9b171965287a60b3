#include "ui/dialogs/CorrectAddressDialog.h"

#include "core/mail/DeliveryExplanation.h"
#include "core/services/InvitationService.h"
#include "core/services/InvitationValidator.h"
#include "ui/async/TaskRunner.h"
#include "ui/session/Session.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace invitedesk::ui {

CorrectAddressDialog::CorrectAddressDialog(Session* session, const Invitation& invitation,
                                           QWidget* parent)
    : QDialog(parent), m_session(session), m_invitation(invitation), m_intro(new QLabel(this)),
      m_explanation(new QLabel(this)), m_email(new QLineEdit(this)),
      m_message(new FieldMessage(m_email, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("correctAddressDialog"));
    m_email->setObjectName(QStringLiteral("correctedEmail"));
    m_explanation->setObjectName(QStringLiteral("deliveryExplanation"));
    setWindowTitle(tr("Correct the address and resend"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(
        tr("The invitation to %1 could not be delivered. Type the right address: the invitation "
           "goes to it with a new link.")
            .arg(invitation.email));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    const QString plain = DeliveryExplanation::explain(invitation.lastEmailError);
    m_explanation->setText(
        plain.isEmpty() ? invitation.lastEmailError
                        : tr("%1 (The server said: %2)").arg(plain, invitation.lastEmailError));
    m_explanation->setVisible(!m_explanation->text().isEmpty());
    m_email->setText(invitation.email);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setAccessibleName(tr("Corrected e-mail"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Correct and &resend"));
    m_buttons->button(QDialogButtonBox::Ok)->setIcon(themedIcon(QStringLiteral("resend")));

    auto* form = new QFormLayout;
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_message);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CorrectAddressDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, [this] {
        m_message->clearMessage();
        updateOk();
    });
    updateOk();
    setMinimumWidth(460);
    m_email->selectAll();
    m_email->setFocus();
}

QString CorrectAddressDialog::blockingReason() const
{
    const QString address = m_email->text().trimmed().toLower();
    if (m_busy)
        return tr("Sending…");
    if (address == m_invitation.email)
        return tr("Type the corrected address: this is the one that could not be delivered to.");
    if (auto r = invitation_validation::checkEmail(address); !r)
        return r.error().message;
    return {};
}

void CorrectAddressDialog::updateOk()
{
    const QString why = blockingReason();
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why);
}

void CorrectAddressDialog::submit()
{
    if (!blockingReason().isEmpty())
        return;
    m_busy = true;
    m_email->setEnabled(false);
    updateOk();
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    const QString id = m_invitation.id;
    const QString email = m_email->text();
    const int version = m_invitation.version;
    m_session->worker()->run(
        this,
        [backend, actor, id, email, version]() {
            return backend->invitations().correctAddress(actor, id, email, version);
        },
        [this](Result<Invitation> r) {
            m_busy = false;
            m_email->setEnabled(true);
            updateOk();
            if (!r) {
                m_message->showMessage(r.error().message);
                return;
            }
            emit corrected(r.value());
            accept();
        });
}

} // namespace invitedesk::ui
