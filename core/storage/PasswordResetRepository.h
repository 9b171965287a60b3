#pragma once

#include "core/Error.h"
#include "core/domain/PasswordReset.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace invitedesk {

// One link of a reset as stored: the SHA-256 of the token in the e-mail (the token itself is
// never stored anywhere) and when it stops working.
struct PasswordResetLink {
    QByteArray tokenHash;
    QString resetId;
    QDateTime expiresAt;
};

// password_resets and password_reset_links (migration 007). A light view over one connection,
// like the other repositories: make one inside a transaction (tx.database(), tx.db()) or on
// the thread's connection. The outbox dispatcher adds a link for every reset e-mail it
// renders, committed before the message leaves; the reset page looks tokens up here by hash.
class PasswordResetRepository {
public:
    PasswordResetRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    // A new reset of `userId`'s password, asked for by `requestedById`.
    Result<void> insert(const QString& id, const QString& userId, const QString& requestedById,
                        const QString& language, const QDateTime& now);
    // Revokes the person's open resets (`reason` in revoked_reason) and cancels their e-mail
    // still queued; returns how many resets it revoked.
    Result<int> revokeOpen(const QString& userId, const QString& reason, const QDateTime& now);
    // The language of the invitation the person accepted; empty when they came without one.
    Result<QString> invitationLanguage(const QString& userId);
    // Resets by id (for rendering their e-mail); linkExpiresAt is left invalid.
    Result<QHash<QString, PasswordResetRecord>> byIds(const QStringList& ids);
    // The reset one of whose links hashes to tokenHash, with that link's expiry.
    Result<std::optional<PasswordResetRecord>> findByTokenHash(const QByteArray& tokenHash);
    Result<void> insertLinks(const QList<PasswordResetLink>& links, const QDateTime& now);
    // Uses the reset through the link: used_at is set only while the reset is neither used
    // nor revoked, the link has not expired at `now` and the person is active. False when any
    // of that no longer holds (someone used it first, a newer request, a deactivation).
    Result<bool> markUsed(const QString& resetId, const QByteArray& tokenHash,
                          const QDateTime& now);
    // PostgreSQL: the whole reset by link in one owner function (migration 022): marks it
    // used, stores the password hash, sets the person's login and appends its audit event.
    // False when the link can no longer be used.
    Result<bool> resetByLink(const QByteArray& tokenHash, const QString& passwordHash,
                             const QString& loginVerifier, const QDateTime& now);

private:
    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
