#pragma once

#include "core/domain/DeliveryState.h"
#include "core/domain/Invitation.h"

#include <QHash>
#include <QUuid>

namespace invitedesk::ui {

// What the invitation list keeps per row: the columns it shows, nothing more, so that a list
// scrolled through hundreds of thousands of rows stays small (the full Invitation is loaded
// on demand by the details and edit dialogs).
struct InvitationRow {
    QUuid id;
    QString email;
    QString name;
    QString invitedBy;
    QString lastEmailError;
    QString deliveryStatus;
    QDateTime createdAt;
    QDateTime sentAt; // last time the relay took it (last_sent_at, else sent_at)
    QDateTime expiresAt;
    InvitationType type = InvitationType::Doctor;
    InvitationStatus status = InvitationStatus::Pending;
    DeliveryState delivery = DeliveryState::Queued; // core's reading of the two columns
    qint32 emailAttempts = 0;
    qint32 resendCount = 0;
    qint32 version = 1;
    bool invitedByActive = true;

    QString idText() const { return id.toString(QUuid::WithoutBraces); }

    // Repeated texts (inviter names, delivery states) share one string through `interned`.
    static InvitationRow from(const Invitation& invitation, QHash<QString, QString>* interned);
};

} // namespace invitedesk::ui

Q_DECLARE_METATYPE(invitedesk::ui::InvitationRow)
