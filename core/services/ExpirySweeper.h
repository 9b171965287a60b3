#pragma once

#include "core/services/InvitationService.h"

#include <QObject>
#include <QTimer>

namespace invitedesk {

// When ExpirySweeper runs, and how much each run takes.
struct ExpirySchedule {
    int intervalMs = 60 * 1000;
    int followUpMs = 1000;
    int rowsPerRun = 2000; // four transactions of InvitationService::kExpiryBatch
};

// Records expiry on a schedule, on the thread it lives on (InvitationService::sweepExpired):
// a bounded run at start() and then every intervalMs; a run that stopped at its bound is
// followed by the next after followUpMs, so a backlog drains in steps that never hold the
// thread long. Reads never wait for it: they present overdue invitations as expired anyway.
// `serve` and `outbox run` run one; the desk runs the same schedule on its worker
// (ui/session/ExpiryRefresher).
class ExpirySweeper : public QObject {
    Q_OBJECT
public:
    using Schedule = ExpirySchedule;
    explicit ExpirySweeper(InvitationService service, Schedule schedule = {},
                           QObject* parent = nullptr);

    // The first run after firstDelayMs, then on the schedule.
    void start(int firstDelayMs = 0);
    void stop();
    // One bounded run now; emits expired() when it recorded something.
    Result<InvitationService::ExpirySweep> runOnce();
    // How long to wait after a run: soon while a backlog is left, else the interval.
    static int delayAfter(const Schedule& schedule, bool more);

signals:
    void expired(const QList<Invitation>& invitations);
    void failed(const QString& message);

private:
    InvitationService m_service;
    Schedule m_schedule;
    QTimer m_timer;
};

} // namespace invitedesk
