#include "core/storage/postgres/RowSecurityRules.h"

#include "core/domain/InvitePolicy.h"
#include "core/storage/Database.h"
#include "core/storage/UserRepository.h"

#include <QSqlQuery>

namespace invitedesk {

QString RowSecurityRules::downlineFunctionSql()
{
    // The services' own recursive query, its one parameter bound to the function's.
    QString cte = UserRepository::downlineCte();
    cte.replace(QLatin1Char('?'), QStringLiteral("root"));
    return QStringLiteral("CREATE OR REPLACE FUNCTION invitedesk_downline(root uuid) "
                          "RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER "
                          "SET search_path = public, pg_temp AS $rules$ %1"
                          "SELECT id FROM downline $rules$")
        .arg(cte);
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
