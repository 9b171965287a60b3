#include "core/storage/InvitationVisibility.h"

#include "core/storage/UserRepository.h"

namespace invitedesk {

InvitationVisibility InvitationVisibility::forActor(const Actor& actor, const QString& scopeUserId)
{
    InvitationVisibility w;
    const QString root =
        !scopeUserId.isEmpty() ? scopeUserId : (actor.role == Role::Admin ? QString() : actor.id);
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
