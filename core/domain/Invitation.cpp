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

namespace detail_fields {

const QList<DetailField>& all()
{
    static const QList<DetailField> list = {DetailField::Npi, DetailField::Specialty,
                                            DetailField::Territory, DetailField::PracticeName,
                                            DetailField::CompanyName};
    return list;
}

QString name(DetailField field)
{
    switch (field) {
    case DetailField::Npi:
        return QStringLiteral("npi");
    case DetailField::Specialty:
        return QStringLiteral("specialty");
    case DetailField::Territory:
        return QStringLiteral("territory");
    case DetailField::PracticeName:
        return QStringLiteral("practice");
    case DetailField::CompanyName:
        return QStringLiteral("company");
    }
    return {};
}

bool belongsTo(DetailField field, InvitationType type)
{
    switch (field) {
    case DetailField::Npi:
    case DetailField::Specialty:
        return type == Role::Doctor;
    case DetailField::Territory:
        return type == Role::Sales || type == Role::Distributor || type == Role::MasterDistributor;
    case DetailField::PracticeName:
        return type == Role::Doctor || invitation_types::isPracticeStaff(type);
    case DetailField::CompanyName:
        return type == Role::IvrCompany || type == Role::ShippingLogistics;
    }
    return false;
}

QString valueOf(const InvitationDetails& details, DetailField field)
{
    switch (field) {
    case DetailField::Npi:
        return details.npi;
    case DetailField::Specialty:
        return details.specialty;
    case DetailField::Territory:
        return details.territory;
    case DetailField::PracticeName:
        return details.practiceName;
    case DetailField::CompanyName:
        return details.companyName;
    }
    return {};
}

void setValue(InvitationDetails& details, DetailField field, const QString& value)
{
    switch (field) {
    case DetailField::Npi:
        details.npi = value;
        return;
    case DetailField::Specialty:
        details.specialty = value;
        return;
    case DetailField::Territory:
        details.territory = value;
        return;
    case DetailField::PracticeName:
        details.practiceName = value;
        return;
    case DetailField::CompanyName:
        details.companyName = value;
        return;
    }
}

} // namespace detail_fields

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
    o.insert(QStringLiteral("invited_by_active"), invitedByActive);
    o.insert(QStringLiteral("parent_user_id"), textOrNull(parentUserId));
    o.insert(QStringLiteral("parent_email"), textOrNull(parentUserEmail));
    o.insert(QStringLiteral("message"), textOrNull(message));
    // The names the integration API and its inputs use (issue 13): the message as
    // invitation_message and the type fields at the top level (null when the type has none).
    // "message" and "details" stay for the scripts that read them.
    o.insert(QStringLiteral("invitation_message"), textOrNull(message));
    o.insert(QStringLiteral("npi"), textOrNull(details.npi));
    o.insert(QStringLiteral("specialty"), textOrNull(details.specialty));
    o.insert(QStringLiteral("territory"), textOrNull(details.territory));
    o.insert(QStringLiteral("practice_name"), textOrNull(details.practiceName));
    o.insert(QStringLiteral("company_name"), textOrNull(details.companyName));
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
