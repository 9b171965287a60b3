#include "core/storage/DatabaseAccountRepository.h"

#include <QSqlQuery>

namespace invitedesk {

Result<DatabaseAccount> DatabaseAccountRepository::current()
{
    DatabaseAccount account;
    if (!m_database.isPostgres())
        return account;
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    // Privileges are checked for every table a statement names, even in a branch it never
    // takes: whether users may be read is asked first.
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('public.user_invitations', 'SELECT'), "
                               "has_column_privilege('public.users', 'db_role', 'SELECT')")) ||
        !q.next())
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("reading the database account"));
    account.readsTables = q.value(0).toBool();
    const bool readsLogins = q.value(1).toBool();
    // users.db_role is readable by every account that may use InviteDesk (persons included)
    // but `serve`'s accept-only login; group membership through pg_has_role, inherited or not.
    if (!Database::exec(
            q,
            QStringLiteral(
                "SELECT current_user, r.rolsuper, %1, "
                "array_to_string(ARRAY(SELECT g.rolname FROM pg_roles g WHERE g.rolname IN "
                "('invitedesk_owner', 'invitedesk_app', 'invitedesk_accept', "
                "'invitedesk_mailer') AND pg_has_role(current_user, g.oid, 'MEMBER') "
                "ORDER BY g.rolname), ',') "
                "FROM pg_roles r WHERE r.rolname = current_user")
                .arg(readsLogins ? QStringLiteral(
                                       "EXISTS (SELECT 1 FROM users WHERE db_role = current_user)")
                                 : QStringLiteral("false")),
            {}) ||
        !q.next())
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("reading the database account"));
    account.name = q.value(0).toString();
    account.superuser = q.value(1).toBool();
    account.personLogin = q.value(2).toBool();
    const QString groups = q.value(3).toString();
    if (!groups.isEmpty())
        account.groups = groups.split(QLatin1Char(','));
    return account;
}

} // namespace invitedesk
