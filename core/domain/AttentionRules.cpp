#include "core/domain/AttentionRules.h"

#include "core/domain/DeliveryState.h"
#include "core/domain/ResendPolicy.h"

namespace invitedesk {

std::optional<AttentionReason> AttentionRules::reasonOf(InvitationStatus status,
                                                        const QString& deliveryStatus,
                                                        const QDateTime& expiresAt,
                                                        const QDateTime& now)
{
    if (resend_policy::correctable(status, deliveryStatus))
        return AttentionReason::Bounced;
    if (DeliveryStates::neverDelivered(status, DeliveryStates::of(deliveryStatus, QString())))
        return AttentionReason::NeverDelivered;
    if (statuses::isOpen(status) && expiresAt.isValid() &&
        now.secsTo(expiresAt) <= kExpiringSeconds)
        return AttentionReason::ExpiringSoon;
    return std::nullopt;
}

std::optional<AttentionReason> AttentionRules::reasonOf(const Invitation& invitation,
                                                        const QDateTime& now)
{
    return reasonOf(invitation.status, invitation.emailDeliveryStatus, invitation.expiresAt, now);
}

InvitationQuery AttentionRules::listQuery(int pageSize)
{
    InvitationQuery q;
    q.needsAttention = true;
    q.sortKey = InvitationQuery::SortKey::ExpiresAt;
    q.descending = false;
    q.limit = pageSize;
    return q;
}

QString AttentionRules::label(AttentionReason reason)
{
    switch (reason) {
    case AttentionReason::Bounced:
        return tr("The e-mail bounced");
    case AttentionReason::ExpiringSoon:
        return tr("Expires within 48 hours, not accepted");
    case AttentionReason::NeverDelivered:
        return DeliveryStates::neverDeliveredLabel();
    }
    return {};
}

QString AttentionRules::fixLabel(AttentionReason reason)
{
    switch (reason) {
    case AttentionReason::Bounced:
        return tr("Correct the address and resend…");
    case AttentionReason::ExpiringSoon:
    case AttentionReason::NeverDelivered:
        return tr("Resend…");
    }
    return {};
}

} // namespace invitedesk
