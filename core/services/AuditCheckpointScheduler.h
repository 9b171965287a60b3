#pragma once

#include "core/Error.h"
#include "core/domain/AuditCheckpoint.h"
#include "core/services/AuditCheckpoints.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace invitedesk {

// When `serve` signs the audit chain's head by itself (settings audit/checkpoint_events and
// audit/checkpoint_minutes; 0 turns one trigger off).
struct AuditCheckpointSchedule {
    qint64 everyEvents = 1000; // after this many new events
    int intervalMinutes = 60;  // or after this long, when any event came since
    int pollMs = 30 * 1000;    // how often the head is looked at (one indexed read)

    // The schedule from the settings as written (empty: the default; 0: that trigger off).
    static Result<AuditCheckpointSchedule> fromText(const QString& everyEvents,
                                                    const QString& intervalMinutes);
};

// Signs checkpoints on a schedule, on the thread it lives on (AuditCheckpoints::signIfDue):
// at start() one is signed when the log has none or one is due, then the head is looked at
// every pollMs. The newest checkpoint is remembered between looks, so the log is read once.
class AuditCheckpointScheduler : public QObject {
    Q_OBJECT
public:
    using Schedule = AuditCheckpointSchedule;
    explicit AuditCheckpointScheduler(AuditCheckpoints checkpoints, Schedule schedule = {},
                                      QObject* parent = nullptr);

    void start();
    void stop();
    // One look now; the checkpoint it signed, if one was due.
    Result<std::optional<AuditCheckpoint>> runOnce();

signals:
    void checkpointed(qint64 seq);
    void failed(const QString& message);

private:
    AuditCheckpoints m_checkpoints;
    Schedule m_schedule;
    QTimer m_timer;
    bool m_loaded = false;
    std::optional<AuditCheckpoint> m_last;
};

} // namespace invitedesk
