#pragma once

#include "core/domain/InvitationQuery.h"
#include "core/domain/User.h"
#include "core/storage/InvitationVisibility.h"
#include "core/storage/StatusBinding.h"

#include <QDateTime>

namespace invitedesk {

class Database;

// The WHERE of the invitation list and its count (InvitationRepository::list/count): what the
// actor may see, then the query's filters, each status as at `asOf` (status_sql::current;
// the stored one when asOf is invalid). needsAttention writes AttentionRules in SQL.
class InvitationListFilter {
public:
    InvitationListFilter(const Database& database, QDateTime asOf)
        : m_database(database), m_asOf(std::move(asOf))
    {}

    InvitationVisibility where(const Actor& actor, const InvitationQuery& query) const;
    // The status every read selects, sorts and filters by, and "it is one of `wanted`".
    status_sql::Fragment statusColumn() const;
    status_sql::Fragment statusIn(const QList<InvitationStatus>& wanted) const;
    // AttentionRules::reasonOf() names a reason: bounced, never delivered, or open and
    // expiring within AttentionRules::kExpiringSeconds of asOf.
    status_sql::Fragment needsAttention() const;

private:
    // statusIn() as disjoint conjunctions (status_sql::currentArms).
    QList<status_sql::Fragment> statusArms(const QList<InvitationStatus>& wanted) const;

    const Database& m_database;
    QDateTime m_asOf;
};

} // namespace invitedesk
