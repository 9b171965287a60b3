#pragma once

#include "core/domain/InvitationStatus.h"
#include "core/domain/MailStatus.h"

#include <QCoreApplication>
#include <QString>

namespace invitedesk {

// What the desk calls where an invitation's e-mail stands. The stored delivery status says
// whether a transport took it; the channel says which one: a message the file transport
// wrote was saved to a folder on this computer, not delivered, and is never called "sent".
enum class DeliveryState { Queued, Sent, SavedNotDelivered, Deferred, Failed, Cancelled };

class DeliveryStates {
    Q_DECLARE_TR_FUNCTIONS(DeliveryStates)
public:
    // From user_invitations.email_delivery_status and email_delivered_via (stored names;
    // an unknown or empty channel is a relay's, as before the channel was recorded).
    static DeliveryState of(const QString& deliveryStatus, const QString& deliveredVia);
    // The user-facing words ("Saved, not delivered"), in the current language.
    static QString label(DeliveryState state);
    // The words for an invitation's status in a list: a sent invitation whose e-mail was only
    // saved is "Saved, not delivered", every other status its own label.
    static QString statusLabel(InvitationStatus status, DeliveryState delivery);
    // Never delivered: it expired while its e-mail was still waiting to go out (queued or
    // waiting to retry), so nobody ever received it. The list says "Never delivered" rather
    // than "queued"; the "Needs attention" view offers a resend (AttentionRules).
    static bool neverDelivered(InvitationStatus status, DeliveryState delivery);
    // The stored delivery statuses of an e-mail that has not gone out (for queries).
    static QList<DeliveryStatus> waiting();
    static QString neverDeliveredLabel();
};

} // namespace invitedesk
