#pragma once

#include "core/Error.h"
#include "core/domain/ApiToken.h"
#include "core/domain/User.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"

#include <optional>

namespace invitedesk {

struct NewApiToken {
    QString name;
    std::optional<int> expiresDays; // none: never expires
    bool readOnly = false;
};

// A token just made: the text (shown once, never stored) and its record.
struct CreatedApiToken {
    QString token;
    ApiToken record;
};

// Who a request with a valid token acts as: the token's user, named with the token (so
// every audit event of the change names it), and the token itself.
struct ApiPrincipal {
    Actor actor;
    ApiToken token;
};

// Personal API tokens for the integration API: create (the text is returned once; only its
// SHA-256 is stored), list, revoke, and the check of a bearer token. Creating and revoking
// are audited (api_token.created, api_token.revoked).
class ApiTokenService {
public:
    ApiTokenService(DatabasePtr database, ServiceConfig config);

    Result<CreatedApiToken> create(const Actor& actor, NewApiToken input);
    // The actor's own tokens, newest first (revoked and expired ones too).
    Result<QList<ApiToken>> list(const Actor& actor);
    // One of the actor's live tokens, by name or id.
    Result<ApiToken> revoke(const Actor& actor, const QString& nameOrId);

    // The user a bearer token acts as. Error::Unauthenticated when the token is unknown,
    // revoked or expired, or its user is deactivated (one message for all: it tells a
    // guesser nothing). One query reads the token and its user; the token's last_used_at is
    // then written when it is older than kLastUsedResolutionSeconds (so at most once a
    // minute per token, not on every request; a failed write is logged, not refused).
    Result<ApiPrincipal> authenticate(const QString& bearerToken);
    static constexpr int kLastUsedResolutionSeconds = 60;
    // A read-only token may read but not change: Error::NotPermitted for a change.
    static Result<void> checkMayChange(const ApiPrincipal& principal);

    // Every token starts with this (so secret scanners can recognise one).
    static QString tokenPrefix() { return QStringLiteral("idk_"); }

private:
    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
