#pragma once

#include "core/Error.h"
#include "core/domain/User.h"

#include <QDateTime>

#include <optional>

namespace invitedesk {

// What the invitation planner asks of the database, always for one actor (the inviter) in
// its organisation. InvitationRowLookup asks the database question by question (a single
// invite, a batch from the desk or the command line); InvitationBatchLookup answers from
// what it fetched for a whole chunk of an import in a few queries. Errors are the
// database's (Environment, Internal), never a refusal.
class InvitationPlanLookup {
public:
    virtual ~InvitationPlanLookup() = default;

    // The user with this id, or this (lower-case) e-mail; active or not. nullopt: none.
    virtual Result<std::optional<User>> userById(const QString& id) = 0;
    virtual Result<std::optional<User>> userByEmail(const QString& email) = 0;
    // Whether the user is below the actor in the upline tree.
    virtual Result<bool> isInActorsDownline(const QString& userId) = 0;
    // Whether an account has this e-mail.
    virtual Result<bool> hasAccount(const QString& email) = 0;
    // Whether the e-mail has an open (pending or sent) invitation in the actor's organisation.
    virtual Result<bool> hasOpenInvitation(const QString& email) = 0;
    // How many invitations the actor created since `since`.
    virtual Result<qint64> createdByActorSince(const QDateTime& since) = 0;
};

} // namespace invitedesk
