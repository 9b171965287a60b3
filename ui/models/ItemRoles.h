#pragma once

#include <Qt>

namespace invitedesk::ui {

// Data roles shared by our models and delegates.
enum ItemRole {
    StatusRole = Qt::UserRole + 1, // int(InvitationStatus) for the status badge
    IdRole,                        // the row's invitation id (QString)
    SortRole,                      // raw value the column sorts by
    RowObjectRole,                 // the whole row (QVariant::fromValue<Invitation>)
    HighlightRole,                 // bool: the row changed behind the user's back just now
    DeliveryStateRole,             // int(DeliveryState): a saved-only e-mail's own badge
};

} // namespace invitedesk::ui
