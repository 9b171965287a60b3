#pragma once

#include "core/Error.h"
#include "core/domain/InvitationQuery.h"

#include <QCommandLineOption>

namespace invitedesk::cli {

class CliContext;

// The list filters (--status, --type, --search) shared by `export` and the bulk forms of
// `cancel`/`resend`, spelled and checked as `list` does.
QList<QCommandLineOption> invitationFilterOptions();
bool anyInvitationFilterSet(const CliContext& ctx);
// The query for the options given; limit 0 (all).
Result<InvitationQuery> invitationQueryFrom(const CliContext& ctx);

} // namespace invitedesk::cli
