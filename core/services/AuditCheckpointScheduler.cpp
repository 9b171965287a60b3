#include "core/services/AuditCheckpointScheduler.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckpointSchedule, "invitedesk.audit.schedule", QtInfoMsg)

namespace invitedesk {

Result<AuditCheckpointSchedule> AuditCheckpointSchedule::fromText(const QString& everyEvents,
                                                                  const QString& intervalMinutes)
{
    AuditCheckpointSchedule schedule;
    if (!everyEvents.trimmed().isEmpty()) {
        bool ok = false;
        schedule.everyEvents = everyEvents.trimmed().toLongLong(&ok);
        if (!ok || schedule.everyEvents < 0)
            return Error::invalid(QStringLiteral("audit-checkpoint-events"),
                                  QStringLiteral("takes a number of events (0 turns it off)"));
    }
    if (!intervalMinutes.trimmed().isEmpty()) {
        bool ok = false;
        schedule.intervalMinutes = intervalMinutes.trimmed().toInt(&ok);
        if (!ok || schedule.intervalMinutes < 0 || schedule.intervalMinutes > 7 * 24 * 60)
            return Error::invalid(QStringLiteral("audit-checkpoint-minutes"),
                                  QStringLiteral("takes a number of minutes up to a week (0 "
                                                 "turns it off)"));
    }
    return schedule;
}

AuditCheckpointScheduler::AuditCheckpointScheduler(AuditCheckpoints checkpoints, Schedule schedule,
                                                   QObject* parent)
    : QObject(parent), m_checkpoints(std::move(checkpoints)), m_schedule(schedule), m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runOnce(); });
}

void AuditCheckpointScheduler::start()
{
    runOnce();
    m_timer.start(std::max(1000, m_schedule.pollMs));
}

void AuditCheckpointScheduler::stop()
{
    m_timer.stop();
}

Result<std::optional<AuditCheckpoint>> AuditCheckpointScheduler::runOnce()
{
    if (!m_loaded) {
        auto newest = m_checkpoints.newestInLog();
        if (!newest) {
            qCWarning(lcCheckpointSchedule) << "audit checkpoint:" << newest.error().describe();
            emit failed(newest.error().message);
            return newest.error();
        }
        m_last = newest.value();
        m_loaded = true;
    }
    auto signedNow = m_checkpoints.signIfDue(m_last, m_schedule.everyEvents,
                                             qint64(m_schedule.intervalMinutes) * 60);
    if (!signedNow) {
        qCWarning(lcCheckpointSchedule) << "audit checkpoint:" << signedNow.error().describe();
        emit failed(signedNow.error().message);
        return signedNow;
    }
    if (signedNow.value()) {
        m_last = signedNow.value();
        emit checkpointed(m_last->seq);
    }
    return signedNow;
}

} // namespace invitedesk
