#pragma once

#include "core/domain/InvitationStatus.h"

#include <QCoreApplication>
#include <QString>

namespace invitedesk {

// Why an action on an invitation is not available, in words for the person at the desk
// (issue 18, item 3: every disabled action says why). Empty when the action is available.
// The states each action may leave from are the lifecycle's (LifecycleEvent); edit is for
// open invitations (statuses::isOpen), correcting an address for bounced ones
// (resend_policy::correctable).
class InvitationActionRules {
    Q_DECLARE_TR_FUNCTIONS(InvitationActionRules)
public:
    static QString whyNotEdit(InvitationStatus status);
    static QString whyNotResend(InvitationStatus status);
    static QString whyNotCancel(InvitationStatus status);
    static QString whyNotCorrect(InvitationStatus status, const QString& deliveryStatus);
    // A link to share: for open invitations only (InvitationService::shareLink).
    static QString whyNotShare(InvitationStatus status);
};

} // namespace invitedesk
