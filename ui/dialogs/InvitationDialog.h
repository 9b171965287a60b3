#pragma once

#include "core/domain/Invitation.h"
#include "ui/dialogs/InvitationForm.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace invitedesk::ui {

class Session;

// Create or edit an invitation. The OK button stays disabled with the reason written next to
// it; an e-mail that already has an open invitation offers to resend that one instead, one
// that has an account says so. Saving runs on the session's worker; errors from the service
// land under the field they concern.
class InvitationDialog : public QDialog {
    Q_OBJECT
public:
    // Create when `invitationId` is empty, else edit that invitation.
    InvitationDialog(Session* session, const QString& invitationId = {}, QWidget* parent = nullptr);
    // Hiding on destruction moves focus out of a field, and the form then reports a change:
    // that must not reach this half-destroyed dialog.
    ~InvitationDialog() override;

    InvitationForm* form() const { return m_form; }
    void setDefaultExpiryDays(int days);
    // Why OK is disabled (empty when enabled).
    QString blockingReason() const;
    bool isReady() const { return m_ready; }
    bool isBusy() const { return m_busy; }
    static constexpr int kEmailCheckDelayMs = 400;

public slots:
    void submit();
    // Runs the e-mail check now instead of after the typing pause (tests).
    void checkEmailNow();
    // "Preview e-mail": the message as the invitee will get it (EmailPreviewDialog).
    void previewEmail();

signals:
    void saved(const invitedesk::Invitation& invitation);
    // The person chose to resend the open invitation instead of creating another.
    void resendRequested(const QString& invitationId);
    // Loading the downline / the invitation finished.
    void ready();
    // The preview dialog opened (tests).
    void previewShown(QDialog* preview);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateOk();
    void setBusy(bool busy);
    void loadContext();

    Session* m_session;
    QString m_id;
    Invitation m_original;
    InvitationForm* m_form;
    QLabel* m_why;
    QPushButton* m_resendOpen;
    QPushButton* m_preview;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QTimer* m_emailCheck;
    QString m_openInvitationId;
    QString m_checkedEmail;
    bool m_ready = false;
    bool m_busy = false;
    int m_pendingLoads = 0;
};

} // namespace invitedesk::ui
