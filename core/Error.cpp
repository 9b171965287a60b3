#include "core/Error.h"

namespace invitedesk {

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::InvalidInput:
        return QStringLiteral("invalid_input");
    case Code::NotPermitted:
        return QStringLiteral("not_permitted");
    case Code::NotFound:
        return QStringLiteral("not_found");
    case Code::Conflict:
        return QStringLiteral("conflict");
    case Code::Gone:
        return QStringLiteral("gone");
    case Code::QuotaExceeded:
        return QStringLiteral("quota_exceeded");
    case Code::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case Code::Environment:
        return QStringLiteral("environment");
    case Code::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace invitedesk
