#pragma once

#include "core/domain/InvitationStatus.h"
#include "core/domain/InvitationType.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace invitedesk {

// Filters, sort and keyset position for listing invitations.
struct InvitationQuery {
    enum class SortKey { CreatedAt, UpdatedAt, ExpiresAt, Email, LastName, Status, Type };

    QList<InvitationStatus> statuses; // empty = any
    QList<InvitationType> types;      // empty = any
    QString search;                   // over e-mail, first and last name (case-insensitive)
    QDateTime createdFrom;            // inclusive
    QDateTime createdTo;              // exclusive
    QString invitedById;              // only invitations this user sent
    QString scopeUserId;              // only this member's downline (must be in the actor's)
    bool needsAttention = false;      // only those AttentionRules::reasonOf() names a reason for
    QStringList ids;                  // only these invitations (empty = any)

    SortKey sortKey = SortKey::CreatedAt;
    bool descending = true;
    int limit = 100; // 0 = all

    // Keyset position: the sort value and id of the last row of the previous page.
    QVariant afterValue;
    QString afterId;
    bool hasCursor() const { return !afterId.isEmpty(); }
};

} // namespace invitedesk
