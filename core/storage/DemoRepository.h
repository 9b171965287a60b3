#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QString>

namespace invitedesk {

class Transaction;

// State changes the demo seeder needs to make invitations look lived-in (delivered,
// opened, failed, accepted) without a relay or an invitee. Only the demo uses these.
class DemoRepository {
public:
    static Result<void> markDelivered(Transaction& tx, const QString& invitationId,
                                      const QDateTime& at);
    static Result<void> markOpened(Transaction& tx, const QString& invitationId,
                                   const QDateTime& at);
    static Result<void> markFailed(Transaction& tx, const QString& invitationId,
                                   const QString& error, const QDateTime& at);
    static Result<void> markAccepted(Transaction& tx, const QString& invitationId,
                                     const QString& userId, const QDateTime& at);
};

} // namespace invitedesk
