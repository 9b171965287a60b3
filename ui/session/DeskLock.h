#pragma once

#include "core/domain/User.h"
#include "ui/dialogs/LockDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace invitedesk::ui {

class IdleWatcher;
class LockCover;
class TaskRunner;

// The desk's lock for the unattended laptop (HIPAA 164.312(a)(2)(iii)): after the idle
// interval without input (IdleWatcher) or on lockNow(), every window of the application,
// open dialogs included, is covered by an opaque LockCover, and a LockDialog asks the
// signed-in person for their password. Nothing is closed or hidden, so a dialog keeps its
// input (a dialog in exec() keeps running) and the desk goes on where it was after the
// unlock. A window that opens while locked is covered too. The password goes through the
// same sign-in rule as the sign-in dialog (the Authenticate given, AuthService::signIn with
// its throttle and lockout), on a worker thread of its own so that a long job on the
// session's worker does not hold it up.
class DeskLock : public QObject {
    Q_OBJECT
public:
    DeskLock(User user, LockDialog::Authenticate authenticate, QObject* parent = nullptr);
    ~DeskLock() override;

    // Milliseconds without input before the desk locks; 0: never (tests give a short one).
    void setIdleInterval(int ms);
    // The organisation's idle-lock-minutes.
    void setIdleMinutes(int minutes);
    int idleInterval() const;

    bool isLocked() const { return m_dialog != nullptr; }
    LockDialog* dialog() const { return m_dialog; }
    // The covers over the windows while locked.
    QList<LockCover*> covers() const;

public slots:
    void lockNow();

signals:
    void locked();
    void unlocked();
    // The person chose to quit from the lock.
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void cover(QWidget* window);
    void unlock();

    User m_user;
    LockDialog::Authenticate m_authenticate;
    TaskRunner* m_worker;
    IdleWatcher* m_idle;
    QPointer<LockDialog> m_dialog;
    QList<QPointer<LockCover>> m_covers;
    QPointer<QWidget> m_activeWindow;
    QPointer<QWidget> m_focus;
};

} // namespace invitedesk::ui
