#pragma once

#include "core/domain/Invitation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace invitedesk::ui {

class FieldMessage;
class Session;

// "Correct the address and resend" for an invitation whose e-mail bounced: the address as
// it was, what the server said in plain words, a field for the right one. Saving runs
// InvitationService::correctAddress (the correction, its audit event and the resend in one
// transaction); a refusal is shown under the field.
class CorrectAddressDialog : public QDialog {
    Q_OBJECT
public:
    CorrectAddressDialog(Session* session, const Invitation& invitation, QWidget* parent = nullptr);

    QLineEdit* emailField() const { return m_email; }
    QString blockingReason() const; // why "Correct and resend" is disabled; empty if enabled

public slots:
    void submit();

signals:
    void corrected(const invitedesk::Invitation& invitation);

private:
    void updateOk();

    Session* m_session;
    Invitation m_invitation;
    QLabel* m_intro;
    QLabel* m_explanation;
    QLineEdit* m_email;
    FieldMessage* m_message;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace invitedesk::ui
