#pragma once

#include "core/domain/Role.h"

namespace invitedesk::desk_policy {

// Whether a person may see and change this computer's connections: the database, the mail
// relay, the public link address and the built-in link handler. Administrators only: the
// other roles invite and review; a wrong relay or database on a shared desk would send their
// colleagues' invitations nowhere. Before anyone signs in (the database cannot be opened) the
// desk shows them to whoever sits there, which is how IT sets a desk up.
bool mayConfigureConnections(Role role);

} // namespace invitedesk::desk_policy
