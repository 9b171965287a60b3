#pragma once

#include "core/Error.h"
#include "core/domain/SignInThrottle.h"
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

// Why a sign-in was refused before its password was checked: a caller may wait and try again
// (the command line sleeps; the desk says when), or say until when the account is locked.
struct SignInWait {
    int retryAfterSeconds = 0; // > 0: too many failures just now, try again after this
    QDateTime lockedUntil;     // valid: the account is locked until then
};

// Accounts: sign-in and creating users by hand (the first admin, or an admin adding one).
// Password hashing is slow on purpose (scrypt): call from a worker thread in the GUI.
// Every sign-in (the desk's dialog and its idle lock, `--as`, the current password of a
// password change) goes through signIn and so through sign_in_throttle
// (core/domain/SignInThrottle): failures in a row slow it down, the 10th locks the account for
// 15 minutes (one transaction with its user.locked audit event), a right password ends the
// run. Nothing here sleeps: a refused try says how long to wait.
class AuthService {
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    AuthService(DatabasePtr database, ServiceConfig config);

    Result<bool> hasUsers();
    // The user, or Unauthenticated (wrong e-mail or password; the same for an unknown e-mail),
    // or NotPermitted without checking the password while the account must wait (field
    // "password") or is locked (field "email"; the message says until when), with `wait` filled.
    Result<User> signIn(const QString& email, const QString& password, SignInWait* wait = nullptr);
    // Without an actor only while the database has no users: that bootstraps the first admin.
    Result<User> createUser(const std::optional<Actor>& actor, NewUser input);
    Result<User> findByEmail(const QString& email);
    // What a refused password or e-mail is told (Unauthenticated, field "password").
    static Error wrongCredentialsError();

private:
    // signIn on a person's own login (Database::isPersonSession): PostgreSQL checks the
    // password and keeps no count of failures the desk could see, so only a lock set elsewhere
    // (failed sign-ins on a service account, an administrator) is honoured here.
    Result<User> signInPerson(const QString& email, const QString& password, SignInWait* wait);
    // One more failure of the user's run, and the lock (with its audit event) on the 10th.
    Result<SignInState> recordFailure(const QString& userId, const QString& email);

    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
