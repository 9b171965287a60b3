#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

namespace invitedesk {

// What the database account this process connects as may do (issue 15, item 1), for
// `invitedesk check`: a superuser bypasses row-level security and the audit log's guards; a
// shared account (no person's own login) acts with the same rights for everyone who uses it.
struct DatabaseAccount {
    QString name; // current_user; empty on SQLite
    bool superuser = false;
    bool personLogin = false; // a person's own login (users.db_role)
    QStringList groups;       // the invitedesk_* group roles it belongs to
    bool readsTables = true;  // may read user_invitations (false: functions only)
    bool isEmbedded() const { return name.isEmpty(); }
    // A login for `serve` that may only call the acceptance functions (invitedesk_accept).
    bool isAcceptOnly() const
    {
        return !superuser && !readsTables && groups.contains(QStringLiteral("invitedesk_accept"));
    }
};

class DatabaseAccountRepository {
public:
    explicit DatabaseAccountRepository(Database& database) : m_database(database) {}
    Result<DatabaseAccount> current();

private:
    Database& m_database;
};

} // namespace invitedesk
