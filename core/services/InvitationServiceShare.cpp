// InvitationService: what the create dialog starts with, and a link made
// for staff to pass on by phone or text (issue 18, items 8 and 13).
#include "core/services/InvitationService.h"

#include "core/domain/AuditAction.h"
#include "core/domain/InvitePolicy.h"
#include "core/security/TokenGenerator.h"
#include "core/services/ActorAudit.h"
#include "core/services/InvitationValidator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/InvitationLinkRepository.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/PlatformSettingsRepository.h"
#include "core/storage/Transaction.h"

namespace invitedesk {

Result<QString> InvitationService::linkBase()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return PlatformSettingsRepository(*m_database, conn.value()).linkBase(m_config.publicUrl);
}

Result<InvitationService::CreateDefaults> InvitationService::createDefaults(const Actor& actor)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    CreateDefaults d;
    d.language = invitation_validation::checkLanguage(m_config.defaultLanguage)
                     ? m_config.defaultLanguage
                     : QStringLiteral("en");
    auto org = OrganizationRepository(*m_database, conn.value()).findById(actor.organizationId);
    if (!org)
        return org.error();
    QString orgKind;
    QString orgName;
    if (org.value()) {
        const Organization& o = *org.value();
        if (invitation_validation::checkLanguage(o.defaultLanguage))
            d.language = o.defaultLanguage;
        d.expiryDays = o.expiryDays;
        orgKind = o.kind;
        orgName = o.name;
    }
    QString ownPractice;
    if (actor.role == Role::OfficeAdmin && !actor.invitationId.isEmpty()) {
        auto own = InvitationRepository(*m_database, conn.value(), m_config.now())
                       .findById(actor.invitationId);
        if (!own)
            return own.error();
        if (own.value())
            ownPractice = own.value()->details.practiceName;
    }
    d.practiceName = invite_policy::prefilledPractice(actor, ownPractice, orgKind, orgName);
    return d;
}

Result<InvitationService::SharedLink> InvitationService::shareLink(const Actor& actor,
                                                                   const QString& id)
{
    if (invitation_validation::isUuid(id.trimmed())) {
        if (auto r = expireScoped({{}, {id.trimmed()}}); !r)
            return r.error();
    }
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto loaded = loadVisible(tx.database(), tx.db(), actor, id, now);
    if (!loaded)
        return loaded.error();
    const Invitation inv = loaded.value();
    if (auto r = authoriseExisting(tx, actor, inv); !r)
        return r.error();
    if (!statuses::isOpen(inv.status) || inv.expiresAt <= now)
        return Error::make(Error::Code::Conflict,
                           tr("Only an open invitation can have a link shared; this one is "
                              "%1. Resend it first.")
                               .arg(statuses::name(inv.status)),
                           QStringLiteral("status"));
    auto base = PlatformSettingsRepository(tx.database(), tx.db()).linkBase(m_config.publicUrl);
    if (!base)
        return base.error();
    const QString token = tokens::generate();
    if (token.isEmpty())
        return Error::make(Error::Code::Internal,
                           tr("The random generator failed: no link could be made."));
    InvitationLink link;
    link.tokenHash = tokens::hash(token);
    link.invitationId = inv.id;
    link.kind = QStringLiteral("invitation");
    if (auto r = InvitationLinkRepository::insertMany(tx, {link}, now); !r)
        return r.error();
    if (auto r = AuditLog::append(
            tx, actor.id, audit_actions::name(AuditAction::InvitationLinkShared), inv.id,
            withActorToken(
                actor, {{QStringLiteral("email"), inv.email},
                        {QStringLiteral("expires_at"), inv.expiresAt.toString(Qt::ISODateWithMs)}}),
            now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    SharedLink shared;
    shared.token = token;
    shared.linkBase = base.value();
    shared.invitationId = inv.id;
    shared.expiresAt = inv.expiresAt;
    return shared;
}

} // namespace invitedesk
