#pragma once

#include "core/Error.h"
#include "core/domain/Person.h"
#include "core/storage/Database.h"

namespace invitedesk {

// Which people one level of the People tree holds (PeopleService decides it from
// people_policy::visibility; this only writes the SQL).
struct PeopleLevelScope {
    enum class Kind {
        ChildrenOf,    // the people whose upline is `userId`
        WithoutUpline, // the people without an upline (an administrator's top)
        Only,          // `userId` alone
    };
    Kind kind = Kind::ChildrenOf;
    QString userId;
    // Only people of these roles, both on this level and among the people counted below
    // each of them (empty: any role).
    QList<Role> roles;
    QString excludeId; // never this person (empty: no one)
};

// The reads of the desk's People tree: one level at a time with what each row shows (the
// people directly below, open and accepted invitations), and the invitation counts of a page
// of people found otherwise (the flat search results). One statement per call, prepared with
// bound values; a level is an index range on users.parent_user_id, never a walk of the whole
// downline, so a level of a large downline costs what that level holds. A light view over one
// connection, like PeopleRepository.
class PeopleTreeRepository {
public:
    PeopleTreeRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    // The people of `scope` by e-mail, after `afterEmail`, at most `limit` (0: all), counted at
    // `now` (open: status_sql::currentIn, as every read of a status).
    Result<QList<PersonNode>> level(const PeopleLevelScope& scope, const QString& afterEmail,
                                    int limit, const QDateTime& now);
    // `people` in their order, each with their open and accepted invitations (not the people
    // below them: directDownline stays 0).
    Result<QList<PersonNode>> withInvitationCounts(const QList<Person>& people,
                                                   const QDateTime& now);

private:
    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
