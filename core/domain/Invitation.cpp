#include "core/domain/Invitation.h"

namespace invitedesk {

namespace {
QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
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

namespace {
// The QJsonObject the command line prints.
class ObjectSink final : public JsonFieldSink {
public:
    QJsonObject result;

    void text(const char* name, const QString& value) override
    {
        result.insert(QLatin1String(name), value);
    }
    void null(const char* name) override { result.insert(QLatin1String(name), QJsonValue()); }
    void time(const char* name, const QDateTime& value) override
    {
        result.insert(QLatin1String(name), timeOrNull(value));
    }
    void integer(const char* name, qint64 value) override
    {
        result.insert(QLatin1String(name), value);
    }
    void boolean(const char* name, bool value) override
    {
        result.insert(QLatin1String(name), value);
    }
    void object(const char* name, const QJsonObject& value) override
    {
        result.insert(QLatin1String(name), value);
    }
};
} // namespace

QJsonObject Invitation::toJson() const
{
    ObjectSink sink;
    writeJson(sink);
    return sink.result;
}

void Invitation::writeJson(JsonFieldSink& sink) const
{
    sink.text("id", id);
    sink.text("email", email);
    sink.text("first_name", firstName);
    sink.text("last_name", lastName);
    sink.text("invitation_type", invitation_types::name(type));
    sink.text("role_name", roles::name(type));
    sink.text("status", statuses::name(status));
    sink.text("organization_id", organizationId);
    sink.text("organization", organizationName);
    sink.text("invited_by_id", invitedById);
    sink.text("invited_by", invitedByEmail);
    sink.boolean("invited_by_active", invitedByActive);
    sink.textOrNull("parent_user_id", parentUserId);
    sink.textOrNull("parent_email", parentUserEmail);
    sink.textOrNull("message", message);
    // The names the integration API and its inputs use (issue 13): the message as
    // invitation_message and the type fields at the top level (null when the type has none).
    // "message" and "details" stay for the scripts that read them.
    sink.textOrNull("invitation_message", message);
    sink.textOrNull("npi", details.npi);
    sink.textOrNull("specialty", details.specialty);
    sink.textOrNull("territory", details.territory);
    sink.textOrNull("practice_name", details.practiceName);
    sink.textOrNull("company_name", details.companyName);
    sink.text("language", language);
    sink.object("details", details.toJson());
    sink.time("expires_at", expiresAt);
    sink.time("sent_at", sentAt);
    sink.time("last_sent_at", lastSentAt);
    sink.time("opened_at", openedAt);
    sink.integer("resend_count", resendCount);
    sink.integer("reminder_count", reminderCount);
    sink.text("email_delivery_status", emailDeliveryStatus);
    sink.integer("email_attempts", emailAttempts);
    sink.textOrNull("last_email_error", lastEmailError);
    sink.time("accepted_at", acceptedAt);
    sink.textOrNull("accepted_user_id", acceptedUserId);
    sink.time("cancelled_at", cancelledAt);
    sink.textOrNull("cancelled_by_id", cancelledById);
    sink.textOrNull("cancel_reason", cancelReason);
    sink.time("created_at", createdAt);
    sink.time("updated_at", updatedAt);
    sink.integer("version", version);
}

} // namespace invitedesk
