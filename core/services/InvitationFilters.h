#pragma once

#include "core/Error.h"
#include "core/domain/InvitationQuery.h"

#include <QStringList>

namespace invitedesk {

// The list filters given by name (the command line's --status/--type, the integration API's
// status/type parameters): one parser, one message for an unknown name.
namespace invitation_filters {
// Comma-separated names; empty parts are skipped. Error::invalid("status"|"type", ...).
Result<QList<InvitationStatus>> statuses(const QString& commaSeparated);
Result<QList<InvitationType>> types(const QString& commaSeparated);
} // namespace invitation_filters

} // namespace invitedesk
