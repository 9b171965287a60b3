#pragma once

#include "core/Error.h"
#include "core/domain/PeoplePolicy.h"
#include "core/domain/Person.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace invitedesk {

// The people of the hierarchy and each account's life: listing the people an actor may see,
// one person with their downline counted, deactivating, reactivating and moving someone, and
// changing one's own password, unlocking an account locked after failed sign-ins. Who may do what
// to whom is people_policy (core/domain), read here once for the desk and the command line. Every
// change is one transaction with its audit event (user.deactivated, user.reactivated, user.moved,
// user.password_changed, user.unlocked). People are named by e-mail or by id. The actor is read
// again on every call, so a session of someone deactivated (or moved) meanwhile acts with what is
// true now.
class PeopleService {
    Q_DECLARE_TR_FUNCTIONS(PeopleService)

public:
    PeopleService(DatabasePtr database, ServiceConfig config);

    // The people the actor may see (themselves included), by e-mail.
    Result<QList<Person>> list(const Actor& actor, const PeopleQuery& query) const;
    // One person the actor may see, with their downline and invitations counted.
    Result<PersonDetails> show(const Actor& actor, const QString& person) const;
    // The desk's People tree, a level at a time: the people directly below query.parentId
    // whom the actor may see, by e-mail, each with the people directly below them (those the
    // actor may see) and their open and accepted invitations counted. An empty parentId is the
    // top: the actor (an administrator: everyone without an upline, the actor among them),
    // and the people the actor's reach starts beside (an office admin: the practice's staff).
    // A parent the actor may not see is NotFound (field "parent"). One statement per level
    // (PeopleTreeRepository), besides reading the actor and the parent.
    Result<QList<PersonNode>> children(const Actor& actor, const PeopleLevelQuery& query) const;
    // list() with the invitations counted (the People page's flat results of a search or a
    // filter; directDownline is not counted there).
    Result<QList<PersonNode>> listWithCounts(const Actor& actor, const PeopleQuery& query) const;
    // Whom the actor could move `person` under (the desk's Move picker): up to `limit` people
    // (1 to 500), by e-mail, each one that people_policy::checkMove accepts; `search` narrows
    // them by e-mail or name. Refused as move() would be when the actor may not move the
    // person at all (field "user").
    Result<QList<Person>> validUplines(const Actor& actor, const QString& person,
                                       const QString& search, int limit) const;
    // Whether the actor may do `action` to the person (for the desk's buttons).
    Result<void> checkMayAct(const Actor& actor, PeopleAction action, const Person& person) const;

    // They can no longer sign in; their open invitations stay open and their downline stays
    // under them. The reason (optional, at most 500 characters) goes to the audit event.
    Result<Person> deactivate(const Actor& actor, const QString& person, const QString& reason);
    Result<Person> reactivate(const Actor& actor, const QString& person);
    // Under another upline, with their whole downline.
    Result<Person> move(const Actor& actor, const QString& person, const QString& newUpline);
    // Lifts the lock that 10 failed sign-ins in a row put on the person's account and ends
    // their run of failures (user.unlocked). Allowed where reactivating is (people_policy,
    // PeopleAction::Unlock: an admin anyone, an upline the people below them whose role they
    // may invite, nobody themselves); Conflict when the account is not locked.
    Result<Person> unlock(const Actor& actor, const QString& person);
    // The actor's own password: the current one must be right, the new one must meet the
    // password policy (errors name "current_password" and "new_password").
    Result<void> changeOwnPassword(const Actor& actor, const QString& currentPassword,
                                   const QString& newPassword);

    // One person as `user list --json` prints them: exactly id, email, first_name, last_name,
    // role, parent_email, active, created_at, invited_by_email, invitation_id, locked_until
    // (null unless locked after failed sign-ins) and db_role (their own PostgreSQL login; null
    // on SQLite and until they have one).
    static QJsonObject toJson(const Person& person);
    // The same plus the counts (direct_downline, total_downline, open_invitations,
    // accepted_invitations), as `user show --json` prints it.
    static QJsonObject toJson(const PersonDetails& details);

private:
    Result<Person> setActive(const Actor& actor, const QString& person, bool active,
                             const QString& reason);

    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
