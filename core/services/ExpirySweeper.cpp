#include "core/services/ExpirySweeper.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcExpiry, "invitedesk.expiry", QtInfoMsg)

namespace invitedesk {

ExpirySweeper::ExpirySweeper(InvitationService service, Schedule schedule, QObject* parent)
    : QObject(parent), m_service(std::move(service)), m_schedule(schedule), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        auto sweep = runOnce();
        m_timer.start(delayAfter(m_schedule, sweep && sweep->more));
    });
}

void ExpirySweeper::start(int firstDelayMs)
{
    m_timer.start(std::max(0, firstDelayMs));
}

void ExpirySweeper::stop()
{
    m_timer.stop();
}

Result<InvitationService::ExpirySweep> ExpirySweeper::runOnce()
{
    auto sweep = m_service.sweepExpired(m_schedule.rowsPerRun);
    if (!sweep) {
        qCWarning(lcExpiry) << "expiry sweep:" << sweep.error().describe();
        emit failed(sweep.error().message);
        return sweep;
    }
    if (!sweep->expired.isEmpty()) {
        qCInfo(lcExpiry) << "recorded the expiry of" << sweep->expired.size() << "invitation(s)"
                         << (sweep->more ? "(more are due)" : "");
        emit expired(sweep->expired);
    }
    return sweep;
}

int ExpirySweeper::delayAfter(const Schedule& schedule, bool more)
{
    return more ? schedule.followUpMs : schedule.intervalMs;
}

} // namespace invitedesk
