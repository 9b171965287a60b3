#include "ui/models/InvitationSortColumns.h"

#include "ui/models/InvitationTableModel.h"

namespace invitedesk::ui::invitation_sort {

std::optional<InvitationQuery::SortKey> keyFor(int column)
{
    using K = InvitationQuery::SortKey;
    switch (column) {
    case InvitationTableModel::NameColumn:
        return K::LastName;
    case InvitationTableModel::EmailColumn:
        return K::Email;
    case InvitationTableModel::TypeColumn:
        return K::Type;
    case InvitationTableModel::StatusColumn:
        return K::Status;
    case InvitationTableModel::CreatedColumn:
        return K::CreatedAt;
    case InvitationTableModel::ExpiresColumn:
        return K::ExpiresAt;
    default:
        return std::nullopt;
    }
}

int columnFor(InvitationQuery::SortKey key)
{
    using K = InvitationQuery::SortKey;
    switch (key) {
    case K::LastName:
        return InvitationTableModel::NameColumn;
    case K::Email:
        return InvitationTableModel::EmailColumn;
    case K::Type:
        return InvitationTableModel::TypeColumn;
    case K::Status:
        return InvitationTableModel::StatusColumn;
    case K::ExpiresAt:
        return InvitationTableModel::ExpiresColumn;
    default:
        return InvitationTableModel::CreatedColumn;
    }
}

} // namespace invitedesk::ui::invitation_sort
