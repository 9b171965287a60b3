#pragma once

#include "core/Error.h"
#include "core/domain/AuditAction.h"
#include "core/domain/User.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace invitedesk {

// Reads and exports of invitee data are audit events too (issue 15, item 2): one event per
// call (an export, an invitation's details), never one per row, in a transaction of its own.
// Called by the services after the read, so every adapter (desk, command line, API) gets it.
class ReadAudit {
public:
    static Result<void> record(Database& database, const ServiceConfig& config, const Actor& actor,
                               AuditAction action, const QString& invitationId,
                               const QJsonObject& details);
    // The actions that record a read, not a change (an invitation's timeline leaves them out).
    static bool isRead(const QString& actionName);
};

} // namespace invitedesk
