#include "core/http/api/InvitationApiInput.h"

#include "core/services/InvitationFilters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace invitedesk::http::api::invitation_input {

namespace {
const QStringList kDetailFields = {QStringLiteral("npi"), QStringLiteral("specialty"),
                                   QStringLiteral("territory"), QStringLiteral("practice_name"),
                                   QStringLiteral("company_name")};

Error notA(const QString& field, const char* what)
{
    return Error::invalid(field, QStringLiteral("The field must be %1.").arg(QLatin1String(what)));
}

Result<void> onlyKnown(const QJsonObject& json, const QStringList& known)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return Error::invalid(it.key(), QStringLiteral("Unknown field \"%1\".").arg(it.key()));
    }
    return {};
}

// A string field: absent → nullopt; null → empty string; other types refused.
Result<std::optional<QString>> text(const QJsonObject& json, const QString& field)
{
    const QJsonValue v = json.value(field);
    if (v.isUndefined())
        return std::optional<QString>();
    if (v.isNull())
        return std::optional<QString>(QString());
    if (!v.isString())
        return notA(field, "a string");
    return std::optional<QString>(v.toString());
}

Result<std::optional<int>> integer(const QJsonObject& json, const QString& field)
{
    const QJsonValue v = json.value(field);
    if (v.isUndefined() || v.isNull())
        return std::optional<int>();
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != double(qint64(d)) || d < -1e9 || d > 1e9)
        return notA(field, "a whole number");
    return std::optional<int>(int(d));
}

// The type fields, from top-level names or a "details" object (what a read gives back).
Result<void> readDetails(const QJsonObject& json, InvitationDetails& details, bool* any)
{
    QJsonObject fields;
    if (json.contains(QStringLiteral("details"))) {
        const QJsonValue d = json.value(QStringLiteral("details"));
        if (!d.isObject() && !d.isNull())
            return notA(QStringLiteral("details"), "an object");
        fields = d.toObject();
        if (auto r = onlyKnown(fields, kDetailFields); !r)
            return r;
    }
    for (const QString& name : kDetailFields) {
        if (json.contains(name))
            fields.insert(name, json.value(name));
    }
    for (const QString& name : kDetailFields) {
        auto v = text(fields, name);
        if (!v)
            return v.error();
        if (!*v)
            continue;
        *any = true;
        const QString value = **v;
        if (name == QLatin1String("npi"))
            details.npi = value;
        else if (name == QLatin1String("specialty"))
            details.specialty = value;
        else if (name == QLatin1String("territory"))
            details.territory = value;
        else if (name == QLatin1String("practice_name"))
            details.practiceName = value;
        else
            details.companyName = value;
    }
    return {};
}

QString messageField(const QJsonObject& json)
{
    return json.contains(QStringLiteral("invitation_message"))
               ? QStringLiteral("invitation_message")
               : QStringLiteral("message");
}

struct SortName {
    const char* name;
    InvitationQuery::SortKey key;
};
constexpr SortName kSorts[] = {
    {"created_at", InvitationQuery::SortKey::CreatedAt},
    {"updated_at", InvitationQuery::SortKey::UpdatedAt},
    {"expires_at", InvitationQuery::SortKey::ExpiresAt},
    {"email", InvitationQuery::SortKey::Email},
    {"last_name", InvitationQuery::SortKey::LastName},
    {"status", InvitationQuery::SortKey::Status},
    {"type", InvitationQuery::SortKey::Type},
};

QString sortName(InvitationQuery::SortKey key)
{
    for (const auto& s : kSorts) {
        if (s.key == key)
            return QString::fromLatin1(s.name);
    }
    return {};
}

bool isTimeKey(InvitationQuery::SortKey key)
{
    return key == InvitationQuery::SortKey::CreatedAt ||
           key == InvitationQuery::SortKey::UpdatedAt || key == InvitationQuery::SortKey::ExpiresAt;
}

Result<QDateTime> timeParam(const QString& value, const QString& field)
{
    QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value, Qt::ISODate);
    if (!t.isValid())
        return Error::invalid(field, QStringLiteral("Give the time as ISO 8601, e.g. "
                                                    "2026-03-01T00:00:00Z."));
    return t.toUTC();
}
} // namespace

Result<QJsonObject> object(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("body"),
                              QStringLiteral("The request body is not valid JSON (%1 at offset "
                                             "%2).")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    if (!doc.isObject())
        return Error::invalid(QStringLiteral("body"),
                              QStringLiteral("The request body must be a JSON object."));
    return doc.object();
}

