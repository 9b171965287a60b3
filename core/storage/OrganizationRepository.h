#pragma once

#include "core/Error.h"
#include "core/domain/Organization.h"
#include "core/storage/Database.h"

#include <optional>

namespace invitedesk {

class OrganizationRepository {
public:
    OrganizationRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    // forUpdate: locks the row until the transaction ends (PostgreSQL; SQLite has one writer).
    Result<std::optional<Organization>> findById(const QString& id, bool forUpdate = false);
    Result<QList<Organization>> all();
    Result<void> insert(const Organization& org);
    // Branding and policies (name, display name, colour, reply-to, expiry, quota, reminders).
    Result<void> update(const Organization& org);

private:
    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
