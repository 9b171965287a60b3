#pragma once

#include "core/services/ResendPreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace invitedesk::ui {

// Asks before any resend (one invitation or many): how many go out, the expiry they get
// (from InvitationService::resendPreview, whose rule is resend_policy's), and a warning when
// one was sent under an hour ago or its address bounced. Accept = resend; reject = nothing.
class ResendConfirmDialog : public QDialog {
    Q_OBJECT
public:
    explicit ResendConfirmDialog(const ResendPreview& preview, QWidget* parent = nullptr);

    const ResendPreview& preview() const { return m_preview; }
    QString question() const;
    QString expiryText() const;
    QString recentWarning() const;  // empty: none
    QString bouncedWarning() const; // empty: none

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool warned() const;

    ResendPreview m_preview;
    QLabel* m_question;
    QLabel* m_expiry;
    QLabel* m_recent;
    QLabel* m_bounced;
    QDialogButtonBox* m_buttons;
};

} // namespace invitedesk::ui
