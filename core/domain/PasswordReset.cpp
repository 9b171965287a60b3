#include "core/domain/PasswordReset.h"

namespace invitedesk::password_reset {

QDateTime linkExpiry(const QDateTime& mintedAt)
{
    return mintedAt.toUTC().addSecs(kLinkLifetimeSeconds);
}

QString replacedReason()
{
    return QStringLiteral("replaced");
}

PasswordResetState stateOf(const PasswordResetRecord& reset)
{
    if (reset.usedAt.isValid())
        return PasswordResetState::Used;
    if (reset.revokedAt.isValid())
        return PasswordResetState::Replaced;
    if (!reset.userActive)
        return PasswordResetState::Deactivated;
    return PasswordResetState::Open;
}

PasswordResetState linkStateOf(const PasswordResetRecord& reset, const QDateTime& now)
{
    const PasswordResetState state = stateOf(reset);
    if (state != PasswordResetState::Open)
        return state;
    if (!reset.linkExpiresAt.isValid() || reset.linkExpiresAt <= now)
        return PasswordResetState::Expired;
    return PasswordResetState::Open;
}

QString stateName(PasswordResetState state)
{
    switch (state) {
    case PasswordResetState::Open:
        return QStringLiteral("open");
    case PasswordResetState::Expired:
        return QStringLiteral("expired");
    case PasswordResetState::Used:
        return QStringLiteral("used");
    case PasswordResetState::Replaced:
        return QStringLiteral("replaced");
    case PasswordResetState::Deactivated:
        return QStringLiteral("deactivated");
    }
    return QStringLiteral("used");
}

} // namespace invitedesk::password_reset