Result<void> checkAddressType(const QJsonObject& json, const QString& fixedType,
                              const QStringList& allowedTypes)
{
    const QJsonValue given = json.value(QStringLiteral("invitation_type"));
    const QString type = given.isString() ? given.toString() : QString();
    if (!fixedType.isEmpty() && !type.isEmpty() && type != fixedType)
        return Error::invalid(
            QStringLiteral("invitation_type"),
            QStringLiteral("This address creates %1 invitations only.").arg(fixedType));
    if (!allowedTypes.isEmpty() && !allowedTypes.contains(type))
        return Error::invalid(
            QStringLiteral("invitation_type"),
            QStringLiteral("Use one of: %1.").arg(allowedTypes.join(QStringLiteral(", "))));
    return {};
}

Result<NewInvitation> newInvitation(const QJsonObject& json, const QString& fixedType)
{
    QStringList known = {QStringLiteral("email"),
                         QStringLiteral("first_name"),
                         QStringLiteral("last_name"),
                         QStringLiteral("invitation_type"),
                         QStringLiteral("parent_email"),
                         QStringLiteral("parent_user_id"),
                         QStringLiteral("invitation_message"),
                         QStringLiteral("message"),
                         QStringLiteral("expires_days"),
                         QStringLiteral("language"),
                         QStringLiteral("details")};
    known << kDetailFields;
    if (auto r = onlyKnown(json, known); !r)
        return r.error();
    NewInvitation in;
    const std::pair<const char*, QString*> strings[] = {
        {"email", &in.email},
        {"first_name", &in.firstName},
        {"last_name", &in.lastName},
        {"invitation_type", &in.type},
        {"parent_email", &in.parentEmail},
        {"parent_user_id", &in.parentUserId},
        {"language", &in.language},
    };
    for (const auto& [name, target] : strings) {
        auto v = text(json, QString::fromLatin1(name));
        if (!v)
            return v.error();
        if (*v)
            *target = **v;
    }
    auto message = text(json, messageField(json));
    if (!message)
        return message.error();
    in.message = message->value_or(QString());
    auto days = integer(json, QStringLiteral("expires_days"));
    if (!days)
        return days.error();
    in.expiresDays = days.value();
    bool any = false;
    if (auto r = readDetails(json, in.details, &any); !r)
        return r.error();
    if (!fixedType.isEmpty())
        in.type = fixedType;
    return in;
}

bool changesDetails(const QJsonObject& json)
{
    if (json.contains(QStringLiteral("details")))
        return true;
    for (const QString& name : kDetailFields) {
        if (json.contains(name))
            return true;
    }
    return false;
}

Result<InvitationUpdate> update(const QJsonObject& json, const InvitationDetails& current)
{
    QStringList known = {QStringLiteral("first_name"),
                         QStringLiteral("last_name"),
                         QStringLiteral("invitation_message"),
                         QStringLiteral("message"),
                         QStringLiteral("expires_at"),
                         QStringLiteral("expires_days"),
                         QStringLiteral("language"),
                         QStringLiteral("details"),
                         QStringLiteral("version")};
    known << kDetailFields;
    if (auto r = onlyKnown(json, known); !r)
        return r.error();
    InvitationUpdate change;
    for (const auto& [name, target] :
         {std::pair{"first_name", &change.firstName}, std::pair{"last_name", &change.lastName},
          std::pair{"language", &change.language}}) {
        auto v = text(json, QString::fromLatin1(name));
        if (!v)
            return v.error();
        *target = v.value();
    }
    auto message = text(json, messageField(json));
    if (!message)
        return message.error();
    change.message = message.value();
    auto expiresAt = text(json, QStringLiteral("expires_at"));
    if (!expiresAt)
        return expiresAt.error();
    if (*expiresAt) {
        auto t = timeParam(**expiresAt, QStringLiteral("expires_at"));
        if (!t)
            return t.error();
        change.expiresAt = t.value();
    }
    auto days = integer(json, QStringLiteral("expires_days"));
    if (!days)
        return days.error();
    change.expiresDays = days.value();
    auto version = integer(json, QStringLiteral("version"));
    if (!version)
        return version.error();
    change.expectedVersion = version.value();
    InvitationDetails details = current;
    bool any = false;
    if (auto r = readDetails(json, details, &any); !r)
        return r.error();
    if (any)
        change.details = details;
    return change;
}

