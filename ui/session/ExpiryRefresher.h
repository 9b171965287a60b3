#pragma once

#include "core/domain/Invitation.h"
#include "core/services/ExpirySweeper.h"

#include <QObject>
#include <QTimer>

namespace invitedesk::ui {

class Session;

// The desk's expiry sweep: ExpirySweeper's schedule, with each bounded run on the session's
// worker thread, never on the UI thread and never before the first page (MainWindow starts
// it once that is painted). The list and statistics need no sweep to be right (reads present
// overdue invitations as expired); what it brings is the rows that passed their expiry while
// on screen, the versions the sweep bumped, and the audit trail.
class ExpiryRefresher : public QObject {
    Q_OBJECT
public:
    explicit ExpiryRefresher(Session* session, QObject* parent = nullptr);

    void setSchedule(const ExpirySweeper::Schedule& schedule) { m_schedule = schedule; }
    // The first run after firstDelayMs, then on the schedule. Again: at once.
    void start(int firstDelayMs = 0);
    void stop();
    bool isStarted() const { return m_started; }

signals:
    // After each run that recorded something: the invitations as they now are.
    void invitationsExpired(const QList<Invitation>& invitations);
    // After a run that left nothing due, when this drain (the runs since the last such one)
    // recorded something: time to reload what filters or counts by status.
    void drainFinished(int expired);
    // After every run, whatever it found (expired: how many; more: whether more are due).
    void runFinished(int expired, bool more);

private:
    void runNow();

    Session* m_session;
    ExpirySweeper::Schedule m_schedule;
    QTimer m_timer;
    bool m_started = false;
    bool m_running = false;
    int m_drained = 0;
};

} // namespace invitedesk::ui
