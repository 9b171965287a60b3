#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace invitedesk {

// What an audit event records. The stored names ("invitation.created", ...) are part of the
// hash-chained log: they never change, only new actions are added.
enum class AuditAction {
    InvitationCreated,
    InvitationUpdated,
    InvitationCancelled,
    InvitationResent,
    InvitationExpired,
    InvitationOpened,
    InvitationAccepted,
    MailSent,
    MailDeferred,
    MailFailed,
    ReminderQueued,
    ReminderSent,
    UserCreated,
    OrganizationUpdated,
    PlatformUpdated,
    ApiTokenCreated,
    ApiTokenRevoked,
    UserDeactivated,
    UserReactivated,
    UserMoved,
    UserPasswordChanged,
    UserPasswordResetRequested, // a reset e-mail queued for someone
    UserPasswordReset,          // a new password set through a reset link
    // Reads and exports of invitee data (one event per call, not per row):
    InvitationViewed,     // an invitation's details with its timeline (desk, `show`)
    InvitationsExported,  // invitations written to CSV or JSON (details: format, count)
    AuditExported,        // audit events written to CSV or JSON (details: format, count, range)
    UserLocked,           // the 10th failed sign-in in a row locked the account
    UserUnlocked,         // someone unlocked a locked account before its time
    AuditErased,          // an erasure request: the personal data of events about an address
                          // removed (details: counts only, never the address)
    InvitationLinkShared, // a live link made for staff to pass on by phone or text (details:
                          // never the token; the link is shown once and kept nowhere)
};

namespace audit_actions {
// The name stored in audit_events.action.
QString name(AuditAction action);
// The action of a stored name; nullopt for a name this build does not know.
std::optional<AuditAction> fromName(const QString& name);
const QList<AuditAction>& all();
} // namespace audit_actions

} // namespace invitedesk
