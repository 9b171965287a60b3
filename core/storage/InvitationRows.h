#pragma once

#include "core/domain/Invitation.h"
#include "core/domain/InvitationQuery.h"

#include <QString>

class QSqlQuery;

namespace invitedesk {
class Database;
}

namespace invitedesk::invitation_rows {

// How the invitation repositories read a whole invitation: one select list over
// user_invitations (alias i) with its organisation, inviter (inv) and upline (par), and the
// reader of its rows. `status` is the status column's expression (a read may present what is
// past its expiry as expired, status_sql::current).
// "<columns> FROM … JOIN …", without "SELECT ".
QString select(const Database& database, const QString& status);
Invitation read(const QSqlQuery& q);
// The column a sort key orders by.
QString sortColumn(InvitationQuery::SortKey key);

} // namespace invitedesk::invitation_rows
