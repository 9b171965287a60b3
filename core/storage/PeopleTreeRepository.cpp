#include "core/storage/PeopleTreeRepository.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/StatusBinding.h"

#include <QHash>
#include <QSqlQuery>

#include <array>

namespace invitedesk {

namespace {
// "u.role IN (?, ?)" (with `alias`), its binds appended; empty when any role will do.
QString roleClause(const QString& alias, const QList<Role>& wanted, QVariantList& binds)
{
    if (wanted.isEmpty())
        return {};
    QStringList marks;
    for (Role r : wanted) {
        marks << QStringLiteral("?");
        binds << roles::name(r);
    }
    return QStringLiteral("%1.role IN (%2)").arg(alias, marks.join(QStringLiteral(", ")));
}

// Counts of a row `page.id` as select-list items, with their binds.
struct Counts {
    QString sql;
    QVariantList binds;
};

// The people directly below (of `childRoles`, empty: any).
Counts childrenOf(const QList<Role>& childRoles)
{
    Counts c;
    const QString roles = roleClause(QStringLiteral("c"), childRoles, c.binds);
    c.sql = QStringLiteral("(SELECT count(*) FROM users c WHERE c.parent_user_id = page.id%1)")
                .arg(roles.isEmpty() ? QString() : QStringLiteral(" AND ") + roles);
    return c;
}

// The invitations they sent that are open, and accepted, at `now`.
Counts invitationsOf(Database& database, const QDateTime& now)
{
    const QVariant at = database.timeValue(now);
    const status_sql::Fragment open = status_sql::currentIn(lifecycle::openStatuses(), at);
    const status_sql::Fragment accepted = status_sql::currentIn({InvitationStatus::Accepted}, at);
    Counts c;
    c.sql = QStringLiteral("(SELECT count(*) FROM user_invitations i "
                           "WHERE i.invited_by_id = page.id AND %1), "
                           "(SELECT count(*) FROM user_invitations i "
                           "WHERE i.invited_by_id = page.id AND %2)")
                .arg(open.sql, accepted.sql);
    c.binds << open.binds << accepted.binds;
    return c;
}

PersonNode readNode(const QSqlQuery& q)
{
    PersonNode n;
    n.person = PeopleRepository::readPerson(q, 0);
    const int c = PeopleRepository::kPersonColumns;
    n.directDownline = q.value(c).toLongLong();
    n.openInvitations = q.value(c + 1).toLongLong();
    n.acceptedInvitations = q.value(c + 2).toLongLong();
    return n;
}

} // namespace

Result<QList<PersonNode>> PeopleTreeRepository::level(const PeopleLevelScope& scope,
                                                      const QString& afterEmail, int limit,
                                                      const QDateTime& now)
{
    // The page first (a derived table, ordered and limited), then the counts of its rows
    // only: the correlated counts never run for people beyond the page.
    const Counts below = childrenOf(scope.roles);
    const Counts invitations = invitationsOf(m_database, now);
    QStringList clauses;
    QVariantList binds = below.binds + invitations.binds;
    switch (scope.kind) {
    case PeopleLevelScope::Kind::ChildrenOf:
        clauses << QStringLiteral("u.parent_user_id = ?");
        binds << scope.userId;
        break;
    case PeopleLevelScope::Kind::WithoutUpline:
        clauses << QStringLiteral("u.parent_user_id IS NULL");
        break;
    case PeopleLevelScope::Kind::Only:
        clauses << QStringLiteral("u.id = ?");
        binds << scope.userId;
        break;
    }
    if (const QString roles = roleClause(QStringLiteral("u"), scope.roles, binds); !roles.isEmpty())
        clauses << roles;
    if (!scope.excludeId.isEmpty()) {
        clauses << QStringLiteral("u.id <> ?");
        binds << scope.excludeId;
    }
    if (!afterEmail.isEmpty()) {
        clauses << QStringLiteral("u.email > ?");
        binds << afterEmail;
    }
    QString inner = PeopleRepository::personSelect() + QStringLiteral(" WHERE ") +
                    clauses.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY u.email");
    if (limit > 0) {
        inner += QStringLiteral(" LIMIT ?");
        binds << limit;
    }
    const QString sql = QStringLiteral("SELECT page.*, %1, %2 FROM (%3) page ORDER BY page.email")
                            .arg(below.sql, invitations.sql, inner);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q, sql, binds))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading a level of people"));
    QList<PersonNode> nodes;
    while (q.next())
        nodes.append(readNode(q));
    return nodes;
}

Result<QList<PersonNode>> PeopleTreeRepository::withInvitationCounts(const QList<Person>& people,
                                                                     const QDateTime& now)
{
    QList<PersonNode> nodes;
    if (people.isEmpty())
        return nodes;
    const Counts counts = invitationsOf(m_database, now);
    QVariantList binds = counts.binds;
    QStringList marks;
    for (const Person& p : people) {
        marks << QStringLiteral("?");
        binds << p.user.id;
    }
    const QString sql =
        QStringLiteral("SELECT page.id, 0, %1 FROM users page WHERE page.id IN (%2)")
            .arg(counts.sql, marks.join(QStringLiteral(", ")));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q, sql, binds))
        return Database::fromSqlError(q.lastError(), QStringLiteral("counting people"));
    QHash<QString, std::array<qint64, 3>> byId;
    while (q.next()) {
        byId.insert(q.value(0).toString(),
                    {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    for (const Person& p : people) {
        PersonNode n;
        n.person = p;
        const auto c = byId.value(p.user.id);
        n.directDownline = c[0];
        n.openInvitations = c[1];
        n.acceptedInvitations = c[2];
        nodes.append(n);
    }
    return nodes;
}

} // namespace invitedesk
