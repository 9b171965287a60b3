#pragma once

#include "core/Error.h"
#include "core/domain/InvitationType.h"
#include "core/domain/User.h"

#include <functional>

namespace invitedesk {

// Who may invite whom: the one table of the design (core/domain/InvitePolicy.cpp).
namespace invite_policy {
bool mayInvite(Role inviter, InvitationType type);
// The matrix as a refusal a person reads: "A sales rep may not invite a distributor." (field
// "type"), or nothing when the inviter may invite the type.
Result<void> checkMayInvite(Role inviter, InvitationType type);
// The types an inviter may choose from, in the order of roles::all().
QList<InvitationType> invitableTypes(Role inviter);
// The types whose invitations can appear in a viewer's list: what they may invite, what the
// people they may invite may invite, and so on down (their downline's invitations). In the
// order of roles::all(); every type for an administrator, none for a role that invites nobody.
QList<InvitationType> visibleTypes(Role viewer);
// Whether the inviter may name a member of its downline as the new user's upline
// (sales-chain roles can; practice staff always go under the practice's doctor).
bool mayChooseUpline(Role inviter, InvitationType type);
// The role a named upline must have for a type, e.g. a doctor's upline is a sales rep
// (or anyone above in the chain). Empty: any role in the inviter's downline.
bool isAcceptableUpline(Role uplineRole, InvitationType type);
// The upline a new user gets when the inviter names none: the inviter, or for practice
// staff invited by an office admin, the practice's doctor (empty when it has none).
QString defaultUpline(const User& inviter, InvitationType type);
// The one rule of who may invite whom under which upline, for create, resend, update and
// import alike: the matrix, then the upline. `named` is the (active) user the inviter names
// as upline, or nullptr for none; `inDownline(id)` says whether a user is in the inviter's
// downline and is asked only when it matters. Returns the upline to store, or an error
// naming "type" or "parent" with the message a person sees.
// The practice the create form fills in for an inviter: an office admin's own practice (the
// one the invitation that made them named, else their organisation's name when it is a
// practice); empty for everyone else, who types it.
QString prefilledPractice(const User& inviter, const QString& ownInvitationPractice,
                          const QString& organizationKind, const QString& organizationName);
using DownlineTest = std::function<Result<bool>(const QString& userId)>;
Result<QString> checkInvite(const User& inviter, InvitationType type, const User* named,
                            const DownlineTest& inDownline);
} // namespace invite_policy

} // namespace invitedesk
