#pragma once

#include "core/services/InvitationPlanLookup.h"
#include "core/storage/Database.h"

namespace invitedesk {

// The planner's questions, each one query on the given connection (inside the caller's
// transaction): for a single invite and the desk's or the command line's batches.
class InvitationRowLookup : public InvitationPlanLookup {
public:
    InvitationRowLookup(Database& database, QSqlDatabase db, const Actor& actor);

    Result<std::optional<User>> userById(const QString& id) override;
    Result<std::optional<User>> userByEmail(const QString& email) override;
    Result<bool> isInActorsDownline(const QString& userId) override;
    Result<bool> hasAccount(const QString& email) override;
    Result<bool> hasOpenInvitation(const QString& email) override;
    Result<qint64> createdByActorSince(const QDateTime& since) override;

protected:
    Database& m_database;
    QSqlDatabase m_db;
    QString m_actorId;
    QString m_organizationId;
};

} // namespace invitedesk
