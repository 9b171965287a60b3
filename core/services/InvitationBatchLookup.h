#pragma once

#include "core/services/InvitationRowLookup.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace invitedesk {

// The planner's questions for an import: those asked for every row answered from what
// prefetch() read for a whole chunk of rows in two queries (ImportRepository: the e-mails
// travel as one JSON array) instead of a few queries per row; the actor's downline read
// once, when first needed; the rest asked as for a single invite. An import that writes
// while it validates gives it a connection of its own, so its own uncommitted rows never
// count as taken.
class InvitationBatchLookup : public InvitationRowLookup {
public:
    InvitationBatchLookup(Database& database, QSqlDatabase db, const Actor& actor);

    // Reads what the next questions are about: which of `emails` have an account or an open
    // invitation, and the users named by `uplineEmails` (all lower-case). Replaces what the
    // previous call read; the downline stays.
    Result<void> prefetch(const QStringList& emails, const QStringList& uplineEmails);

    // userById and createdByActorSince (asked at most once) query as for a single invite.
    Result<std::optional<User>> userByEmail(const QString& email) override;
    Result<bool> isInActorsDownline(const QString& userId) override;
    Result<bool> hasAccount(const QString& email) override;
    Result<bool> hasOpenInvitation(const QString& email) override;

private:
    QSet<QString> m_accounts;
    QSet<QString> m_openInvitations;
    QHash<QString, User> m_uplines;          // by e-mail
    std::optional<QSet<QString>> m_downline; // user ids, read once when needed
};

} // namespace invitedesk
