#include "core/services/InvitationValidator.h"

#include "core/domain/Npi.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace invitedesk::invitation_validation {

namespace {
// The translation context of the field checks' messages.
struct InvitationValidator {
    Q_DECLARE_TR_FUNCTIONS(InvitationValidator)
};

bool hasControlCharacters(const QString& s)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}
} // namespace

Result<void> checkEmail(const QString& email, const QString& field)
{
    if (email.isEmpty())
        return Error::invalid(field, InvitationValidator::tr("The e-mail address is required."));
    // One @, a dot in the domain, no spaces or control characters; the relay does the rest.
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !shape.match(email).hasMatch() || hasControlCharacters(email) ||
        email.contains(QLatin1Char('"')) || email.contains(QLatin1Char('<')) ||
        email.contains(QLatin1Char('>')) || email.contains(QLatin1Char(',')))
        return Error::invalid(
            field,
            InvitationValidator::tr("\"%1\" is not a valid e-mail address.").arg(email.left(80)));
    return {};
}

Result<void> checkName(const QString& value, const QString& field)
{
    const QString label = field == QLatin1String("first_name")
                              ? InvitationValidator::tr("first name")
                              : InvitationValidator::tr("last name");
    if (value.isEmpty())
        return Error::invalid(field, InvitationValidator::tr("The %1 is required.").arg(label));
    if (value.size() > 100)
        return Error::invalid(
            field, InvitationValidator::tr("The %1 is longer than 100 characters.").arg(label));
    if (hasControlCharacters(value))
        return Error::invalid(
            field, InvitationValidator::tr("The %1 contains control characters.").arg(label));
    return {};
}

Result<void> checkMessage(const QString& message)
{
    if (message.size() > 2000)
        return Error::invalid(
            QStringLiteral("message"),
            InvitationValidator::tr("The message is longer than 2,000 characters."));
    return {};
}

Result<void> checkDetails(const InvitationDetails& d)
{
    if (!d.npi.isEmpty() && !npi::isValid(d.npi)) {
        return Error::invalid(
            QStringLiteral("npi"),
            InvitationValidator::tr("The NPI must be 10 digits with a valid check digit."));
    }
    const QList<QPair<QString, QString>> texts = {{QStringLiteral("specialty"), d.specialty},
                                                  {QStringLiteral("territory"), d.territory},
                                                  {QStringLiteral("practice"), d.practiceName},
                                                  {QStringLiteral("company"), d.companyName}};
    for (const auto& [field, text] : texts) {
        if (text.size() > 200 || hasControlCharacters(text))
            return Error::invalid(
                field,
                InvitationValidator::tr("The %1 must be at most 200 plain characters.").arg(field));
    }
    return {};
}

Result<void> checkFieldsOfType(InvitationType type, const InvitationDetails& details)
{
    for (const DetailField field : detail_fields::all()) {
        if (detail_fields::valueOf(details, field).isEmpty() ||
            detail_fields::belongsTo(field, type))
            continue;
        QString label;
        switch (field) {
        case DetailField::Npi:
            label = InvitationValidator::tr("NPI");
            break;
        case DetailField::Specialty:
            label = InvitationValidator::tr("specialty");
            break;
        case DetailField::Territory:
            label = InvitationValidator::tr("territory");
            break;
        case DetailField::PracticeName:
            label = InvitationValidator::tr("practice name");
            break;
        case DetailField::CompanyName:
            label = InvitationValidator::tr("company name");
            break;
        }
        return Error::invalid(detail_fields::name(field),
                              InvitationValidator::tr("A %1 invitation has no %2; leave it empty.")
                                  .arg(roles::label(type).toLower(), label));
    }
    return {};
}

Result<InvitationType> checkType(const QString& name)
{
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("type"),
                              InvitationValidator::tr("The invitation type is required."));
    const auto type = invitation_types::fromName(name);
    if (!type) {
        return Error::invalid(
            QStringLiteral("type"),
            InvitationValidator::tr("Unknown invitation type \"%1\"; use one of: %2.")
                .arg(name.left(40), roles::allNames().join(QStringLiteral(", "))));
    }
    return *type;
}

Result<void> checkLanguage(const QString& language)
{
    if (language != QLatin1String("en") && language != QLatin1String("es"))
        return Error::invalid(QStringLiteral("language"),
                              InvitationValidator::tr("The language must be \"en\" or \"es\"."));
    return {};
}

Result<void> checkExpiresDays(int days)
{
    if (days < 1 || days > 365)
        return Error::invalid(
            QStringLiteral("expires_days"),
            InvitationValidator::tr("The expiry must be between 1 and 365 days."));
    return {};
}

bool isUuid(const QString& text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

Result<void> normalise(NewInvitation& in)
{
    in.email = in.email.trimmed().toLower();
    in.firstName = in.firstName.trimmed();
    in.lastName = in.lastName.trimmed();
    in.type = in.type.trimmed().toLower();
    in.parentEmail = in.parentEmail.trimmed().toLower();
    in.parentUserId = in.parentUserId.trimmed();
    in.message = in.message.trimmed();
    in.language = in.language.trimmed().toLower();
    in.details.npi = in.details.npi.trimmed();
    in.details.specialty = in.details.specialty.trimmed();
    in.details.territory = in.details.territory.trimmed();
    in.details.practiceName = in.details.practiceName.trimmed();
    in.details.companyName = in.details.companyName.trimmed();

    if (auto r = checkEmail(in.email); !r)
        return r;
    if (auto r = checkName(in.firstName, QStringLiteral("first_name")); !r)
        return r;
    if (auto r = checkName(in.lastName, QStringLiteral("last_name")); !r)
        return r;
    const auto type = checkType(in.type);
    if (!type)
        return type.error();
    if (!in.parentEmail.isEmpty()) {
        if (auto r = checkEmail(in.parentEmail, QStringLiteral("parent")); !r)
            return r;
    }
    if (!in.parentUserId.isEmpty() && !isUuid(in.parentUserId))
        return Error::invalid(QStringLiteral("parent"),
                              InvitationValidator::tr("The upline id is not valid."));
    if (auto r = checkMessage(in.message); !r)
        return r;
    if (in.expiresDays) {
        if (auto r = checkExpiresDays(*in.expiresDays); !r)
            return r;
    }
    if (!in.language.isEmpty()) {
        if (auto r = checkLanguage(in.language); !r)
            return r;
    }
    if (auto r = checkDetails(in.details); !r)
        return r;
    return checkFieldsOfType(type.value(), in.details);
}

} // namespace invitedesk::invitation_validation
