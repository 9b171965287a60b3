#include "core/io/InvitationCsvColumns.h"

#include "core/io/CsvReader.h"

#include <QHash>

namespace invitedesk::csv_columns {

namespace {
struct Def {
    ImportColumn column;
    const char* name;
    bool required;
    QStringList aliases;
};

const QList<Def>& defs()
{
    static const QList<Def> table = {
        {ImportColumn::Email, "email", true, {"emailaddress", "mail"}},
        {ImportColumn::FirstName, "first_name", true, {"firstname", "givenname"}},
        {ImportColumn::LastName, "last_name", true, {"lastname", "surname", "familyname"}},
        {ImportColumn::InvitationType, "invitation_type", true, {"type", "role"}},
        {ImportColumn::ParentEmail, "parent_email", false, {"parent", "upline", "uplineemail"}},
        {ImportColumn::Message, "message", false, {"invitationmessage"}},
        {ImportColumn::ExpiresDays, "expires_days", false, {"expiresindays", "expirydays"}},
        {ImportColumn::Language, "language", false, {"lang"}},
        {ImportColumn::Npi, "npi", false, {}},
        {ImportColumn::Specialty, "specialty", false, {}},
        {ImportColumn::Territory, "territory", false, {}},
        {ImportColumn::PracticeName, "practice_name", false, {"practice"}},
        {ImportColumn::CompanyName, "company_name", false, {"company"}},
    };
    return table;
}

const QStringList& exportOnly()
{
    static const QStringList names = {
        "id",
        "status",
        "organization",
        "invited_by",
        "expires_at",
        "created_at",
        "sent_at",
        "opened_at",
        "accepted_at",
        "cancelled_at",
        "cancel_reason",
        "resend_count",
        "email_delivery_status",
        "last_email_error",
        "updated_at",
        "role_name",
        "organization_id",
        "invited_by_id",
        "parent_user_id",
        "last_sent_at",
        "reminder_count",
        "email_attempts",
        "accepted_user_id",
        "cancelled_by_id",
        "version",
        // The reason a row was rejected (ImportRejectedRows): a rejected-rows file, fixed,
        // imports again.
        "error",
    };
    return names;
}
} // namespace

QString name(ImportColumn column)
{
    for (const Def& d : defs()) {
        if (d.column == column)
            return QString::fromLatin1(d.name);
    }
    return {};
}

const QList<ImportColumn>& importable()
{
    static const QList<ImportColumn> list = [] {
        QList<ImportColumn> l;
        for (const Def& d : defs())
            l << d.column;
        return l;
    }();
    return list;
}

bool isRequired(ImportColumn column)
{
    for (const Def& d : defs()) {
        if (d.column == column)
            return d.required;
    }
    return false;
}

std::optional<ImportColumn> fromHeader(const QString& header)
{
    static const QHash<QString, ImportColumn> byKey = [] {
        QHash<QString, ImportColumn> h;
        for (const Def& d : defs()) {
            h.insert(CsvReader::headerKey(QString::fromLatin1(d.name)), d.column);
            for (const QString& alias : d.aliases)
                h.insert(CsvReader::headerKey(alias), d.column);
        }
        return h;
    }();
    const auto it = byKey.constFind(CsvReader::headerKey(header));
    if (it == byKey.cend())
        return std::nullopt;
    return *it;
}

bool isExportOnly(const QString& header)
{
    const QString key = CsvReader::headerKey(header);
    for (const QString& n : exportOnly()) {
        if (CsvReader::headerKey(n) == key)
            return true;
    }
    return false;
}

QStringList exportHeader()
{
    QStringList h;
    for (const Def& d : defs()) {
        if (d.column != ImportColumn::ExpiresDays)
            h << QString::fromLatin1(d.name);
    }
    h << QStringLiteral("id") << QStringLiteral("status") << QStringLiteral("organization")
      << QStringLiteral("invited_by") << QStringLiteral("created_at")
      << QStringLiteral("expires_at") << QStringLiteral("sent_at") << QStringLiteral("opened_at")
      << QStringLiteral("accepted_at") << QStringLiteral("cancelled_at")
      << QStringLiteral("cancel_reason") << QStringLiteral("resend_count")
      << QStringLiteral("email_delivery_status") << QStringLiteral("last_email_error");
    return h;
}

} // namespace invitedesk::csv_columns
