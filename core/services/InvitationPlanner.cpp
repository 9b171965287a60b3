#include "core/services/InvitationPlanner.h"

#include "core/domain/InvitePolicy.h"
#include "core/services/InvitationPlanLookup.h"
#include "core/services/InvitationValidator.h"

namespace invitedesk {

InvitationPlanner::InvitationPlanner(const Actor& actor, InvitationPlanLookup& lookup, Quota quota)
    : m_actor(actor), m_lookup(lookup), m_quota(std::move(quota))
{}

bool InvitationPlanner::isRefusal(const Error& error)
{
    return error.code != Error::Code::Environment && error.code != Error::Code::Internal;
}

Result<InvitationPlanner::Plan> InvitationPlanner::plan(NewInvitation& input)
{
    if (auto r = invitation_validation::normalise(input); !r)
        return r.error();
    Plan plan;
    plan.type = *invitation_types::fromName(input.type);
    auto parent = upline(plan.type, input.parentUserId, input.parentEmail);
    if (!parent)
        return parent.error();
    plan.parentUserId = parent.value();
    if (auto r = checkAccount(input.email); !r)
        return r.error();
    if (auto r = checkOpenInvitation(input.email); !r)
        return r.error();
    if (auto r = checkQuota(); !r)
        return r.error();
    return plan;
}

Result<void> InvitationPlanner::checkType(InvitationType type) const
{
    return invite_policy::checkMayInvite(m_actor.role, type);
}

Result<QString> InvitationPlanner::upline(InvitationType type, const QString& parentUserId,
                                          const QString& parentEmail)
{
    // The matrix comes first: a named upline is looked up only for a type the actor may invite.
    std::optional<User> named;
    if ((!parentUserId.isEmpty() || !parentEmail.isEmpty()) && checkType(type).ok()) {
        auto parent = parentUserId.isEmpty() ? m_lookup.userByEmail(parentEmail)
                                             : m_lookup.userById(parentUserId);
        if (!parent)
            return parent.error();
        if (!parent.value() || !parent.value()->isActive) {
            return Error::invalid(QStringLiteral("parent"),
                                  tr("No user %1 to be the upline.")
                                      .arg(parentEmail.isEmpty() ? parentUserId : parentEmail));
        }
        named = *parent.value();
    }
    return invite_policy::checkInvite(
        m_actor, type, named ? &*named : nullptr,
        [&](const QString& userId) { return m_lookup.isInActorsDownline(userId); });
}

Result<void> InvitationPlanner::checkAccount(const QString& email)
{
    // One account per e-mail.
    auto taken = m_lookup.hasAccount(email);
    if (!taken)
        return taken.error();
    if (taken.value()) {
        return Error::make(Error::Code::Conflict,
                           tr("An account with the e-mail %1 already exists.").arg(email),
                           QStringLiteral("email"));
    }
    return {};
}

Result<void> InvitationPlanner::checkOpenInvitation(const QString& email)
{
    // One open invitation per e-mail and organisation.
    auto open = m_lookup.hasOpenInvitation(email);
    if (!open)
        return open.error();
    if (open.value()) {
        return Error::make(
            Error::Code::Conflict,
            tr("%1 already has an open invitation in this organisation; resend that one instead.")
                .arg(email),
            QStringLiteral("email"));
    }
    return {};
}

Result<void> InvitationPlanner::checkQuota()
{
    // The organisation's daily cap per inviter, never for admins; counted once, before
    // anything planned here was written.
    if (!m_quota.perDay || m_actor.role == Role::Admin)
        return {};
    if (!m_createdBefore) {
        auto sent = m_lookup.createdByActorSince(m_quota.now.addDays(-1));
        if (!sent)
            return sent.error();
        m_createdBefore = sent.value();
    }
    if (*m_createdBefore + m_planned >= *m_quota.perDay) {
        return Error::make(
            Error::Code::QuotaExceeded,
            tr("You have reached your organisation's limit of %1 invitations per day.")
                .arg(*m_quota.perDay),
            QStringLiteral("quota"));
    }
    return {};
}

} // namespace invitedesk
