#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <optional>

namespace invitedesk {

struct NewUser {
    QString email;
    QString firstName;
    QString lastName;
    QString role;        // role name, e.g. "admin"
    QString parentEmail; // upline by e-mail (optional)
    QString password;
    QString organizationName; // only for the first user: the platform organisation's name
};

// Accounts: sign-in and creating users by hand (the first admin, or an admin adding one).
// Password hashing is slow on purpose (scrypt): call from a worker thread in the GUI.
class AuthService {
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    AuthService(DatabasePtr database, ServiceConfig config);

    Result<bool> hasUsers();
    Result<User> signIn(const QString& email, const QString& password);
    // Without an actor only while the database has no users: that bootstraps the first admin.
    Result<User> createUser(const std::optional<Actor>& actor, NewUser input);
    Result<User> findByEmail(const QString& email);

private:
    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
