#include "core/domain/AuditPersonalData.h"

#include <QJsonArray>

namespace invitedesk::audit_personal_data {

namespace {
// Letters and digits of any script (addresses may be internationalised).
bool isAlnum(QChar c)
{
    return c.isLetterOrNumber();
}

// A character that may stand in an address's local part (RFC 5322 atext and the dot).
bool isLocalChar(QChar c)
{
    return isAlnum(c) || QStringView(u".!#$%&'*+/=?^_`{|}~-").contains(c);
}

// A character that may stand in a domain name (the dot handled by the caller).
bool isDomainChar(QChar c)
{
    return isAlnum(c) || c == QLatin1Char('-') || c == QLatin1Char('_');
}
} // namespace

const QStringList& keys()
{
    // clang-format off: one key a line
    static const QStringList list = {
        QStringLiteral("email"),      QStringLiteral("first_name"),
        QStringLiteral("from_email"), QStringLiteral("from_parent_email"),
        QStringLiteral("last_name"),  QStringLiteral("message"),
        QStringLiteral("npi"),        QStringLiteral("parent_email"),
        QStringLiteral("reason"),     QStringLiteral("recipient"),
        QStringLiteral("reply"),      QStringLiteral("to_parent_email"),
    };
    // clang-format on
    return list;
}

bool isPersonalKey(const QString& key)
{
    return keys().contains(key);
}

QJsonObject personalPart(const QJsonObject& details)
{
    QJsonObject personal;
    for (const QString& key : keys()) {
        const QJsonValue v = details.value(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            continue;
        personal.insert(key, v);
    }
    return personal;
}

bool mentions(const QString& text, const QString& email)
{
    const QString address = email.trimmed();
    if (address.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(address, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(address, at + 1, Qt::CaseInsensitive)) {
        if (at > 0 && isLocalChar(text.at(at - 1)))
            continue; // "jimbob@x.com" for "bob@x.com"
        const qsizetype end = at + address.size();
        if (end < text.size()) {
            const QChar next = text.at(end);
            if (isDomainChar(next))
                continue; // "bob@x.community"
            // "bob@x.com.au", but not the full stop of "write to bob@x.com."
            if (next == QLatin1Char('.') && end + 1 < text.size() && isDomainChar(text.at(end + 1)))
                continue;
        }
        return true;
    }
    return false;
}

bool mentions(const QJsonValue& value, const QString& email)
{
    if (value.isString())
        return mentions(value.toString(), email);
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            if (mentions(v, email))
                return true;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (mentions(it.value(), email))
                return true;
    }
    return false;
}

} // namespace invitedesk::audit_personal_data
