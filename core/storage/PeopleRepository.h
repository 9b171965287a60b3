#pragma once

#include "core/Error.h"
#include "core/domain/PeoplePolicy.h"
#include "core/domain/Person.h"
#include "core/storage/Database.h"

#include <optional>

class QSqlQuery;

namespace invitedesk {

// The people of the hierarchy as the People list and the account changes need them: users
// with their upline's and inviter's e-mails, downline counts, and the conditional updates of
// deactivating, reactivating and moving. A light view over one connection, like
// UserRepository: make one inside a transaction (tx.database(), tx.db()) or on the thread's
// connection. Every statement is prepared with bound values; downlines are recursive CTEs
// over users.parent_user_id (SQLite and PostgreSQL alike).
class PeopleRepository {
public:
    PeopleRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    // The people within `visibility` matching the query (role already a valid name; search
    // over the e-mail and names), by e-mail.
    Result<QList<Person>> list(const people_policy::PeopleVisibility& visibility,
                               const PeopleQuery& query);
    // One person by id or e-mail (an argument with an @ is an e-mail).
    Result<std::optional<Person>> find(const QString& idOrEmail);
    // Their downline (direct and total) and the invitations they sent (open at `now`,
    // accepted).
    Result<PersonDetails> details(const Person& person, const QDateTime& now);
    // Whether `userId` is `rootId` or below it.
    Result<bool> isInDownline(const QString& rootId, const QString& userId);

    // is_active from !active to active; false when it already was (someone else's change).
    Result<bool> setActive(const QString& userId, bool active);
    // parent_user_id from `fromParentId` to `toParentId`; false when the upline changed
    // meanwhile. The person's downline stays under them.
    Result<bool> setParent(const QString& userId, const QString& fromParentId,
                           const QString& toParentId);
    // The SELECT … FROM of one person (users u, organizations o, the upline p and the
    // inviter ib; named columns) that readPerson() reads, for queries built on it.
    static QString personSelect();
    static Person readPerson(const QSqlQuery& q, int first = 0);
    // How many columns personSelect() yields: a query built on it reads its own after these.
    static constexpr int kPersonColumns = 17;

    // PostgreSQL: a transaction-scoped lock that orders moves, so two moves checked at the
    // same time cannot make a cycle together (SQLite has one writer anyway).
    Result<void> lockHierarchy();

private:
    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
