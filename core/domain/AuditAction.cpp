#include "core/domain/AuditAction.h"

namespace invitedesk::audit_actions {

namespace {
struct ActionInfo {
    AuditAction action;
    const char* name;
};
constexpr ActionInfo kActions[] = {
    {AuditAction::InvitationCreated, "invitation.created"},
    {AuditAction::InvitationUpdated, "invitation.updated"},
    {AuditAction::InvitationCancelled, "invitation.cancelled"},
    {AuditAction::InvitationResent, "invitation.resent"},
    {AuditAction::InvitationExpired, "invitation.expired"},
    {AuditAction::InvitationOpened, "invitation.opened"},
    {AuditAction::InvitationAccepted, "invitation.accepted"},
    {AuditAction::MailSent, "mail.sent"},
    {AuditAction::MailDeferred, "mail.deferred"},
    {AuditAction::MailFailed, "mail.failed"},
    {AuditAction::ReminderQueued, "reminder.queued"},
    {AuditAction::ReminderSent, "reminder.sent"},
    {AuditAction::UserCreated, "user.created"},
    {AuditAction::OrganizationUpdated, "organization.updated"},
    {AuditAction::PlatformUpdated, "platform.updated"},
    {AuditAction::ApiTokenCreated, "api_token.created"},
    {AuditAction::ApiTokenRevoked, "api_token.revoked"},
    {AuditAction::UserDeactivated, "user.deactivated"},
    {AuditAction::UserReactivated, "user.reactivated"},
    {AuditAction::UserMoved, "user.moved"},
    {AuditAction::UserPasswordChanged, "user.password_changed"},
    {AuditAction::UserPasswordResetRequested, "user.password_reset_requested"},
    {AuditAction::UserPasswordReset, "user.password_reset"},
    {AuditAction::InvitationViewed, "invitation.viewed"},
    {AuditAction::InvitationsExported, "invitations.exported"},
    {AuditAction::AuditExported, "audit.exported"},
    {AuditAction::UserLocked, "user.locked"},
    {AuditAction::UserUnlocked, "user.unlocked"},
    {AuditAction::AuditErased, "audit.erased"},
    {AuditAction::InvitationLinkShared, "invitation.link_shared"},
};
} // namespace

QString name(AuditAction action)
{
    for (const auto& info : kActions) {
        if (info.action == action)
            return QString::fromLatin1(info.name);
    }
    return {};
}

std::optional<AuditAction> fromName(const QString& name)
{
    for (const auto& info : kActions) {
        if (name == QLatin1String(info.name))
            return info.action;
    }
    return std::nullopt;
}

const QList<AuditAction>& all()
{
    static const QList<AuditAction> list = [] {
        QList<AuditAction> l;
        for (const auto& info : kActions)
            l << info.action;
        return l;
    }();
    return list;
}

} // namespace invitedesk::audit_actions
