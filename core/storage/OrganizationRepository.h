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

    Result<std::optional<Organization>> findById(const QString& id);
    Result<QList<Organization>> all();
    Result<void> insert(const Organization& org);
    // Branding and policies (name, display name, colour, reply-to, expiry, quota, reminders).
    Result<void> update(const Organization& org);

private:
    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
