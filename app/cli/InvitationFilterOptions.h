#pragma once

#include "core/Error.h"
#include "core/domain/InvitationQuery.h"

#include <QCommandLineOption>

namespace invitedesk::cli {

class CliContext;

// The list filters (--status, --type, --search) of `list`, `export` and the bulk forms of
// `cancel`/`resend`, spelled and checked in this one place.
QList<QCommandLineOption> invitationFilterOptions();
// --limit N, for the commands that take one (`list`, `export`, `audit list`).
QCommandLineOption limitOption(const QString& help);
// --limit when the command has that option and it is set (0 = all), else defaultLimit.
Result<int> limitFrom(const CliContext& ctx, int defaultLimit);
bool anyInvitationFilterSet(const CliContext& ctx);
// The query for the options given; its limit is --limit when the command has that option and
// it is set, else defaultLimit (0 = all).
Result<InvitationQuery> invitationQueryFrom(const CliContext& ctx, int defaultLimit = 0);

} // namespace invitedesk::cli
