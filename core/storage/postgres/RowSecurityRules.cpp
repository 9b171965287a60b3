#include "core/storage/postgres/RowSecurityRules.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/domain/InvitePolicy.h"
#include "core/storage/Database.h"
#include "core/storage/StatusBinding.h"
#include "core/storage/UserRepository.h"

#include <QSqlQuery>

namespace invitedesk {

QString RowSecurityRules::downlineFunctionSql()
{
    // The services' own query, its one parameter bound to the function's. PL/pgSQL, not
    // SQL: a SECURITY DEFINER function is never inlined, and PL/pgSQL keeps its plan for the
    // session where SQL would plan the body again on every call (migration 024).
    QString cte = UserRepository::downlineCte();
    cte.replace(QLatin1Char('?'), QStringLiteral("root"));
    return QStringLiteral("CREATE OR REPLACE FUNCTION invitedesk_downline(root uuid) "
                          "RETURNS SETOF uuid LANGUAGE plpgsql STABLE SECURITY DEFINER "
                          "SET search_path = public, pg_temp AS $rules$ BEGIN RETURN QUERY %1"
                          "SELECT id FROM downline; END $rules$")
        .arg(cte);
}

Result<void> RowSecurityRules::installLifecycle(QSqlQuery& q)
{
    // What the acceptance functions (migration 022) read: the statuses an invitation is
    // accepted from, and the one it gets. A database migrated only up to an earlier version
    // (the migrations' own tests) has no such table yet.
    if (!q.exec(QStringLiteral("SELECT to_regclass('invitation_lifecycle') IS NOT NULL")) ||
        !q.next())
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("installing the invitation lifecycle"));
    if (!q.value(0).toBool())
        return {};
    if (!q.exec(QStringLiteral("DELETE FROM invitation_lifecycle")))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("installing the invitation lifecycle"));
    const QVariant target = status_sql::value(lifecycle::targetOf(LifecycleEvent::Accept));
    for (const QVariant& from : status_sql::values(lifecycle::sourcesOf(LifecycleEvent::Accept))) {
        if (!Database::exec(q,
                            QStringLiteral("INSERT INTO invitation_lifecycle (event, from_status, "
                                           "to_status) VALUES ('accept', ?, ?)"),
                            {from, target}))
            return Database::fromSqlError(q.lastError(),
                                          QStringLiteral("installing the invitation lifecycle"));
    }
    return {};
}

Result<void> RowSecurityRules::install(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(downlineFunctionSql()))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("installing the downline rule"));
    if (!q.exec(QStringLiteral("DELETE FROM invite_matrix")))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("installing the invite matrix"));
    QStringList inviters;
    QStringList types;
    for (Role inviter : roles::all()) {
        for (InvitationType type : invite_policy::invitableTypes(inviter)) {
            inviters << roles::name(inviter);
            types << invitation_types::name(type);
        }
    }
    if (auto r = installLifecycle(q); !r)
        return r;
    if (inviters.isEmpty())
        return {};
    // One statement for the whole table: two text arrays unnested side by side.
    if (!Database::exec(
            q,
            QStringLiteral("INSERT INTO invite_matrix (inviter_role, invitation_type) "
                           "SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[]))"),
            {QStringLiteral("{%1}").arg(inviters.join(QLatin1Char(','))),
             QStringLiteral("{%1}").arg(types.join(QLatin1Char(',')))}))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("installing the invite matrix"));
    return {};
}

} // namespace invitedesk
