#pragma once

#include "core/domain/InvitationStatus.h"

#include <optional>

namespace invitedesk {

// What can happen to an invitation. The lifecycle decides which statuses each event may
// leave from and where it lands; the repository turns that into a conditional UPDATE.
enum class LifecycleEvent { MailAccepted, Accept, DeliveryFailed, Cancel, Expire, Resend };

namespace lifecycle {
// Statuses the event may leave from (the IN (...) of the conditional update).
QList<InvitationStatus> sourcesOf(LifecycleEvent event);
InvitationStatus targetOf(LifecycleEvent event);
// The status after the event, or nullopt when the event is not allowed from `from`.
std::optional<InvitationStatus> apply(InvitationStatus from, LifecycleEvent event);
bool isFinal(InvitationStatus status);
// The open statuses: those an invitee can still accept from (Accept's sources). Queries that
// look for open invitations bind these.
QList<InvitationStatus> openStatuses();
QString eventName(LifecycleEvent event);
} // namespace lifecycle

} // namespace invitedesk
