#pragma once

#include "core/domain/InvitationType.h"

namespace invitedesk {

// Who may invite whom: the one table of the design (core/domain/InvitePolicy.cpp).
namespace invite_policy {
bool mayInvite(Role inviter, InvitationType type);
// The types an inviter may choose from, in the order of roles::all().
QList<InvitationType> invitableTypes(Role inviter);
// Whether the inviter may name a member of its downline as the new user's upline
// (sales-chain roles can; practice staff always go under the practice's doctor).
bool mayChooseUpline(Role inviter, InvitationType type);
// The role a named upline must have for a type, e.g. a doctor's upline is a sales rep
// (or anyone above in the chain). Empty: any role in the inviter's downline.
bool isAcceptableUpline(Role uplineRole, InvitationType type);
} // namespace invite_policy

} // namespace invitedesk
