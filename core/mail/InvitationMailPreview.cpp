#include "core/mail/InvitationMailPreview.h"

#include "core/domain/InvitePolicy.h"
#include "core/services/InvitationService.h"
#include "core/storage/OrganizationRepository.h"

namespace invitedesk {

InvitationMailPreview::InvitationMailPreview(DatabasePtr database, ServiceConfig config,
                                             MailTemplates templates)
    : m_database(std::move(database)), m_config(std::move(config)), m_renderer(std::move(templates))
{}

Result<RenderedMail> InvitationMailPreview::render(const Actor& actor,
                                                   const NewInvitation& input) const
{
    const auto type = invitation_types::fromName(input.type.trimmed().toLower());
    if (!type)
        return Error::invalid(QStringLiteral("type"), tr("Choose what to invite them as."));
    if (auto r = invite_policy::checkMayInvite(actor.role, *type); !r)
        return r.error();
    InvitationService invitations(m_database, m_config);
    auto defaults = invitations.createDefaults(actor);
    if (!defaults)
        return defaults.error();
    auto base = invitations.linkBase();
    if (!base)
        return base.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto org = OrganizationRepository(*m_database, conn.value()).findById(actor.organizationId);
    if (!org)
        return org.error();

    MailContext c;
    c.kind = MailKind::Invitation;
    c.language = MailTemplates::normalizeLanguage(
        input.language.trimmed().isEmpty() ? defaults->language : input.language);
    c.invitation.email = input.email.trimmed().toLower();
    c.invitation.firstName = input.firstName.trimmed();
    c.invitation.lastName = input.lastName.trimmed();
    c.invitation.type = *type;
    c.invitation.message = input.message.trimmed();
    c.invitation.language = c.language;
    c.invitation.details = input.details;
    c.invitation.expiresAt =
        m_config.now().addDays(input.expiresDays.value_or(defaults->expiryDays));
    c.invitation.organizationId = actor.organizationId;
    c.invitation.invitedById = actor.id;
    c.invitation.invitedByName = actor.fullName();
    c.invitation.invitedByEmail = actor.email;
    c.organization = org.value().value_or(Organization{});
    c.inviterName = actor.fullName();
    c.inviterEmail = actor.email;
    c.link = MailRenderer::inviteLink(base.value(), placeholderToken());
    return m_renderer.render(c);
}

} // namespace invitedesk
