#include "core/domain/DeliveryState.h"

#include "core/domain/MailStatus.h"

namespace invitedesk {

DeliveryState DeliveryStates::of(const QString& deliveryStatus, const QString& deliveredVia)
{
    using mail_statuses::name;
    if (deliveryStatus == name(DeliveryStatus::Sent))
        return deliveredVia == name(DeliveryChannel::Folder) ? DeliveryState::SavedNotDelivered
                                                             : DeliveryState::Sent;
    if (deliveryStatus == name(DeliveryStatus::Deferred))
        return DeliveryState::Deferred;
    if (deliveryStatus == name(DeliveryStatus::Failed))
        return DeliveryState::Failed;
    if (deliveryStatus == name(DeliveryStatus::Cancelled))
        return DeliveryState::Cancelled;
    return DeliveryState::Queued;
}

QString DeliveryStates::statusLabel(InvitationStatus status, DeliveryState delivery)
{
    if (status == InvitationStatus::Sent && delivery == DeliveryState::SavedNotDelivered)
        return label(delivery);
    return statuses::label(status);
}

bool DeliveryStates::neverDelivered(InvitationStatus status, DeliveryState delivery)
{
    return status == InvitationStatus::Expired &&
           (delivery == DeliveryState::Queued || delivery == DeliveryState::Deferred);
}

QList<DeliveryStatus> DeliveryStates::waiting()
{
    return {DeliveryStatus::Queued, DeliveryStatus::Deferred};
}

QString DeliveryStates::neverDeliveredLabel()
{
    return tr("Never delivered");
}

QString DeliveryStates::label(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Queued:
        return tr("Queued");
    case DeliveryState::Sent:
        return tr("Sent");
    case DeliveryState::SavedNotDelivered:
        return tr("Saved, not delivered");
    case DeliveryState::Deferred:
        return tr("Waiting to retry");
    case DeliveryState::Failed:
        return tr("Failed");
    case DeliveryState::Cancelled:
        return tr("Not sent");
    }
    return {};
}

} // namespace invitedesk
