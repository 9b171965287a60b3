#include "core/domain/InvitationLifecycle.h"

namespace invitedesk::lifecycle {

using S = InvitationStatus;

QList<InvitationStatus> sourcesOf(LifecycleEvent event)
{
    switch (event) {
    case LifecycleEvent::MailAccepted:
        return {S::Pending};
    case LifecycleEvent::Accept:
        // Accepting while the mail is still queued is fine: the invitee has the link.
        return {S::Pending, S::Sent};
    case LifecycleEvent::DeliveryFailed:
        return {S::Pending, S::Sent};
    case LifecycleEvent::Cancel:
        return {S::Pending, S::Sent, S::Failed};
    case LifecycleEvent::Expire:
        return {S::Pending, S::Sent, S::Failed};
    case LifecycleEvent::Resend:
        return {S::Failed, S::Expired, S::Pending, S::Sent};
    }
    return {};
}

InvitationStatus targetOf(LifecycleEvent event)
{
    switch (event) {
    case LifecycleEvent::MailAccepted:
        return S::Sent;
    case LifecycleEvent::Accept:
        return S::Accepted;
    case LifecycleEvent::DeliveryFailed:
        return S::Failed;
    case LifecycleEvent::Cancel:
        return S::Cancelled;
    case LifecycleEvent::Expire:
        return S::Expired;
    case LifecycleEvent::Resend:
        return S::Pending;
    }
    return S::Pending;
}

std::optional<InvitationStatus> apply(InvitationStatus from, LifecycleEvent event)
{
    if (!sourcesOf(event).contains(from))
        return std::nullopt;
    return targetOf(event);
}

QList<InvitationStatus> openStatuses()
{
    return sourcesOf(LifecycleEvent::Accept);
}

bool isFinal(InvitationStatus status)
{
    return status == S::Accepted || status == S::Cancelled;
}

QString eventName(LifecycleEvent event)
{
    switch (event) {
    case LifecycleEvent::MailAccepted:
        return QStringLiteral("mail_accepted");
    case LifecycleEvent::Accept:
        return QStringLiteral("accept");
    case LifecycleEvent::DeliveryFailed:
        return QStringLiteral("delivery_failed");
    case LifecycleEvent::Cancel:
        return QStringLiteral("cancel");
    case LifecycleEvent::Expire:
        return QStringLiteral("expire");
    case LifecycleEvent::Resend:
        return QStringLiteral("resend");
    }
    return {};
}

} // namespace invitedesk::lifecycle
