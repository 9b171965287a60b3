#include "core/storage/PeopleRepository.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/storage/SqlSearch.h"
#include "core/storage/StatusBinding.h"
#include "core/storage/UserRepository.h"

#include <QSqlQuery>
#include <QUuid>

namespace invitedesk {

namespace {
constexpr qint64 kHierarchyLockKey = 7413003;

// Named columns, so the select can also be a derived table (PeopleTreeRepository).
const QString kSelect = QStringLiteral(
    "SELECT u.id AS id, u.email AS email, u.first_name AS first_name, u.last_name AS last_name, "
    "u.role AS role, u.organization_id AS organization_id, o.name AS organization_name, "
    "u.parent_user_id AS parent_user_id, u.is_active AS is_active, u.created_at AS created_at, "
    "u.invited_by_id AS invited_by_id, u.invitation_id AS invitation_id, "
    "u.invitation_accepted_at AS invitation_accepted_at, p.email AS parent_email, "
    "ib.email AS invited_by_email, u.locked_until AS locked_until, u.db_role AS db_role "
    "FROM users u "
    "JOIN organizations o ON o.id = u.organization_id "
    "LEFT JOIN users p ON p.id = u.parent_user_id "
    "LEFT JOIN users ib ON ib.id = u.invited_by_id");

} // namespace

QString PeopleRepository::personSelect()
{
    return kSelect;
}

Person PeopleRepository::readPerson(const QSqlQuery& q, int first)
{
    Person p;
    User& u = p.user;
    u.id = q.value(first + 0).toString();
    u.email = q.value(first + 1).toString();
    u.firstName = q.value(first + 2).toString();
    u.lastName = q.value(first + 3).toString();
    u.role = roles::fromName(q.value(first + 4).toString()).value_or(Role::Doctor);
    u.organizationId = q.value(first + 5).toString();
    u.organizationName = q.value(first + 6).toString();
    u.parentUserId = q.value(first + 7).toString();
    u.isActive = q.value(first + 8).toBool();
    u.createdAt = Database::readTime(q.value(first + 9));
    u.invitedById = q.value(first + 10).toString();
    u.invitationId = q.value(first + 11).toString();
    u.invitationAcceptedAt = Database::readTime(q.value(first + 12));
    p.parentEmail = q.value(first + 13).toString();
    p.invitedByEmail = q.value(first + 14).toString();
    p.lockedUntil = Database::readTime(q.value(first + 15));
    p.dbRole = q.value(first + 16).toString();
    return p;
}

Result<QList<Person>> PeopleRepository::list(const people_policy::PeopleVisibility& visibility,
                                             const PeopleQuery& query)
{
    QString cte;
    QStringList clauses;
    QVariantList binds;
    if (!visibility.everyone) {
        if (visibility.reaches.isEmpty())
            return QList<Person>();
        // One recursive walk from every root, remembering the root each row came from.
        QStringList seeds;
        QStringList scopes;
        QVariantList scopeBinds;
        for (const people_policy::PeopleReach& reach : visibility.reaches) {
            seeds << QStringLiteral("?");
            binds << reach.rootId;
            QString scope = QStringLiteral("(u.id IN (SELECT id FROM downline WHERE root = ?)");
            scopeBinds << reach.rootId;
            if (!reach.roles.isEmpty()) {
                QStringList marks;
                for (Role r : reach.roles) {
                    marks << QStringLiteral("?");
                    scopeBinds << roles::name(r);
                }
                scope +=
                    QStringLiteral(" AND u.role IN (%1)").arg(marks.join(QStringLiteral(", ")));
            }
            if (!reach.withRoot) {
                scope += QStringLiteral(" AND u.id <> ?");
                scopeBinds << reach.rootId;
            }
            scopes << scope + QLatin1Char(')');
        }
        cte = QStringLiteral("WITH RECURSIVE downline(root, id) AS (SELECT id, id FROM users "
                             "WHERE id IN (%1) UNION SELECT d.root, c.id FROM users c "
                             "JOIN downline d ON c.parent_user_id = d.id) ")
                  .arg(seeds.join(QStringLiteral(", ")));
        clauses << QLatin1Char('(') + scopes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        binds << scopeBinds;
    }
    if (!query.role.isEmpty()) {
        clauses << QStringLiteral("u.role = ?");
        binds << query.role;
    }
    if (!query.roles.isEmpty()) {
        QStringList marks;
        for (Role r : query.roles) {
            marks << QStringLiteral("?");
            binds << roles::name(r);
        }
        clauses << QStringLiteral("u.role IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (!query.search.trimmed().isEmpty()) {
        const sql_search::Clause search =
            sql_search::nameOrEmail(QStringLiteral("u"), query.search);
        clauses << search.sql;
        binds << search.binds;
    }
    if (query.active) {
        clauses << QStringLiteral("u.is_active = ?");
        binds << m_database.boolValue(*query.active);
    }
    if (!query.afterEmail.isEmpty()) {
        clauses << QStringLiteral("u.email > ?");
        binds << query.afterEmail;
    }
    QString sql = cte + kSelect;
    if (!clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY u.email");
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << query.limit;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q, sql, binds))
        return Database::fromSqlError(q.lastError(), QStringLiteral("listing people"));
    QList<Person> people;
    while (q.next())
        people.append(readPerson(q, 0));
    return people;
}

Result<std::optional<Person>> PeopleRepository::find(const QString& idOrEmail)
{
    const QString key = idOrEmail.trimmed();
    const bool byEmail = key.contains(QLatin1Char('@'));
    // An id that is not a UUID is no one (and PostgreSQL would refuse to compare it).
    if (!byEmail && QUuid::fromString(key).isNull())
        return std::optional<Person>();
    QSqlQuery q(m_db);
    if (!Database::exec(q,
                        kSelect + (byEmail ? QStringLiteral(" WHERE u.email = ?")
                                           : QStringLiteral(" WHERE u.id = ?")),
                        {byEmail ? key.toLower() : key}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading a person"));
    if (!q.next())
        return std::optional<Person>();
    return std::optional<Person>(readPerson(q, 0));
}

Result<PersonDetails> PeopleRepository::details(const Person& person, const QDateTime& now)
{
    // Open and accepted as every read sees them (status_sql::currentIn: an open invitation
    // past its expiry counts as expired before the sweep records it).
    const QVariant at = m_database.timeValue(now);
    const status_sql::Fragment open = status_sql::currentIn(lifecycle::openStatuses(), at);
    const status_sql::Fragment accepted = status_sql::currentIn({InvitationStatus::Accepted}, at);
    const QString sql =
        UserRepository::downlineCte() +
        QStringLiteral("SELECT (SELECT count(*) FROM users WHERE parent_user_id = ?), "
                       "(SELECT count(*) FROM downline) - 1, "
                       "(SELECT count(*) FROM user_invitations i WHERE i.invited_by_id = ? "
                       "AND %1), "
                       "(SELECT count(*) FROM user_invitations i WHERE i.invited_by_id = ? "
                       "AND %2)")
            .arg(open.sql, accepted.sql);
    QVariantList binds{person.user.id, person.user.id, person.user.id};
    binds << open.binds << person.user.id << accepted.binds;
    QSqlQuery q(m_db);
    if (!Database::exec(q, sql, binds) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("counting a downline"));
    PersonDetails d;
    d.person = person;
    d.directDownline = q.value(0).toLongLong();
    d.totalDownline = q.value(1).toLongLong();
    d.openInvitations = q.value(2).toLongLong();
    d.acceptedInvitations = q.value(3).toLongLong();
    return d;
}

Result<bool> PeopleRepository::isInDownline(const QString& rootId, const QString& userId)
{
    return UserRepository(m_database, m_db).isInDownline(rootId, userId);
}

Result<bool> PeopleRepository::setActive(const QString& userId, bool active)
{
    QSqlQuery q(m_db);
    if (!Database::exec(
            q, QStringLiteral("UPDATE users SET is_active = ? WHERE id = ? AND is_active = ?"),
            {m_database.boolValue(active), userId, m_database.boolValue(!active)}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("changing an account"));
    return q.numRowsAffected() == 1;
}

Result<bool> PeopleRepository::setParent(const QString& userId, const QString& fromParentId,
                                         const QString& toParentId)
{
    QSqlQuery q(m_db);
    const bool ok =
        fromParentId.isEmpty()
            ? Database::exec(q,
                             QStringLiteral("UPDATE users SET parent_user_id = ? WHERE id = ? AND "
                                            "parent_user_id IS NULL"),
                             {toParentId, userId})
            : Database::exec(q,
                             QStringLiteral("UPDATE users SET parent_user_id = ? WHERE id = ? AND "
                                            "parent_user_id = ?"),
                             {toParentId, userId, fromParentId});
    if (!ok)
        return Database::fromSqlError(q.lastError(), QStringLiteral("moving an account"));
    return q.numRowsAffected() == 1;
}

Result<void> PeopleRepository::lockHierarchy()
{
    if (!m_database.isPostgres())
        return {};
    QSqlQuery q(m_db);
    if (!Database::exec(q, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kHierarchyLockKey}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("locking the hierarchy"));
    return {};
}

} // namespace invitedesk
