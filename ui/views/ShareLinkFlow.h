#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace invitedesk::ui {

class Session;
class ShareLinkDialog;

// "Create a link to share": asks the service for a new live link to an open invitation
// (InvitationService::shareLink: resend's permission, audited, only the hash stored) and
// shows it once in a ShareLinkDialog with a Copy button. The link is never logged and kept
// nowhere but in that dialog while it is open.
class ShareLinkFlow : public QObject {
    Q_OBJECT
public:
    ShareLinkFlow(Session* session, QWidget* window);

    bool isBusy() const { return m_busy; }

public slots:
    void share(const QString& invitationId);

signals:
    // The dialog showing the link opened (tests).
    void shown(invitedesk::ui::ShareLinkDialog* dialog);
    void failed(const QString& message);
    // The link was made (the invitation's timeline has a new event).
    void shared(const QString& invitationId);

private:
    Session* m_session;
    QPointer<QWidget> m_window;
    bool m_busy = false;
};

} // namespace invitedesk::ui
