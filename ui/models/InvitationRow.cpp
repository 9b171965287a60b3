#include "ui/models/InvitationRow.h"

namespace invitedesk::ui {

namespace {
QString intern(const QString& s, QHash<QString, QString>* interned)
{
    if (s.isEmpty() || !interned)
        return s;
    auto it = interned->constFind(s);
    if (it != interned->constEnd())
        return it.value();
    if (interned->size() < 100000)
        interned->insert(s, s);
    return s;
}
} // namespace

InvitationRow InvitationRow::from(const Invitation& inv, QHash<QString, QString>* interned)
{
    InvitationRow r;
    r.id = QUuid::fromString(inv.id);
    r.email = inv.email;
    r.name = inv.fullName();
    r.invitedBy =
        intern(inv.invitedByName.isEmpty() ? inv.invitedByEmail : inv.invitedByName, interned);
    r.lastEmailError = inv.lastEmailError;
    r.deliveryStatus = intern(inv.emailDeliveryStatus, interned);
    r.createdAt = inv.createdAt;
    r.sentAt = inv.lastSentAt.isValid() ? inv.lastSentAt : inv.sentAt;
    r.expiresAt = inv.expiresAt;
    r.type = inv.type;
    r.status = inv.status;
    r.delivery = DeliveryStates::of(inv.emailDeliveryStatus, inv.emailDeliveredVia);
    r.emailAttempts = inv.emailAttempts;
    r.resendCount = inv.resendCount;
    r.version = inv.version;
    r.invitedByActive = inv.invitedByActive;
    // Drop the capacity slack of strings built from query results.
    r.email.squeeze();
    r.name.squeeze();
    return r;
}

} // namespace invitedesk::ui
