#pragma once

#include "core/domain/InvitationStatus.h"
#include "core/domain/InvitationType.h"

#include <QDateTime>
#include <QString>

namespace invitedesk {

// What the acceptance handler reads about an invitation: enough to show the invitee who
// invited them to what, and to accept it. Never the token (only its hash is stored, among the
// invitation's links).
struct AcceptanceRecord {
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    InvitationType type = InvitationType::Doctor;
    InvitationStatus status = InvitationStatus::Pending;
    QString organizationId;
    QString organizationName; // display name when the organisation has one
    QString invitedById;
    QString inviterName;
    QString inviterEmail;
    QString parentUserId;
    QString message; // the inviter's note, shown on the page
    QString language;
    QDateTime expiresAt;
    QDateTime openedAt;
    int version = 1;
    // Looked up by a link: why that link was revoked (InvitationLinkRepository; "resent"),
    // empty while it is live. Empty when read by id.
    QString linkRevokedReason;
};

} // namespace invitedesk
