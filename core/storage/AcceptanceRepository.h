#pragma once

#include "core/Error.h"
#include "core/domain/AcceptanceRecord.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <utility>

#include <optional>

namespace invitedesk {

// What AcceptanceRepository::acceptByLink needs: the account's own fields (id, names, created
// at); everything else comes from the invitation behind the link.
struct LinkAcceptance {
    QByteArray linkHash;
    int version = 0;
    User user;
    QString passwordHash;
    QString loginVerifier; // SCRAM verifier of the person's database login
    QDateTime openedAt;    // a first view not recorded yet, or invalid
};

// The SQL of accepting invitations (AcceptanceService). A light view over one connection,
// like the other repositories. The token lookup is the handler's hot path: its statement is
// prepared once per thread and connection and reused.
class AcceptanceRepository {
public:
    AcceptanceRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    // The invitation one of whose links hashes to tokenHash, with that link's revocation
    // (same work whether or not it exists).
    Result<std::optional<AcceptanceRecord>> findByTokenHash(const QByteArray& tokenHash);
    Result<std::optional<AcceptanceRecord>> findById(const QString& id);
    // Records first views (invitation id, when it was looked at) where none is recorded yet;
    // returns the ids it recorded. On PostgreSQL one owner function (022), which appends the
    // invitation.opened events too; the caller appends them on SQLite.
    Result<QSet<QString>> markOpened(const QList<std::pair<QString, QDateTime>>& views);
    // Claims an open, unexpired invitation at `version` for acceptance (bumps the version, so
    // a concurrent claim waits for this transaction and then finds nothing to claim).
    Result<bool> claimForAcceptance(const QString& invitationId, int version, const QDateTime& now);
    // Completes a claim: status accepted, accepted_at, accepted_user_id.
    Result<bool> markAccepted(const QString& invitationId, int claimedVersion,
                              const QString& userId, const QDateTime& now);
    // Whether an account has the e-mail of the invitation behind linkHash (that is `email`).
    Result<bool> emailTaken(const QByteArray& linkHash, const QString& email);
    // PostgreSQL: the whole acceptance in one owner function (migration 022), which is all the
    // handler's login may do. False when the claim lost (changed, accepted or cancelled since
    // it was shown); the e-mail's unique index still refuses a taken address.
    Result<bool> acceptByLink(const LinkAcceptance& acceptance);
    // A small query on the schema, for health checks.
    Result<void> ping();

    // The token lookup for PgLookupPipeline ($1: the token hash), and its row as a record.
    static QByteArray pipelinedLookupSql();
    static Result<std::optional<AcceptanceRecord>>
    recordFromRow(const Result<std::optional<QByteArrayList>>& row);

    // Drops this thread's prepared statements (before its connection goes away).
    static void releaseThreadStatements();

private:
    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
