#pragma once

#include "core/domain/Invitation.h"

#include <QDateTime>

namespace invitedesk::resend_policy {

// What a resend does to an invitation's life (issue 18, item 4), the one home of the rule:
// InvitationService::resendIn applies it, and the desk's confirmation shows what it will do
// (InvitationService::resendPreview).

// A last send closer than this to a resend is "recent": the desk warns before sending again.
constexpr qint64 kRecentSendSeconds = 3600;

// The invitation's own validity period: the days it was created with, or the organisation's
// default when the row predates that record.
int validityDays(const Invitation& invitation, int organizationDefaultDays);
// The expiry a resend at `now` gives: now plus the invitation's validity period, and never
// earlier than the expiry it already has (a resend never shortens an invitation's life).
QDateTime newExpiry(const Invitation& invitation, int organizationDefaultDays,
                    const QDateTime& now);
// When the relay last took it (last_sent_at, else sent_at); invalid if never.
QDateTime lastSend(const Invitation& invitation);
// Whether the last send was less than kRecentSendSeconds before `now`.
bool sentRecently(const Invitation& invitation, const QDateTime& now);
// Whether its e-mail bounced: the receiving server refused the address for good.
bool bounced(const Invitation& invitation);
bool bounced(InvitationStatus status, const QString& deliveryStatus);
// Whether its address may be corrected (InvitationService::correctAddress): it bounced and is
// failed, or expired since.
bool correctable(InvitationStatus status, const QString& deliveryStatus);

} // namespace invitedesk::resend_policy
