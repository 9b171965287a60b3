#include "core/services/ReadAudit.h"

#include "core/services/ActorAudit.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

namespace invitedesk {

Result<void> ReadAudit::record(Database& database, const ServiceConfig& config, const Actor& actor,
                               AuditAction action, const QString& invitationId,
                               const QJsonObject& details)
{
    Transaction tx(database);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = AuditLog::append(tx, actor.id, audit_actions::name(action), invitationId,
                                  withActorToken(actor, details), config.now());
        !r)
        return r;
    return tx.commit();
}

bool ReadAudit::isRead(const QString& actionName)
{
    const auto action = audit_actions::fromName(actionName);
    return action == AuditAction::InvitationViewed || action == AuditAction::InvitationsExported ||
           action == AuditAction::AuditExported;
}

} // namespace invitedesk
