#pragma once

#include "core/domain/Person.h"

#include <QObject>

class QAction;
class QWidget;

namespace invitedesk::ui {

class PeoplePage;
class Session;

// The People page's actions (its toolbar, the tree's context menu, shortcuts): deactivate
// (with an optional reason), reactivate, move (under an upline picked from the valid ones),
// reset password (e-mails a link), "Show their invitations", refresh and find. Whether an action is
// offered for the current person is asked of the services on the worker
// (PeopleService::checkMayAct, InvitationService::checkScope), never decided here; a refusal's
// reason becomes the action's tooltip. The actions are window shortcuts, enabled only while the
// page shows.
class PeopleActions : public QObject {
    Q_OBJECT
public:
    PeopleActions(Session* session, PeoplePage* page, QWidget* window);

    QAction* deactivateAction() const { return m_deactivate; }
    QAction* reactivateAction() const { return m_reactivate; }
    QAction* moveAction() const { return m_move; }
    QAction* resetPasswordAction() const { return m_resetPassword; }
    QAction* showInvitationsAction() const { return m_showInvitations; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* findAction() const { return m_find; }
    // In toolbar and context-menu order.
    QList<QAction*> personActions() const;
    // Whether the last permission check for the current person has answered (tests).
    bool isChecked() const { return m_checked; }

public slots:
    void deactivateCurrent();
    void reactivateCurrent();
    void moveCurrent();
    void resetPasswordCurrent();
    void showCurrentInvitations();
    void refresh();
    void updateEnabled();
    void retranslate();

signals:
    void statusMessage(const QString& text);
    // "Show their invitations": the Invitations page narrowed to that person's downline.
    void showInvitationsRequested(const QString& personId, const QString& label);
    // A person's account changed (deactivated, reactivated, moved).
    void personChanged(const invitedesk::Person& person);
    // The permission check for the current person answered.
    void checked();

private:
    QAction* make(const QString& objectName, const QString& icon);
    static QString labelOf(const Person& person);

    Session* m_session;
    PeoplePage* m_page;
    QWidget* m_window;
    quint64 m_checkSerial = 0;
    bool m_checked = false;

    QAction* m_deactivate;
    QAction* m_reactivate;
    QAction* m_move;
    QAction* m_resetPassword;
    QAction* m_showInvitations;
    QAction* m_refresh;
    QAction* m_find;
};

} // namespace invitedesk::ui
