#pragma once

#include "core/Error.h"
#include "core/domain/ApiToken.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"

#include <optional>

namespace invitedesk {

// The api_tokens table. Holds only SHA-256 hashes of tokens. Writes belong to
// ApiTokenService, which audits them.
class ApiTokenRepository {
public:
    ApiTokenRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    Result<void> insert(const ApiToken& token, const QByteArray& tokenHash);
    // The token with this hash (revoked and expired ones too: the caller decides).
    Result<std::optional<ApiToken>> findByHash(const QByteArray& tokenHash);
    // The token with this hash and its user, in one query (what authenticating a request
    // costs): revoked and expired tokens and deactivated users too, the caller decides.
    struct WithUser {
        ApiToken token;
        User user;
    };
    Result<std::optional<WithUser>> findWithUser(const QByteArray& tokenHash);
    // Sets last_used_at to `at` unless it is already at or after `notBefore` (so concurrent
    // requests write it once). True when the row changed.
    Result<bool> touch(const QString& id, const QDateTime& at, const QDateTime& notBefore);
    // The user's tokens, newest first (revoked ones included).
    Result<QList<ApiToken>> listForUser(const QString& userId);
    // The user's live token with this id or name.
    Result<std::optional<ApiToken>> findLive(const QString& userId, const QString& nameOrId);
    // True when it was live and is revoked now.
    Result<bool> revoke(const QString& id, const QString& byUserId, const QDateTime& now);

private:
    Result<QList<ApiToken>> select(const QString& where, const QVariantList& binds);

    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
