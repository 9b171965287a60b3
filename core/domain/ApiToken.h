#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace invitedesk {

// A personal API token as stored: never the token itself, only what describes it. The token
// text exists once, in ApiTokenService::create's answer.
struct ApiToken {
    QString id; // UUID
    QString userId;
    QString userEmail;
    QString name;
    bool readOnly = false;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: never expires
    QDateTime revokedAt; // invalid: live
    QString revokedById;
    // When a request last authenticated with it (invalid: never). Written at most once per
    // ApiTokenService::kLastUsedResolution, so it may lag that much behind.
    QDateTime lastUsedAt;

    bool isRevoked() const { return revokedAt.isValid(); }
    bool isExpiredAt(const QDateTime& now) const { return expiresAt.isValid() && expiresAt <= now; }
    // The item of `token list --json`.
    QJsonObject toJson(const QDateTime& now) const;
};

} // namespace invitedesk
