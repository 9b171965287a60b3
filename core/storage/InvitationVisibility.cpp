#include "core/storage/InvitationVisibility.h"

#include <iterator>

namespace invitedesk {

namespace {
// The two columns through which an invitation belongs to a downline: who sent it, and the
// upline its invitee will join.
const char* const kDownlineColumns[] = {"invited_by_id", "parent_user_id"};

// The binds of the downline clause (one root per column).
constexpr int kDownlineBinds = 2;
} // namespace

InvitationVisibility InvitationVisibility::forActor(const Actor& actor, const QString& scopeUserId)
{
    InvitationVisibility w;
    w.rootId =
        !scopeUserId.isEmpty() ? scopeUserId : (actor.role == Role::Admin ? QString() : actor.id);
    if (w.rootId.isEmpty())
        return w;
    // A semi-join of the closure's range for the root: PostgreSQL and SQLite may read it as
    // a hashed set tested per row or join it to the inviter and upline indexes, as the rows'
    // share makes cheaper; the same rows either way.
    w.clauses << QStringLiteral(
        "(i.invited_by_id IN (SELECT descendant_id FROM user_downline WHERE ancestor_id = ?) OR "
        "i.parent_user_id IN (SELECT descendant_id FROM user_downline WHERE ancestor_id = ?))");
    w.binds << w.rootId << w.rootId;
    return w;
}

QVariantList InvitationVisibility::bindsWith(const QVariantList& selected) const
{
    return selected + binds;
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

QStringList InvitationVisibility::filterClauses() const
{
    return rootId.isEmpty() ? clauses : clauses.mid(1);
}

QVariantList InvitationVisibility::filterBinds() const
{
    return rootId.isEmpty() ? binds : binds.mid(kDownlineBinds);
}

QString InvitationVisibility::downlineRows(const QString& select) const
{
    QString filters;
    for (const QString& clause : filterClauses())
        filters += QStringLiteral(" AND ") + clause;
    QStringList branches;
    for (const char* column : kDownlineColumns)
        branches << QStringLiteral("SELECT %1 FROM user_downline d JOIN user_invitations i ON "
                                   "i.%2 = d.descendant_id WHERE d.ancestor_id = ?%3")
                        .arg(select, QLatin1String(column), filters);
    return branches.join(QStringLiteral(" UNION "));
}

QVariantList InvitationVisibility::downlineRowsBinds(const QVariantList& selectBinds) const
{
    QVariantList all;
    for (int i = 0; i < int(std::size(kDownlineColumns)); ++i)
        all << selectBinds << rootId << filterBinds();
    return all;
}

} // namespace invitedesk
