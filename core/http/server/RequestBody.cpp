#include "core/http/server/RequestBody.h"

#include "core/http/server/RequestInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>
#include <QUrl>

namespace invitedesk::http {

namespace {
const QString kBody = QStringLiteral("body");

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// Percent-decodes one application/x-www-form-urlencoded component ('+' is a space).
std::optional<QString> decodeComponent(QByteArray part)
{
    part.replace('+', ' ');
    const QByteArray decoded = QByteArray::fromPercentEncoding(part);
    if (!isValidUtf8(decoded))
        return std::nullopt;
    return QString::fromUtf8(decoded);
}
} // namespace

Result<RequestBody> RequestBody::parse(const RequestInfo& request, qsizetype maxBytes)
{
    if (request.body.size() > maxBytes) {
        return Error::invalid(
            kBody, QStringLiteral("The request body is larger than %1 bytes.").arg(maxBytes));
    }
    const QByteArray type = request.mediaType();
    if (type == "application/json" || type.endsWith("+json"))
        return parseJson(request.body);
    if (type == "application/x-www-form-urlencoded")
        return parseForm(request.body);
    if (type.isEmpty()) {
        if (request.body.trimmed().startsWith('{'))
            return parseJson(request.body);
        return parseForm(request.body);
    }
    return Error::invalid(kBody, QStringLiteral("Send the body as application/json or "
                                                "application/x-www-form-urlencoded."));
}

Result<RequestBody> RequestBody::parseJson(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::invalid(kBody, QStringLiteral("The request body is not valid JSON (%1 at "
                                                    "offset %2).")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset));
    }
    if (!doc.isObject())
        return Error::invalid(kBody, QStringLiteral("The request body must be a JSON object."));
    RequestBody result;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull())
            continue;
        if (!it.value().isString()) {
            return Error::invalid(it.key(),
                                  QStringLiteral("\"%1\" must be a string.").arg(it.key()));
        }
        result.m_fields.insert(it.key(), it.value().toString());
    }
    return result;
}

Result<RequestBody> RequestBody::parseForm(const QByteArray& body)
{
    RequestBody result;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto name = decodeComponent(eq < 0 ? pair : pair.left(eq));
        const auto value = decodeComponent(eq < 0 ? QByteArray() : pair.mid(eq + 1));
        if (!name || !value)
            return Error::invalid(kBody, QStringLiteral("The form is not valid UTF-8."));
        if (!result.m_fields.contains(*name))
            result.m_fields.insert(*name, *value);
    }
    return result;
}

QString RequestBody::firstOf(const QStringList& names) const
{
    for (const QString& name : names) {
        if (m_fields.contains(name))
            return m_fields.value(name);
    }
    return {};
}

bool RequestBody::hasAny(const QStringList& names) const
{
    for (const QString& name : names) {
        if (m_fields.contains(name))
            return true;
    }
    return false;
}

} // namespace invitedesk::http
