#pragma once

#include "core/domain/InvitationQuery.h"

#include <optional>

namespace invitedesk::ui::invitation_sort {

// The sort key a column of InvitationTableModel sorts by; none for a column that cannot sort.
std::optional<InvitationQuery::SortKey> keyFor(int column);
// The column that shows a sort key (the header's indicator); Created for the others.
int columnFor(InvitationQuery::SortKey key);

} // namespace invitedesk::ui::invitation_sort
