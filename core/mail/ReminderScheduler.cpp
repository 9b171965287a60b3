#include "core/mail/ReminderScheduler.h"

namespace invitedesk {

QList<QDateTime> ReminderScheduler::schedule(const Organization& org, const QDateTime& sentAt,
                                             const QDateTime& expiresAt, int alreadySent)
{
    QList<QDateTime> times;
    if (!org.remindersEnabled || !sentAt.isValid() || !expiresAt.isValid())
        return times;
    const int room = kMaxReminders - alreadySent;
    if (room <= 0)
        return times;
    const auto usable = [&](const QDateTime& t) { return t > sentAt && t < expiresAt; };
    const QDateTime afterSending = sentAt.addDays(qMax(1, org.reminderAfterDays));
    const QDateTime beforeExpiry = expiresAt.addDays(-qMax(1, org.reminderBeforeExpiryDays));
    const bool early = usable(afterSending);
    const bool late = usable(beforeExpiry);
    if (early && (!late || afterSending < beforeExpiry))
        times << afterSending;
    if (late)
        times << beforeExpiry;
    // With room for only one more, the one before expiry is the one that matters.
    while (times.size() > room)
        times.removeFirst();
    return times;
}

} // namespace invitedesk