Result<InvitationQuery> listQuery(const QUrlQuery& query)
{
    static const QStringList known = {
        QStringLiteral("status"),     QStringLiteral("type"),         QStringLiteral("search"),
        QStringLiteral("invited_by"), QStringLiteral("created_from"), QStringLiteral("created_to"),
        QStringLiteral("sort"),       QStringLiteral("limit"),        QStringLiteral("cursor")};
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(value);
        if (!known.contains(key))
            return Error::invalid(key, QStringLiteral("Unknown parameter \"%1\".").arg(key));
    }
    auto value = [&](const char* name) {
        return query.allQueryItemValues(QString::fromLatin1(name), QUrl::FullyDecoded)
            .join(QLatin1Char(','));
    };
    InvitationQuery q;
    q.limit = DefaultLimit;
    auto statuses = invitation_filters::statuses(value("status"));
    if (!statuses)
        return statuses.error();
    q.statuses = statuses.value();
    auto types = invitation_filters::types(value("type"));
    if (!types)
        return types.error();
    q.types = types.value();
    q.search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    q.invitedById = query.queryItemValue(QStringLiteral("invited_by"), QUrl::FullyDecoded);
    for (const auto& [name, target] :
         {std::pair{"created_from", &q.createdFrom}, std::pair{"created_to", &q.createdTo}}) {
        const QString v = query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
        if (v.isEmpty())
            continue;
        auto t = timeParam(v, QString::fromLatin1(name));
        if (!t)
            return t.error();
        *target = t.value();
    }
    if (query.hasQueryItem(QStringLiteral("sort"))) {
        QString sort = query.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded);
        q.descending = sort.startsWith(QLatin1Char('-'));
        if (q.descending)
            sort.remove(0, 1);
        bool found = false;
        for (const auto& s : kSorts) {
            if (sort == QLatin1String(s.name)) {
                q.sortKey = s.key;
                found = true;
            }
        }
        if (!found) {
            QStringList names;
            for (const auto& s : kSorts)
                names << QString::fromLatin1(s.name);
            return Error::invalid(QStringLiteral("sort"),
                                  QStringLiteral("Sort by one of: %1 (a leading - for "
                                                 "descending).")
                                      .arg(names.join(QStringLiteral(", "))));
        }
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > MaxLimit)
            return Error::invalid(QStringLiteral("limit"),
                                  QStringLiteral("The limit must be 1 to %1.").arg(MaxLimit));
    }
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        const auto bad = Error::invalid(QStringLiteral("cursor"),
                                        QStringLiteral("The cursor is not one this list gave, "
                                                       "or the sort has changed since."));
        const QJsonObject c =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding))
                .object();
        if (c.value(QStringLiteral("s")).toString() != sortName(q.sortKey) ||
            c.value(QStringLiteral("d")).toBool() != q.descending ||
            !c.value(QStringLiteral("id")).isString() || !c.value(QStringLiteral("v")).isString())
            return bad;
        q.afterId = c.value(QStringLiteral("id")).toString();
        const QString v = c.value(QStringLiteral("v")).toString();
        if (isTimeKey(q.sortKey)) {
            const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
            if (!t.isValid())
                return bad;
            q.afterValue = t.toUTC();
        } else {
            q.afterValue = v;
        }
    }
    return q;
}

QJsonValue nextCursor(const InvitationPage& page, const InvitationQuery& query)
{
    if (!page.hasMore || page.nextAfterId.isEmpty())
        return QJsonValue();
    const QString v = isTimeKey(query.sortKey)
                          ? page.nextAfterValue.toDateTime().toUTC().toString(Qt::ISODateWithMs)
                          : page.nextAfterValue.toString();
    const QJsonObject c{{QStringLiteral("s"), sortName(query.sortKey)},
                        {QStringLiteral("d"), query.descending},
                        {QStringLiteral("v"), v},
                        {QStringLiteral("id"), page.nextAfterId}};
    return QString::fromLatin1(
        QJsonDocument(c)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QStringList> ids(const QJsonObject& json)
{
    const QJsonValue v = json.value(QStringLiteral("ids"));
    if (!v.isArray() || v.toArray().isEmpty())
        return Error::invalid(QStringLiteral("ids"),
                              QStringLiteral("Give the invitations' ids as a non-empty array."));
    const QJsonArray array = v.toArray();
    if (array.size() > MaxBulkItems)
        return Error::invalid(QStringLiteral("ids"),
                              QStringLiteral("At most %1 ids at a time.").arg(MaxBulkItems));
    QStringList out;
    for (const QJsonValue& id : array) {
        if (!id.isString())
            return notA(QStringLiteral("ids"), "an array of strings");
        out << id.toString();
    }
    return out;
}

} // namespace invitedesk::http::api::invitation_input
