#include "core/domain/Invitation.h"

namespace invitedesk {

namespace {
QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject InvitationDetails::toJson() const
{
    QJsonObject o;
    if (!npi.isEmpty())
        o.insert(QStringLiteral("npi"), npi);
    if (!specialty.isEmpty())
        o.insert(QStringLiteral("specialty"), specialty);
    if (!territory.isEmpty())
        o.insert(QStringLiteral("territory"), territory);
    if (!practiceName.isEmpty())
        o.insert(QStringLiteral("practice_name"), practiceName);
    if (!companyName.isEmpty())
        o.insert(QStringLiteral("company_name"), companyName);
    return o;
}

InvitationDetails InvitationDetails::fromJson(const QJsonObject& json)
{
    InvitationDetails d;
    d.npi = json.value(QStringLiteral("npi")).toString();
    d.specialty = json.value(QStringLiteral("specialty")).toString();
    d.territory = json.value(QStringLiteral("territory")).toString();
    d.practiceName = json.value(QStringLiteral("practice_name")).toString();
    d.companyName = json.value(QStringLiteral("company_name")).toString();
    return d;
}

QJsonObject Invitation::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("email"), email);
    o.insert(QStringLiteral("first_name"), firstName);
    o.insert(QStringLiteral("last_name"), lastName);
    o.insert(QStringLiteral("invitation_type"), invitation_types::name(type));
    o.insert(QStringLiteral("role_name"), roles::name(type));
    o.insert(QStringLiteral("status"), statuses::name(status));
    o.insert(QStringLiteral("organization_id"), organizationId);
    o.insert(QStringLiteral("organization"), organizationName);
    o.insert(QStringLiteral("invited_by_id"), invitedById);
    o.insert(QStringLiteral("invited_by"), invitedByEmail);
    o.insert(QStringLiteral("parent_user_id"), textOrNull(parentUserId));
    o.insert(QStringLiteral("parent_email"), textOrNull(parentUserEmail));
    o.insert(QStringLiteral("message"), textOrNull(message));
    o.insert(QStringLiteral("language"), language);
    o.insert(QStringLiteral("details"), details.toJson());
    o.insert(QStringLiteral("expires_at"), timeOrNull(expiresAt));
    o.insert(QStringLiteral("sent_at"), timeOrNull(sentAt));
    o.insert(QStringLiteral("last_sent_at"), timeOrNull(lastSentAt));
    o.insert(QStringLiteral("opened_at"), timeOrNull(openedAt));
    o.insert(QStringLiteral("resend_count"), resendCount);
    o.insert(QStringLiteral("reminder_count"), reminderCount);
    o.insert(QStringLiteral("email_delivery_status"), emailDeliveryStatus);
    o.insert(QStringLiteral("email_attempts"), emailAttempts);
    o.insert(QStringLiteral("last_email_error"), textOrNull(lastEmailError));
    o.insert(QStringLiteral("accepted_at"), timeOrNull(acceptedAt));
    o.insert(QStringLiteral("accepted_user_id"), textOrNull(acceptedUserId));
    o.insert(QStringLiteral("cancelled_at"), timeOrNull(cancelledAt));
    o.insert(QStringLiteral("cancelled_by_id"), textOrNull(cancelledById));
    o.insert(QStringLiteral("cancel_reason"), textOrNull(cancelReason));
    o.insert(QStringLiteral("created_at"), timeOrNull(createdAt));
    o.insert(QStringLiteral("updated_at"), timeOrNull(updatedAt));
    o.insert(QStringLiteral("version"), version);
    return o;
}

} // namespace invitedesk
