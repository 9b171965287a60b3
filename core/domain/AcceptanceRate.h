#pragma once

#include <QtGlobal>

namespace invitedesk::acceptance_rate {

// The acceptance rate (issue 18, item 6): of the invitations whose e-mail reached the invitee,
// the share accepted. "Reached" is delivered by a relay (DeliveryState::Sent, at least once);
// a message the test-mode file transport saved to a folder (DeliveryChannel::Folder) was not
// delivered, so neither it nor its acceptance counts. 0 when nothing was delivered.
inline double of(qint64 acceptedDelivered, qint64 delivered)
{
    return delivered > 0 ? double(acceptedDelivered) / double(delivered) : 0.0;
}

} // namespace invitedesk::acceptance_rate
