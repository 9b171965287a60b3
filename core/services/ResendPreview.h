#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace invitedesk {

// What a resend of some invitations would do (InvitationService::resendPreview), for a
// confirmation before anything is sent. The rule itself is resend_policy's.
struct ResendPreviewItem {
    QString id;
    QString email;
    QDateTime currentExpiry;
    QDateTime newExpiry;       // never earlier than currentExpiry
    QDateTime lastSentAt;      // invalid: never sent
    bool sentRecently = false; // the last send was under an hour ago
    bool bounced = false;      // the address was refused for good; sending again may bounce
};

struct ResendPreview {
    QDateTime computedAt;
    QList<ResendPreviewItem> items; // those that would be resent, in the order asked
    int skipped = 0;                // not visible, unknown or not resendable

    int count() const { return int(items.size()); }
    QDateTime earliestNewExpiry() const;
    QDateTime latestNewExpiry() const;
    int recentlySentCount() const;
    int bouncedCount() const;
};

} // namespace invitedesk
