#include "core/domain/InvitationActionRules.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/domain/ResendPolicy.h"

namespace invitedesk {

QString InvitationActionRules::whyNotEdit(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Pending:
    case InvitationStatus::Sent:
        return {};
    case InvitationStatus::Failed:
        return tr("Its e-mail could not be delivered, so it cannot be edited: correct the "
                  "address and resend it instead.");
    case InvitationStatus::Expired:
        return tr("It has expired, so it cannot be edited: resend it to open it again.");
    case InvitationStatus::Accepted:
        return tr("It has been accepted: there is nothing left to edit.");
    case InvitationStatus::Cancelled:
        return tr("It was cancelled: invite the person again instead.");
    }
    return {};
}

QString InvitationActionRules::whyNotResend(InvitationStatus status)
{
    if (lifecycle::apply(status, LifecycleEvent::Resend))
        return {};
    if (status == InvitationStatus::Accepted)
        return tr("It has been accepted: the person already has an account.");
    return tr("It was cancelled: its link stays dead; invite the person again instead.");
}

QString InvitationActionRules::whyNotShare(InvitationStatus status)
{
    if (statuses::isOpen(status))
        return {};
    if (status == InvitationStatus::Accepted)
        return tr("It has been accepted: the person already has an account.");
    if (status == InvitationStatus::Cancelled)
        return tr("It was cancelled: its link stays dead; invite the person again instead.");
    return tr("It is no longer open: resend it first, then share its new link.");
}

QString InvitationActionRules::whyNotCancel(InvitationStatus status)
{
    if (lifecycle::apply(status, LifecycleEvent::Cancel))
        return {};
    switch (status) {
    case InvitationStatus::Expired:
        return tr("It has expired already: its link no longer works.");
    case InvitationStatus::Accepted:
        return tr("It has been accepted: deactivate the person's account instead.");
    default:
        return tr("It was cancelled already.");
    }
}

QString InvitationActionRules::whyNotCorrect(InvitationStatus status, const QString& deliveryStatus)
{
    if (resend_policy::correctable(status, deliveryStatus))
        return {};
    return tr("Only an invitation whose e-mail could not be delivered can have its address "
              "corrected.");
}

} // namespace invitedesk
