#pragma once

#include <QString>

namespace invitedesk {

// Where one outbox row stands (email_outbox.status). A row stays Queued while a dispatcher
// holds its lease; Sending is kept for rows of older versions.
enum class OutboxStatus { Queued, Sending, Sent, Failed, Cancelled };
// Where an invitation's own e-mail stands (user_invitations.email_delivery_status).
enum class DeliveryStatus { Queued, Sent, Deferred, Failed, Cancelled };
// Who took a message that went out (email_outbox.delivered_via,
// user_invitations.email_delivered_via): a mail relay, or the file transport, which only
// saved it to a folder on this computer.
enum class DeliveryChannel { Relay, Folder };

// Their names, as stored; queries bind them (the migrations' CHECK constraints list them).
namespace mail_statuses {
QString name(OutboxStatus status);
QString name(DeliveryStatus status);
QString name(DeliveryChannel channel);
} // namespace mail_statuses

} // namespace invitedesk
