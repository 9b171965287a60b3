#pragma once

#include "core/domain/Organization.h"

#include <QDateTime>
#include <QList>

namespace invitedesk {

// When an invitation's reminders go out. The dispatcher asks at the moment the invitation
// e-mail is accepted by the relay and queues one 'reminder' outbox row per answer, each
// carrying a copy of the link's token (the token is never stored in clear elsewhere, so a
// reminder can only repeat the same link if its row keeps it). Those rows are cancelled,
// and their tokens cleared, with the invitation (cancel, resend, accept, expiry all call
// OutboxRepository::cancelQueued), and the dispatcher re-checks at send time that the
// invitation is still 'sent' and not expired.
//   - `afterDays` after sending, and `beforeExpiryDays` before expiry (organisation settings)
//   - only times strictly after `sentAt` and before `expiresAt`; when both fall on or past
//     each other only the one before expiry is kept
//   - at most two per invitation, counting the ones already sent (reminder_count)
//   - none when the organisation turned reminders off
class ReminderScheduler {
public:
    static constexpr int kMaxReminders = 2;

    static QList<QDateTime> schedule(const Organization& organization, const QDateTime& sentAt,
                                     const QDateTime& expiresAt, int remindersAlreadySent);
};

} // namespace invitedesk
