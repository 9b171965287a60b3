#include "ui/models/RowHighlights.h"

#include <algorithm>

namespace invitedesk::ui {

RowHighlights::RowHighlights(QObject* parent) : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RowHighlights::dropExpired);
}

void RowHighlights::mark(const QList<QUuid>& ids)
{
    if (ids.isEmpty())
        return;
    const qint64 until = m_clock.elapsed() + m_durationMs;
    for (const QUuid& id : ids)
        m_until.insert(id, until);
    if (!m_timer.isActive())
        m_timer.start(m_durationMs);
}

void RowHighlights::dropExpired()
{
    const qint64 now = m_clock.elapsed();
    qint64 next = -1;
    QSet<QUuid> gone;
    for (auto it = m_until.begin(); it != m_until.end();) {
        if (it.value() <= now) {
            gone.insert(it.key());
            it = m_until.erase(it);
        } else {
            next = next < 0 ? it.value() : std::min(next, it.value());
            ++it;
        }
    }
    if (next >= 0)
        m_timer.start(int(std::max<qint64>(1, next - now)));
    if (!gone.isEmpty())
        emit expired(gone);
}

} // namespace invitedesk::ui
