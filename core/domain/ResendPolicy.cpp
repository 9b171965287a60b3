#include "core/domain/ResendPolicy.h"

#include "core/domain/MailStatus.h"

namespace invitedesk::resend_policy {

int validityDays(const Invitation& invitation, int organizationDefaultDays)
{
    return invitation.validityDays > 0 ? invitation.validityDays : organizationDefaultDays;
}

QDateTime newExpiry(const Invitation& invitation, int organizationDefaultDays, const QDateTime& now)
{
    const QDateTime extended = now.addDays(validityDays(invitation, organizationDefaultDays));
    if (invitation.expiresAt.isValid() && invitation.expiresAt > extended)
        return invitation.expiresAt.toUTC();
    return extended.toUTC();
}

QDateTime lastSend(const Invitation& invitation)
{
    return invitation.lastSentAt.isValid() ? invitation.lastSentAt : invitation.sentAt;
}

bool sentRecently(const Invitation& invitation, const QDateTime& now)
{
    const QDateTime last = lastSend(invitation);
    return last.isValid() && last.secsTo(now) < kRecentSendSeconds;
}

bool bounced(const Invitation& invitation)
{
    return bounced(invitation.status, invitation.emailDeliveryStatus);
}

bool bounced(InvitationStatus status, const QString& deliveryStatus)
{
    return status == InvitationStatus::Failed ||
           deliveryStatus == mail_statuses::name(DeliveryStatus::Failed);
}

bool correctable(InvitationStatus status, const QString& deliveryStatus)
{
    return bounced(status, deliveryStatus) &&
           (status == InvitationStatus::Failed || status == InvitationStatus::Expired);
}

} // namespace invitedesk::resend_policy
