#pragma once

#include "core/Error.h"
#include "core/storage/DatabaseAccountRepository.h"

namespace invitedesk {

// The account this process reaches the database as, judged (issue 15, item 1): a superuser
// bypasses row-level security and every grant; a shared account (no person's own login) gives
// everyone who uses it the same rights. Either is a warning for `invitedesk check`.
struct DatabaseAccountReport {
    DatabaseAccount account;
    QString warning; // empty: nothing to warn about
};

class DatabaseAccountCheck {
public:
    static Result<DatabaseAccountReport> inspect(Database& database);
};

} // namespace invitedesk
