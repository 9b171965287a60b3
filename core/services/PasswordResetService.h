#pragma once

#include "core/Error.h"
#include "core/domain/PasswordReset.h"
#include "core/domain/Person.h"
#include "core/domain/User.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <optional>

namespace invitedesk {

class Transaction;

// Where one reset link stands, with what the page shows (the person, the organisation).
struct PasswordResetLookup {
    PasswordResetState state = PasswordResetState::Open;
    PasswordResetRecord reset;
};

// What the person sends to set the new password; the confirmation is checked when given.
struct PasswordResetRequest {
    QString token;
    QString password;
    std::optional<QString> passwordConfirmation;
};

// A reset that passed every check but the race: what the transaction needs.
struct PreparedPasswordReset {
    PasswordResetRecord reset;
    QByteArray linkHash; // the hash of the link it came through, never the token
    // Kept until complete() for the person's database login (PersonLoginRepository), which
    // takes its SCRAM verifier; never stored.
    QString password;
};

// Password resets, both ends, with every rule of them:
//  - requestReset: an upline (or an admin) asks for a reset e-mail for someone; who may is
//    people_policy (PeopleAction::ResetPassword: not oneself, not a deactivated person). One
//    transaction revokes the person's earlier open resets (their links then answer 410,
//    "replaced"), records the reset, queues its e-mail (no token: the outbox dispatcher mints
//    the link's token when it sends the message and keeps only its SHA-256) and appends
//    user.password_reset_requested.
//  - the link: lookup, then prepare -> hash -> complete (the handler hashes on its own pool,
//    as for accepting an invitation; reset() does all three). A link works once, for 24
//    hours from when its e-mail was sent, while the person is active; the new password
//    follows the password policy. Completing sets the password and appends
//    user.password_reset in one transaction guarded so that only one use wins.
// No actor on the link side: the token is the credential.
class PasswordResetService {
    Q_DECLARE_TR_FUNCTIONS(PasswordResetService)

public:
    PasswordResetService(DatabasePtr database, ServiceConfig config);

    // The person is named by e-mail or id. Returns them as the People list shows them.
    Result<Person> requestReset(const Actor& actor, const QString& person);

    // NotFound for an unknown token (the same work for any text: one hash, one indexed query).
    Result<PasswordResetLookup> lookup(const QString& token);
    // Checks the link (NotFound/Gone), the confirmation and the password policy (InvalidInput
    // naming "password" or "password_confirmation").
    Result<PreparedPasswordReset> prepare(const PasswordResetRequest& request);
    // Sets the password hash and uses the reset up. Gone when it was used, replaced or
    // expired, or the account deactivated, meanwhile.
    Result<User> complete(const PreparedPasswordReset& prepared, const QString& passwordHash);
    Result<User> reset(const PasswordResetRequest& request);

    // Gone with a message for a state other than Open (field "token").
    static Error goneError(const PasswordResetLookup& lookup);

private:
    Result<PasswordResetLookup> lookupOnce(const QByteArray& linkHash);
    Error linkChanged(const QByteArray& linkHash);
    Result<User> completeByLink(Transaction& tx, const PreparedPasswordReset& prepared,
                                const QString& passwordHash);

    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
