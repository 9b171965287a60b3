#include "core/services/InvitationBatchLookup.h"

#include "core/storage/ImportRepository.h"

namespace invitedesk {

InvitationBatchLookup::InvitationBatchLookup(Database& database, QSqlDatabase db,
                                             const Actor& actor)
    : InvitationRowLookup(database, std::move(db), actor)
{}

Result<void> InvitationBatchLookup::prefetch(const QStringList& emails,
                                             const QStringList& uplineEmails)
{
    ImportRepository repo(m_database, m_db);
    auto taken = repo.takenEmails(m_organizationId, emails);
    if (!taken)
        return taken.error();
    m_accounts = std::move(taken->accounts);
    m_openInvitations = std::move(taken->openInvitations);
    auto uplines = repo.usersByEmail(uplineEmails);
    if (!uplines)
        return uplines.error();
    m_uplines = std::move(uplines.value());
    return {};
}

Result<std::optional<User>> InvitationBatchLookup::userByEmail(const QString& email)
{
    const auto it = m_uplines.constFind(email);
    if (it == m_uplines.cend())
        return std::optional<User>();
    return std::optional<User>(*it);
}

Result<bool> InvitationBatchLookup::isInActorsDownline(const QString& userId)
{
    if (!m_downline) {
        auto ids = ImportRepository(m_database, m_db).downlineIds(m_actorId);
        if (!ids)
            return ids.error();
        m_downline = std::move(ids.value());
    }
    return m_downline->contains(userId);
}

Result<bool> InvitationBatchLookup::hasAccount(const QString& email)
{
    return m_accounts.contains(email);
}

Result<bool> InvitationBatchLookup::hasOpenInvitation(const QString& email)
{
    return m_openInvitations.contains(email);
}

} // namespace invitedesk
