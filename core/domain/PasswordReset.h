#pragma once

#include "core/domain/Role.h"

#include <QDateTime>
#include <QString>

namespace invitedesk {

// Where one password-reset link stands for the person holding it.
enum class PasswordResetState {
    Open,        // sets a new password, once
    Expired,     // more than 24 hours after its e-mail was sent
    Used,        // the reset set a password already (through this link or another of it)
    Replaced,    // a newer reset e-mail was sent: its link is the live one
    Deactivated, // the account was deactivated since: no password can be set
};

// What the reset page, its route and the dispatcher read of one reset (and, looked up by a
// link, of that link). Never the token: only its SHA-256 is stored.
struct PasswordResetRecord {
    QString id; // the reset
    QString userId;
    QString email;
    QString firstName;
    QString lastName;
    Role role = Role::Doctor;
    bool userActive = true;
    QString organizationId;
    QString organizationName; // display name when the organisation has one
    QString requestedById;
    QString requestedByName;
    QString requestedByEmail;
    QString language; // of the e-mail and, without Accept-Language, of the page
    QDateTime createdAt;
    QDateTime usedAt;
    QDateTime revokedAt;
    QString revokedReason;
    QDateTime linkExpiresAt; // looked up by a link: that link's expiry; else invalid

    QString fullName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

// The rules of a reset link, in one place for the service (using a link) and the outbox
// dispatcher (minting one, or dropping an e-mail no longer worth sending).
namespace password_reset {

// A link works for 24 hours from when its e-mail was rendered for sending (its token minted).
inline constexpr qint64 kLinkLifetimeSeconds = 24 * 3600;
QDateTime linkExpiry(const QDateTime& mintedAt);

// Why a reset was revoked, as stored in revoked_reason: a newer request for the person.
QString replacedReason();

// The reset's own state (Open, Used, Replaced, Deactivated), without a link's expiry: what the
// dispatcher asks before it sends the e-mail.
PasswordResetState stateOf(const PasswordResetRecord& reset);
// The state of the link the record was looked up by (its expiry counts too).
PasswordResetState linkStateOf(const PasswordResetRecord& reset, const QDateTime& now);
// "open", "expired", "used", "replaced", "deactivated": the JSON routes' reason.
QString stateName(PasswordResetState state);

} // namespace password_reset

} // namespace invitedesk
