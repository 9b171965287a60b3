#pragma once

#include <QString>

namespace invitedesk {

// Where one outbox row stands (email_outbox.status). A row stays Queued while a dispatcher
// holds its lease; Sending is kept for rows of older versions.
enum class OutboxStatus { Queued, Sending, Sent, Failed, Cancelled };
// Where an invitation's own e-mail stands (user_invitations.email_delivery_status).
enum class DeliveryStatus { Queued, Sent, Deferred, Failed, Cancelled };

// Their names, as stored; queries bind them (the migrations' CHECK constraints list them).
namespace mail_statuses {
QString name(OutboxStatus status);
QString name(DeliveryStatus status);
} // namespace mail_statuses

} // namespace invitedesk
