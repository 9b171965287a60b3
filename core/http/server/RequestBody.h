#pragma once

#include "core/Error.h"

#include <QHash>
#include <QString>

namespace invitedesk::http {

struct RequestInfo;

// The fields of a JSON object or an application/x-www-form-urlencoded body, as text.
class RequestBody {
public:
    // Errors name the field "body": over the size limit, malformed JSON or form (a form that
    // is not UTF-8, a JSON string with an unpaired surrogate: fields are always valid text), a
    // JSON value that is not an object, an unsupported media type; a member that is not a
    // string names itself. Forms decode as the URL Standard says ("%zz" stays "%zz").
    static Result<RequestBody> parse(const RequestInfo& request, qsizetype maxBytes);
    static Result<RequestBody> parseJson(const QByteArray& body);
    static Result<RequestBody> parseForm(const QByteArray& body);

    bool has(const QString& name) const { return m_fields.contains(name); }
    QString value(const QString& name) const { return m_fields.value(name); }
    // The first of several names that is present ("password_confirmation", "confirm").
    QString firstOf(const QStringList& names) const;
    bool hasAny(const QStringList& names) const;

private:
    QHash<QString, QString> m_fields;
};

} // namespace invitedesk::http
