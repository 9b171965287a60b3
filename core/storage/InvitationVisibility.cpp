#include "core/storage/InvitationVisibility.h"

#include "core/storage/UserRepository.h"

namespace invitedesk {

namespace {
QString rootOf(const Actor& actor, const QString& scopeUserId)
{
    return !scopeUserId.isEmpty() ? scopeUserId
                                  : (actor.role == Role::Admin ? QString() : actor.id);
}
} // namespace

InvitationVisibility InvitationVisibility::forActor(const Actor& actor, const QString& scopeUserId)
{
    InvitationVisibility w;
    const QString root = rootOf(actor, scopeUserId);
    if (root.isEmpty())
        return w;
    w.cte = UserRepository::downlineCte();
    w.binds << root;
    w.cteBinds = 1;
    // The same rows as forOne()'s test, as a semi-join the planner can drive from the
    // downline; the OR of two IN tests could only filter every row of the list in turn.
    w.clauses << QStringLiteral(
        "i.id IN (SELECT v.id FROM user_invitations v WHERE v.invited_by_id IN "
        "(SELECT id FROM downline) UNION ALL SELECT v.id FROM user_invitations v WHERE "
        "v.parent_user_id IN (SELECT id FROM downline))");
    return w;
}

InvitationVisibility InvitationVisibility::forOne(const Actor& actor)
{
    InvitationVisibility w;
    const QString root = rootOf(actor, {});
    if (root.isEmpty())
        return w;
    w.cte = UserRepository::downlineCte();
    w.binds << root;
    w.cteBinds = 1;
    w.clauses << QStringLiteral("(i.invited_by_id IN (SELECT id FROM downline) OR "
                                "i.parent_user_id IN (SELECT id FROM downline))");
    return w;
}

QVariantList InvitationVisibility::bindsWith(const QVariantList& selected) const
{
    return binds.mid(0, cteBinds) + selected + binds.mid(cteBinds);
}

QString InvitationVisibility::where() const
{
    return clauses.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QString InvitationVisibility::whereAnd() const
{
    return clauses.isEmpty() ? QStringLiteral(" WHERE ") : where() + QStringLiteral(" AND ");
}

} // namespace invitedesk
