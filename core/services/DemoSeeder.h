#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"

#include <optional>

namespace invitedesk {

// Seeds a demo organisation tree under an admin: one user of every role and a few dozen
// invitations in every status, so the product can be tried without real data.
class DemoSeeder {
public:
    struct Report {
        int users = 0;
        int invitations = 0;
    };

    DemoSeeder(DatabasePtr database, ServiceConfig config);
    Result<Report> seed(const Actor& admin, const QString& password);
    // First start of the embedded default: when the database has no users, creates the demo
    // administrator (admin@demo.invitedesk.example) and seeds the tree. Returns the admin, or
    // nothing when the database already had users.
    Result<std::optional<User>> seedEmptyDatabase(const QString& password);

    // The demo users' password when INVITEDESK_DEMO_PASSWORD is not set (documented in the README).
    static QString defaultPassword() { return QStringLiteral("demo-password-2026"); }
    static QString demoDomain() { return QStringLiteral("demo.invitedesk.example"); }

private:
    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
