#include "core/domain/ApiToken.h"

namespace invitedesk {

namespace {
QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonObject ApiToken::toJson(const QDateTime& now) const
{
    const QString state = isRevoked()        ? QStringLiteral("revoked")
                          : isExpiredAt(now) ? QStringLiteral("expired")
                                             : QStringLiteral("active");
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("user_email"), userEmail},
                       {QStringLiteral("read_only"), readOnly},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("created_at"), timeOrNull(createdAt)},
                       {QStringLiteral("expires_at"), timeOrNull(expiresAt)},
                       {QStringLiteral("revoked_at"), timeOrNull(revokedAt)},
                       {QStringLiteral("last_used_at"), timeOrNull(lastUsedAt)}};
}

} // namespace invitedesk
