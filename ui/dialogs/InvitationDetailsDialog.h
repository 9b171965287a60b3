#pragma once

#include "core/domain/Invitation.h"
#include "core/services/AuditService.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace invitedesk::ui {

class Session;
class ShareLinkFlow;

// Everything about one invitation: its fields, and a timeline from the audit log (created,
// sent, deferred with the server's words, resent, opened, cancelled, accepted). Actions are
// offered where the invitation's state allows them.
class InvitationDetailsDialog : public QDialog {
    Q_OBJECT
public:
    InvitationDetailsDialog(Session* session, const QString& invitationId,
                            QWidget* parent = nullptr);

    const Invitation& invitation() const { return m_invitation; }
    const QList<AuditEvent>& events() const { return m_events; }
    QTreeWidget* timeline() const { return m_timeline; }
    bool isLoaded() const { return m_loaded; }
    // "Create a link to share" (ui/views/ShareLinkFlow).
    QPushButton* shareButton() const { return m_share; }
    ShareLinkFlow* shareFlow() const { return m_shareFlow; }

public slots:
    void reload();

signals:
    void loaded();
    void editRequested(const QString& id);
    void resendRequested(const QString& id);
    // "Correct the address and resend" for an invitation whose e-mail bounced.
    void correctRequested(const invitedesk::Invitation& invitation);
    void cancelRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void display();
    QLabel* addRow(const QString& label, const QString& value); // nullptr: nothing to show

    Session* m_session;
    QString m_id;
    Invitation m_invitation;
    QList<AuditEvent> m_events;
    QDateTime m_nextAttempt; // of a waiting e-mail (a "try again later" reply)
    bool m_loaded = false;
    QLabel* m_heading;
    QLabel* m_error;
    QWidget* m_fieldsBox;
    QFormLayout* m_fields;
    QLabel* m_timelineTitle;
    QTreeWidget* m_timeline;
    QPushButton* m_edit;
    QPushButton* m_correct;
    QPushButton* m_resend;
    QPushButton* m_cancel;
    QPushButton* m_share;
    ShareLinkFlow* m_shareFlow;
    QDialogButtonBox* m_buttons;
};

} // namespace invitedesk::ui
