#pragma once

#include "core/Error.h"
#include "core/domain/User.h"

#include <functional>

namespace invitedesk {

// What one person may do to another's account.
enum class PeopleAction {
    See,               // list and show
    Deactivate,        // may no longer sign in
    Reactivate,        // may sign in again
    Move,              // under another upline, with their downline
    ResetPassword,     // send a reset link (not to a deactivated person)
    ChangeOwnPassword, // one's own password
    Unlock,            // lift a lock of failed sign-ins before its time
};

// Who may see, deactivate, reactivate, move, reset and unlock whom: the one table of these rules
// (core/domain/PeoplePolicy.cpp), read by PeopleService.
//   - An admin acts on everyone.
//   - Anyone else sees their own downline (themselves included), and acts on a person below
//     them only where the invite matrix (InvitePolicy) lets them invite that person's role.
//     The "below them" starts where their invitees of that role are placed
//     (invite_policy::defaultUpline): an office admin acts on the staff of its practice,
//     who sit under the practice's doctor.
//   - Nobody acts on themselves, except to change their own password (and to see themselves).
// A move also needs a new upline the actor could place that person under (in the actor's
// reach, admin: anyone), that the matrix accepts as the upline of the person's role
// (invite_policy::isAcceptableUpline), that is active, and that is not the person or in
// their downline (a cycle).
namespace people_policy {

// Whether `userId` is `rootId` or in its downline (recursive over parent_user_id).
using DownlineTest = std::function<Result<bool>(const QString& rootId, const QString& userId)>;

// The user under whom the actor's authority over a role starts: the actor, or the practice's
// doctor for the practice staff of an office admin (empty when the actor has no doctor).
QString reachRoot(const Actor& actor, Role role);

// Where the people an actor may see are: everyone (an admin), or the downlines of some
// roots, each limited to some roles (empty: all) and with or without the root itself.
struct PeopleReach {
    QString rootId;
    QList<Role> roles;
    bool withRoot = true;
};
struct PeopleVisibility {
    bool everyone = false;
    QList<PeopleReach> reaches;
};
// The same rule as checkMaySee, as a query's scope.
PeopleVisibility visibility(const Actor& actor);

// Whether the actor may see the person at all (NotFound otherwise, naming "user": someone
// one may not see is someone one cannot name).
Result<void> checkMaySee(const Actor& actor, const User& person, const DownlineTest& inDownline);

// The table: ok, or an error naming why (NotPermitted, field "user"; NotFound when the actor
// may not even see the person; Conflict for a reset link to a deactivated person).
Result<void> checkMayAct(const Actor& actor, PeopleAction action, const User& person,
                         const DownlineTest& inDownline);

// The whole rule for moving `person` under `newUpline` (checkMayAct(Move) included). Errors
// name "user" (who may be moved) or "parent" (where to).
Result<void> checkMove(const Actor& actor, const User& person, const User& newUpline,
                       const DownlineTest& inDownline);

} // namespace people_policy

} // namespace invitedesk
