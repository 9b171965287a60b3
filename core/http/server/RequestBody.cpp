#include "core/http/server/RequestBody.h"

#include "core/http/server/RequestInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>

namespace invitedesk::http {

namespace {
const QString kBody = QStringLiteral("body");

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Percent-decodes one application/x-www-form-urlencoded component as the URL Standard does:
// '+' is a space, "%XX" with two hex digits an octet, any other '%' stays itself
// (QByteArray::fromPercentEncoding turns "%zz" into an arbitrary octet). nullopt when the
// octets are not UTF-8. A leading U+FEFF is kept: it is part of the value.
std::optional<QString> decodeComponent(const QByteArray& part)
{
    QByteArray octets;
    octets.reserve(part.size());
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char c = part[i];
        const int high = c == '%' && i + 2 < part.size() ? hexDigit(part[i + 1]) : -1;
        const int low = high >= 0 ? hexDigit(part[i + 2]) : -1;
        if (low >= 0) {
            octets += char(high * 16 + low);
            i += 2;
        } else {
            octets += c == '+' ? ' ' : c;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(octets);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// False when the string holds an unpaired surrogate (from a "\ud800" escape): not text.
bool isValidText(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return false;
    }
    return true;
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
        const QString value = it.value().toString();
        if (!isValidText(it.key()) || !isValidText(value)) {
            return Error::invalid(kBody, QStringLiteral("The request body holds a string that is "
                                                        "not valid Unicode text."));
        }
        result.m_fields.insert(it.key(), value);
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
