#pragma once

#include "core/services/InvitationRequests.h"

#include <QJsonObject>

namespace invitedesk::cli {

class CliContext;

// How a bulk cancel/resend was asked for: by ids, or every invitation matching filters.
enum class BulkRequest { ByIds, AllMatching };

// The one report of a bulk cancel/resend. Done items go to stdout ("ID: cancelled", or with
// --json the items of bulkItemJson; a single id that succeeded prints just its invitation),
// and for --all-matching a closing "N cancelled, M refused." line. Every refusal goes to
// stderr ("invitedesk: ID: field: message"), with --json too. Returns 0, or the exit code of
// the worst refusal (1; 3 when the environment failed).
int reportBulk(CliContext& ctx, const BulkResult& result, const QString& verb, BulkRequest request);

// One item of a bulk cancel/resend as --json prints it: id, ok, and the invitation's status
// and record, or the error's message, field and code.
QJsonObject bulkItemJson(const BulkItemResult& item);

} // namespace invitedesk::cli
