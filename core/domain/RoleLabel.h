#pragma once

#include "core/domain/Role.h"

namespace invitedesk::roles {

// The label's English source text, untranslated (roles::label translates it): the key of its
// translations in the catalogues (context "Role"), for code that matches labels in every
// language (invitation_type_text).
const char* sourceLabel(Role role);

} // namespace invitedesk::roles
