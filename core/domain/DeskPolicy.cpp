#include "core/domain/DeskPolicy.h"

namespace invitedesk::desk_policy {

bool mayConfigureConnections(Role role)
{
    return role == Role::Admin;
}

} // namespace invitedesk::desk_policy
