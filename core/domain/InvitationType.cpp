#include "core/domain/InvitationType.h"

namespace invitedesk::invitation_types {

bool isPracticeStaff(InvitationType type)
{
    return type == Role::OfficeAdmin || type == Role::MedicalStaff;
}

} // namespace invitedesk::invitation_types
