#pragma once

#include "core/domain/Role.h"

namespace invitedesk {

// An invitation type grants the role of the same name; the ten types are the ten roles.
using InvitationType = Role;

namespace invitation_types {
inline QString name(InvitationType type)
{
    return roles::name(type);
}
inline std::optional<InvitationType> fromName(const QString& name)
{
    return roles::fromName(name);
}
inline const QList<InvitationType>& all()
{
    return roles::all();
}
// Types whose new user works for a practice (upline: the practice's doctor).
bool isPracticeStaff(InvitationType type);
} // namespace invitation_types

} // namespace invitedesk
