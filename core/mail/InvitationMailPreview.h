#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/mail/MailRenderer.h"
#include "core/services/InvitationRequests.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace invitedesk {

// "Preview e-mail" (issue 18, item 13): the invitation e-mail an input would send, as the
// invitee gets it. The dispatcher's renderer and templates (MailRenderer, MailTemplates: the
// deployment's folder first), the input's language (else the organisation's default,
// InvitationService::createDefaults), the actor's organisation's branding, the actor as the
// inviter, and the real link address with a placeholder where the token goes: no token is
// made and nothing is stored. The input's type must be one the actor may invite.
class InvitationMailPreview {
    Q_DECLARE_TR_FUNCTIONS(InvitationMailPreview)

public:
    InvitationMailPreview(DatabasePtr database, ServiceConfig config,
                          MailTemplates templates = MailTemplates::fromEnvironment());

    Result<RenderedMail> render(const Actor& actor, const NewInvitation& input) const;

    // What stands in the preview's link where the token goes (no token has this shape).
    static QString placeholderToken() { return QStringLiteral("preview-no-link-yet"); }

private:
    DatabasePtr m_database;
    ServiceConfig m_config;
    MailRenderer m_renderer;
};

} // namespace invitedesk
