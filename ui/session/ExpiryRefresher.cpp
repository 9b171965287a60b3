#include "ui/session/ExpiryRefresher.h"

#include "ui/async/TaskRunner.h"
#include "ui/session/Session.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDeskExpiry, "invitedesk.ui.expiry", QtInfoMsg)

namespace invitedesk::ui {

ExpiryRefresher::ExpiryRefresher(Session* session, QObject* parent)
    : QObject(parent), m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryRefresher::runNow);
}

void ExpiryRefresher::start(int firstDelayMs)
{
    // The sweep acts for everybody (its events have no actor): a person's own login leaves
    // it to the service accounts' `serve` and `outbox run`.
    if (m_session->backend()->isPersonSession())
        return;
    m_started = true;
    if (!m_running)
        m_timer.start(std::max(0, firstDelayMs));
}

void ExpiryRefresher::stop()
{
    m_started = false;
    m_timer.stop();
}

void ExpiryRefresher::runNow()
{
    if (m_running || !m_session)
        return;
    m_running = true;
    m_session->worker()->run(
        this,
        [backend = m_session->backend(), rows = m_schedule.rowsPerRun] {
            return backend->invitations().sweepExpired(rows);
        },
        [this](Result<InvitationService::ExpirySweep> sweep) {
            m_running = false;
            bool more = false;
            int expired = 0;
            if (!sweep) {
                // Reads stay right without it; the next run tries again.
                qCWarning(lcDeskExpiry) << "expiry sweep:" << sweep.error().describe();
            } else {
                more = sweep->more;
                expired = int(sweep->expired.size());
                if (!sweep->expired.isEmpty()) {
                    m_drained += int(sweep->expired.size());
                    emit invitationsExpired(sweep->expired);
                }
                if (!more && m_drained > 0) {
                    const int drained = std::exchange(m_drained, 0);
                    emit drainFinished(drained);
                }
            }
            if (m_started)
                m_timer.start(ExpirySweeper::delayAfter(m_schedule, more));
            emit runFinished(expired, more);
        });
}

} // namespace invitedesk::ui
