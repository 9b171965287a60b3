#pragma once

#include <QString>

#include <optional>

namespace invitedesk {

struct Organization {
    QString id; // UUID
    QString name;
    QString kind; // platform, chp, distributor, practice, vendor
    QString parentId;
    // Branding used by mail templates and the acceptance page.
    QString displayName;
    QString brandColor; // "#0a6ebd"
    QString logoUrl;
    QString replyTo;
    QString senderAddress; // From: for its mail; empty means the deployment default
    // Policies.
    int expiryDays = 7;
    std::optional<int> dailyInviteQuota; // per inviter per day; unset = off; never for admins
    bool remindersEnabled = true;
    int reminderAfterDays = 2;
    int reminderBeforeExpiryDays = 1;
    // Security: the desk locks after this many minutes without input (0: never).
    int idleLockMinutes = 15;
    // The language of invitation e-mails when the inviter picks none ("en", "es"); empty: the
    // deployment's default.
    QString defaultLanguage;

    QString brandName() const { return displayName.isEmpty() ? name : displayName; }
};

} // namespace invitedesk
