#include "core/services/DatabaseAccountCheck.h"

namespace invitedesk {

Result<DatabaseAccountReport> DatabaseAccountCheck::inspect(Database& database)
{
    auto account = DatabaseAccountRepository(database).current();
    if (!account)
        return account.error();
    DatabaseAccountReport report{account.value(), {}};
    const DatabaseAccount& a = report.account;
    // A person's own login, and `serve`'s accept-only login, are what the database limits.
    if (a.isEmbedded() || a.personLogin || a.isAcceptOnly())
        return report;
    if (a.superuser) {
        report.warning =
            QStringLiteral("%1 is a superuser: it bypasses row-level security and every grant. "
                           "Keep such an account for `invitedesk migrate`; give desks, serve and "
                           "dispatchers accounts of their own (docs/deploy.md, \"Database "
                           "accounts\").")
                .arg(a.name);
    } else {
        report.warning =
            QStringLiteral("%1 is a shared account: everyone whose desk uses it acts with its "
                           "rights, and the database limits none of them. Row-level security "
                           "limits a person's own login (db_role in `invitedesk user list "
                           "--json`) to what their desk lists (docs/deploy.md, \"Database "
                           "accounts\").")
                .arg(a.name);
    }
    return report;
}

} // namespace invitedesk
