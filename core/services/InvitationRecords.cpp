#include "core/services/InvitationRecords.h"

#include "core/domain/AuditAction.h"
#include "core/services/ActorAudit.h"

namespace invitedesk {

InvitationRecords::InvitationRecords(const ServiceConfig& config, const QDateTime& now)
    : m_publicUrl(config.publicUrl), m_defaultLanguage(config.defaultLanguage), m_now(now)
{}

InvitationRecords::InvitationRecords(const ServiceConfig& config, const QDateTime& now,
                                     QString linkBase)
    : m_publicUrl(std::move(linkBase)), m_defaultLanguage(config.defaultLanguage), m_now(now)
{}

Invitation InvitationRecords::pending(QString id, const Actor& actor,
                                      const Organization& organization, const NewInvitation& input,
                                      InvitationType type, const QString& parentUserId) const
{
    Invitation inv;
    inv.id = std::move(id);
    inv.email = input.email;
    inv.firstName = input.firstName;
    inv.lastName = input.lastName;
    inv.type = type;
    inv.status = InvitationStatus::Pending;
    inv.organizationId = actor.organizationId;
    inv.organizationName = organization.name;
    inv.invitedById = actor.id;
    inv.invitedByEmail = actor.email;
    inv.invitedByName = actor.fullName();
    inv.parentUserId = parentUserId;
    inv.message = input.message;
    inv.language = input.language.isEmpty() ? m_defaultLanguage : input.language;
    inv.details = input.details;
    inv.validityDays = input.expiresDays.value_or(organization.expiryDays);
    inv.expiresAt = m_now.addDays(inv.validityDays);
    inv.emailDeliveryStatus = QStringLiteral("queued");
    inv.createdAt = m_now;
    inv.updatedAt = m_now;
    inv.version = 1;
    return inv;
}

OutboxMessage InvitationRecords::message(const Invitation& invitation) const
{
    OutboxMessage m;
    m.invitationId = invitation.id;
    m.kind = QStringLiteral("invitation");
    m.recipient = invitation.email;
    m.language = invitation.language;
    m.publicUrl = m_publicUrl;
    m.nextAttemptAt = m_now;
    m.createdAt = m_now;
    return m;
}

AuditEvent InvitationRecords::created(const Actor& actor, const Invitation& invitation,
                                      const QString& expiresAtText) const
{
    AuditEvent e;
    e.occurredAt = m_now;
    e.actorUserId = actor.id;
    e.action = audit_actions::name(AuditAction::InvitationCreated);
    e.invitationId = invitation.id;
    e.details = withActorToken(
        actor, QJsonObject{{QStringLiteral("email"), invitation.email},
                           {QStringLiteral("type"), invitation_types::name(invitation.type)},
                           {QStringLiteral("parent_user_id"), invitation.parentUserId},
                           {QStringLiteral("expires_at"), expiresAtText}});
    return e;
}

} // namespace invitedesk
