#include "core/services/InvitationRowLookup.h"

#include "core/storage/InvitationRepository.h"
#include "core/storage/UserRepository.h"

namespace invitedesk {

InvitationRowLookup::InvitationRowLookup(Database& database, QSqlDatabase db, const Actor& actor)
    : m_database(database), m_db(std::move(db)), m_actorId(actor.id),
      m_organizationId(actor.organizationId)
{}

Result<std::optional<User>> InvitationRowLookup::userById(const QString& id)
{
    return UserRepository(m_database, m_db).findById(id);
}

Result<std::optional<User>> InvitationRowLookup::userByEmail(const QString& email)
{
    return UserRepository(m_database, m_db).findByEmail(email);
}

Result<bool> InvitationRowLookup::isInActorsDownline(const QString& userId)
{
    return UserRepository(m_database, m_db).isInDownline(m_actorId, userId);
}

Result<bool> InvitationRowLookup::hasAccount(const QString& email)
{
    auto user = userByEmail(email);
    if (!user)
        return user.error();
    return user.value().has_value();
}

Result<bool> InvitationRowLookup::hasOpenInvitation(const QString& email)
{
    return InvitationRepository(m_database, m_db).hasOpenInvitation(email, m_organizationId);
}

Result<qint64> InvitationRowLookup::createdByActorSince(const QDateTime& since)
{
    return InvitationRepository(m_database, m_db).countCreatedBy(m_actorId, since);
}

} // namespace invitedesk
