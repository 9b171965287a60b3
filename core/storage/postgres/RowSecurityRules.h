#pragma once

#include "core/Error.h"

#include <QSqlDatabase>

class QSqlQuery;

namespace invitedesk {

// Writes the application's rules where PostgreSQL's row-level security reads them (migration
// 010): the invite matrix as the rows of invite_matrix, and the downline as the function
// invitedesk_downline(root), both made from their one home in the code (invite_policy and
// UserRepository::downlineCte), so that the database enforces exactly what the services
// check. Migrate runs it after every migration, inside its own transaction on `db`.
class RowSecurityRules {
public:
    static Result<void> install(const QSqlDatabase& db);
    // The SQL of invitedesk_downline() (for tests and the architecture notes).
    static QString downlineFunctionSql();

private:
    static Result<void> installLifecycle(QSqlQuery& q);
};

} // namespace invitedesk
