#pragma once

#include "ui/models/InvitationRow.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace invitedesk::ui {

class Session;

// Every resend is confirmed first: asks the service what the resend would do
// (InvitationService::resendPreview, resend_policy) and shows it in a ResendConfirmDialog;
// nothing is sent until the person agrees, and then confirmed() hands the rows back.
class ResendFlow : public QObject {
    Q_OBJECT
public:
    ResendFlow(Session* session, QWidget* window, QObject* parent = nullptr);

    // A preview is being asked for (a second confirm() meanwhile does nothing).
    bool isConfirming() const { return m_confirming; }
    void confirm(const QList<invitedesk::ui::InvitationRow>& rows);

signals:
    void confirmed(const QList<invitedesk::ui::InvitationRow>& rows);
    void statusMessage(const QString& text);

private:
    Session* m_session;
    QPointer<QWidget> m_window;
    bool m_confirming = false;
};

} // namespace invitedesk::ui
