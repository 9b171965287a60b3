#pragma once

#include "core/Error.h"
#include "core/domain/SignInThrottle.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"

#include <optional>

class QSqlQuery;

namespace invitedesk {

// users and the downline relation. A light view over one connection: make one where needed,
// inside a transaction (tx.database(), tx.db()) or on the thread's connection.
class UserRepository {
public:
    UserRepository(Database& database, QSqlDatabase db) : m_database(database), m_db(std::move(db))
    {}

    Result<std::optional<User>> findById(const QString& id);
    Result<std::optional<User>> findByEmail(const QString& email);
    // What sign-in checks: the stored password hash and whether the account is active
    // (empty optional when no such user).
    struct Credentials {
        QString userId;
        QString passwordHash;
        bool isActive = true;
        SignInState signIn;            // the run of failed sign-ins and the lock
        bool hasDatabaseLogin = false; // users.db_role is set (PersonLoginRepository)
    };
    Result<std::optional<Credentials>> credentials(const QString& email);
    // The run of failed sign-ins (forUpdate: locks the row until the transaction ends on
    // PostgreSQL; SQLite has one writer). NotFound when there is no such user.
    Result<SignInState> signInState(const QString& userId, bool forUpdate = false);
    // Until when the account is locked (invalid: not locked); the one column of the sign-in
    // state a person's own login may read (migration 023).
    Result<QDateTime> lockedUntil(const QString& userId);
    Result<void> setSignInState(const QString& userId, const SignInState& state);
    Result<void> updatePasswordHash(const QString& userId, const QString& hash);
    Result<void> insert(const User& user, const QString& passwordHash);
    Result<qint64> count();
    // The user and everyone below it (the closure table user_downline, kept by migration
    // 017's triggers on every write of users.parent_user_id).
    Result<QList<User>> downline(const QString& userId);
    Result<bool> isInDownline(const QString& ancestorId, const QString& candidateId);

    // SQL for "ids of :root's downline, root included" (a CTE named downline, read from the
    // closure table) to embed as a subquery; takes one bound value (the root id).
    static QString downlineCte();
    // The columns readUser reads (aliases u for users, o for its organization), for a query
    // that joins a user to something else (ApiTokenRepository::findWithUser).
    static QString userColumns();
    static User readUser(const QSqlQuery& q, int first = 0);

private:
    Result<std::optional<User>> findOne(const QString& where, const QVariant& value);

    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
