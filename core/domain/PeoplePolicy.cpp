#include "core/domain/PeoplePolicy.h"

#include "core/domain/InvitePolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace invitedesk::people_policy {

namespace {
// The translation context of the policy's messages.
struct PeoplePolicy {
    Q_DECLARE_TR_FUNCTIONS(PeoplePolicy)
};

QString roleLabel(Role role)
{
    return roles::label(role).toLower();
}

Error notPermitted(const QString& message, const QString& field = QStringLiteral("user"))
{
    return Error::make(Error::Code::NotPermitted, message, field);
}

// "A sales representative may not deactivate a distributor."
QString mayNotText(PeopleAction action)
{
    switch (action) {
    case PeopleAction::Deactivate:
        return PeoplePolicy::tr("A %1 may not deactivate a %2.");
    case PeopleAction::Reactivate:
        return PeoplePolicy::tr("A %1 may not reactivate a %2.");
    case PeopleAction::Move:
        return PeoplePolicy::tr("A %1 may not move a %2.");
    case PeopleAction::ResetPassword:
        return PeoplePolicy::tr("A %1 may not reset the password of a %2.");
    case PeopleAction::Unlock:
        return PeoplePolicy::tr("A %1 may not unlock a %2.");
    case PeopleAction::See:
    case PeopleAction::ChangeOwnPassword:
        break;
    }
    return PeoplePolicy::tr("A %1 may not change the account of a %2.");
}

QString notOnYourselfText(PeopleAction action)
{
    switch (action) {
    case PeopleAction::Deactivate:
        return PeoplePolicy::tr("You cannot deactivate your own account.");
    case PeopleAction::Reactivate:
        return PeoplePolicy::tr("You cannot reactivate your own account.");
    case PeopleAction::Move:
        return PeoplePolicy::tr("You cannot move your own account; ask your upline.");
    case PeopleAction::ResetPassword:
        return PeoplePolicy::tr("You cannot send yourself a reset link; change your password "
                                "instead.");
    case PeopleAction::Unlock:
        return PeoplePolicy::tr("You cannot unlock your own account; ask an administrator.");
    case PeopleAction::See:
    case PeopleAction::ChangeOwnPassword:
        break;
    }
    return {};
}

Result<bool> isBelow(const DownlineTest& inDownline, const QString& root, const QString& userId)
{
    if (root.isEmpty() || userId.isEmpty())
        return false;
    return inDownline(root, userId);
}
} // namespace

QString reachRoot(const Actor& actor, Role role)
{
    return invite_policy::defaultUpline(actor, role);
}

PeopleVisibility visibility(const Actor& actor)
{
    PeopleVisibility v;
    if (actor.role == Role::Admin) {
        v.everyone = true;
        return v;
    }
    v.reaches.append({actor.id, {}, true});
    for (Role role : invite_policy::invitableTypes(actor.role)) {
        const QString root = reachRoot(actor, role);
        if (root.isEmpty() || root == actor.id)
            continue;
        auto it = std::find_if(v.reaches.begin(), v.reaches.end(),
                               [&](const PeopleReach& r) { return r.rootId == root; });
        if (it == v.reaches.end())
            v.reaches.append({root, {role}, false});
        else
            it->roles.append(role);
    }
    return v;
}

Result<void> checkMaySee(const Actor& actor, const User& person, const DownlineTest& inDownline)
{
    if (actor.role == Role::Admin || person.id == actor.id)
        return {};
    auto below = isBelow(inDownline, actor.id, person.id);
    if (!below)
        return below.error();
    if (below.value())
        return {};
    // Beyond one's own downline: the people one may act on where one's reach starts
    // elsewhere (an office admin and the staff of its practice).
    if (invite_policy::mayInvite(actor.role, person.role)) {
        const QString root = reachRoot(actor, person.role);
        if (root != actor.id && person.id != root) {
            auto inReach = isBelow(inDownline, root, person.id);
            if (!inReach)
                return inReach.error();
            if (inReach.value())
                return {};
        }
    }
    return Error::make(
        Error::Code::NotFound,
        PeoplePolicy::tr("No user %1 among the people you may see.").arg(person.email),
        QStringLiteral("user"));
}

Result<void> checkMayAct(const Actor& actor, PeopleAction action, const User& person,
                         const DownlineTest& inDownline)
{
    if (action == PeopleAction::ChangeOwnPassword) {
        if (person.id == actor.id)
            return {};
        return notPermitted(PeoplePolicy::tr("You may change only your own password; send %1 "
                                             "a reset link instead.")
                                .arg(person.email));
    }
    if (auto r = checkMaySee(actor, person, inDownline); !r)
        return r.error();
    if (action == PeopleAction::See)
        return {};
    if (person.id == actor.id)
        return notPermitted(notOnYourselfText(action));
    if (actor.role != Role::Admin) {
        if (!invite_policy::mayInvite(actor.role, person.role)) {
            return notPermitted(
                mayNotText(action).arg(roleLabel(actor.role), roleLabel(person.role)));
        }
        const QString root = reachRoot(actor, person.role);
        auto below = isBelow(inDownline, root, person.id);
        if (!below)
            return below.error();
        if (!below.value() || person.id == root)
            return notPermitted(PeoplePolicy::tr("%1 is not in your downline.").arg(person.email));
    }
    // A deactivated account cannot sign in, so a new password would be of no use to it.
    if (action == PeopleAction::ResetPassword && !person.isActive) {
        return Error::make(Error::Code::Conflict,
                           PeoplePolicy::tr("%1 is deactivated: reactivate the account before "
                                            "sending a reset link.")
                               .arg(person.email),
                           QStringLiteral("user"));
    }
    return {};
}

Result<void> checkMove(const Actor& actor, const User& person, const User& newUpline,
                       const DownlineTest& inDownline)
{
    if (auto r = checkMayAct(actor, PeopleAction::Move, person, inDownline); !r)
        return r.error();
    const QString parent = QStringLiteral("parent");
    if (newUpline.id == person.id)
        return Error::invalid(parent, PeoplePolicy::tr("A person cannot be their own upline."));
    if (newUpline.id == person.parentUserId) {
        return Error::invalid(
            parent,
            PeoplePolicy::tr("%1 is already the upline of %2.").arg(newUpline.email, person.email));
    }
    auto cycle = isBelow(inDownline, person.id, newUpline.id);
    if (!cycle)
        return cycle.error();
    if (cycle.value()) {
        return Error::invalid(parent,
                              PeoplePolicy::tr("%1 is in the downline of %2: the move would "
                                               "make a cycle.")
                                  .arg(newUpline.email, person.email));
    }
    if (actor.role != Role::Admin) {
        auto inReach = isBelow(inDownline, reachRoot(actor, person.role), newUpline.id);
        if (!inReach)
            return inReach.error();
        if (!inReach.value()) {
            return notPermitted(
                PeoplePolicy::tr("%1 is not in your downline.").arg(newUpline.email), parent);
        }
    }
    if (!invite_policy::isAcceptableUpline(newUpline.role, person.role)) {
        return Error::invalid(parent, PeoplePolicy::tr("A %1 cannot be the upline of a %2.")
                                          .arg(roleLabel(newUpline.role), roleLabel(person.role)));
    }
    if (!newUpline.isActive) {
        return Error::invalid(
            parent,
            PeoplePolicy::tr("%1 is deactivated and cannot be an upline.").arg(newUpline.email));
    }
    return {};
}

} // namespace invitedesk::people_policy
