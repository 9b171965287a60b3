// libFuzzer entry point for core/http/server/RequestBody: the POST bodies of the acceptance
// routes (the accept form and POST /api/invitations/{token}/accept) and its Content-Type. The
// first byte picks the Content-Type (7: the input up to its first LF is the header's value);
// the rest is the body. Checks, with a limit of 2048 octets:
//  - a body over the limit is refused, naming the field "body";
//  - the media type decides the format: JSON for application/json and +json, a form for
//    application/x-www-form-urlencoded, a guess without one, a refusal for anything else;
//  - forms read as the URL Standard's application/x-www-form-urlencoded parser reads them
//    (the reference below: '+' is a space, "%XX" with two hex digits an octet, any other '%'
//    itself; the first of repeated names wins), refusing what is not UTF-8;
//  - JSON reads as QJsonDocument reads it, string members only (null ones absent), and every
//    field is text: a string that is not valid Unicode (an unpaired surrogate escape) is
//    refused, as a form that is not UTF-8 is;
//  - the fields, written back as a form and as JSON, parse to themselves.
#include "core/http/server/RequestBody.h"
#include "core/http/server/RequestInfo.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QUrl>

#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace invitedesk;
using namespace invitedesk::http;

namespace {

constexpr qsizetype kMaxBytes = 2048;

void check(bool condition)
{
    if (!condition)
        abort();
}

using Fields = QList<QPair<QString, QString>>; // in order, each name once

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The URL Standard's percent-decode of a byte sequence, after '+' became a space.
QByteArray percentDecode(const QByteArray& in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i] == '+' ? ' ' : in[i];
        if (c == '%' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            out += char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<QString> utf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString s = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return s;
}

// nullopt: not UTF-8.
std::optional<Fields> referenceForm(const QByteArray& body)
{
    Fields fields;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto name = utf8(percentDecode(eq < 0 ? pair : pair.left(eq)));
        const auto value = utf8(percentDecode(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
        if (!name || !value)
            return std::nullopt;
        bool seen = false;
        for (const auto& f : fields)
            seen = seen || f.first == *name;
        if (!seen)
            fields.append({*name, *value});
    }
    return fields;
}

bool isValidText(const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
            ++i;
        else if (s[i].isSurrogate())
            return false;
    }
    return true;
}

// What RequestBody must make of `result` given the reference fields (nullopt: refused).
void checkFields(const Result<RequestBody>& result, const std::optional<Fields>& want)
{
    check(result.ok() == want.has_value());
    if (!want) {
        check(result.error().code == Error::Code::InvalidInput);
        return;
    }
    for (const auto& [name, value] : *want) {
        check(result->has(name));
        check(result->value(name) == value);
    }
    check(!result->has(QStringLiteral("\x01not sent")));
}

void checkRoundTrips(const Fields& fields)
{
    QByteArray form;
    QJsonObject object;
    bool leadingBom = false;
    for (const auto& [name, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        object.insert(name, value);
        leadingBom =
            leadingBom || name.startsWith(QChar(0xFEFF)) || value.startsWith(QChar(0xFEFF));
    }
    checkFields(RequestBody::parseForm(form), fields);
    // Qt's JSON parser drops a U+FEFF that starts a string (it decodes each string as a
    // document): not RequestBody's to change.
    if (!leadingBom) {
        checkFields(RequestBody::parseJson(QJsonDocument(object).toJson(QJsonDocument::Compact)),
                    fields);
    }
}

std::optional<Fields> referenceJson(const QByteArray& body, QString* errorField)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *errorField = QStringLiteral("body");
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    Fields fields;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull())
            continue;
        if (!it.value().isString()) {
            *errorField = it.key();
            return std::nullopt;
        }
        if (!isValidText(it.key()) || !isValidText(it.value().toString())) {
            *errorField = QStringLiteral("body");
            return std::nullopt;
        }
        fields.append({it.key(), it.value().toString()});
    }
    return fields;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    static const QByteArray types[] = {"",
                                       "application/json",
                                       "application/json; charset=utf-8",
                                       "application/x-www-form-urlencoded",
                                       " Application/Merge-Patch+JSON ;x=y",
                                       "text/plain",
                                       "APPLICATION/X-WWW-FORM-URLENCODED;charset=UTF-8"};
    QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QByteArray contentType;
    if (data[0] % 8 < 7) {
        contentType = types[data[0] % 8];
    } else {
        const qsizetype nl = body.indexOf('\n');
        contentType = body.left(nl < 0 ? 0 : nl);
        body = body.mid(nl + 1);
    }
    RequestInfo request;
    request.method = "POST";
    if (!contentType.isEmpty() || data[0] % 8 == 7)
        request.headers.append({"Content-Type", contentType});
    request.body = body;

    const Result<RequestBody> parsed = RequestBody::parse(request, kMaxBytes);
    if (body.size() > kMaxBytes) {
        check(!parsed.ok() && parsed.error().field == QLatin1String("body"));
        return 0;
    }

    QByteArray media = contentType;
    if (const qsizetype semicolon = media.indexOf(';'); semicolon >= 0)
        media.truncate(semicolon);
    media = media.trimmed().toLower();
    const bool json = media == "application/json" || media.endsWith("+json") ||
                      (media.isEmpty() && body.trimmed().startsWith('{'));
    const bool form = !json && (media == "application/x-www-form-urlencoded" || media.isEmpty());

    std::optional<Fields> want;
    QString errorField = QStringLiteral("body");
    if (json)
        want = referenceJson(body, &errorField);
    else if (form)
        want = referenceForm(body);
    checkFields(parsed, want);
    if (!parsed.ok())
        check(parsed.error().field == errorField);
    if (want)
        checkRoundTrips(*want);

    // The same body through the format functions directly, whatever its type.
    QString jsonErrorField;
    const auto jsonWant = referenceJson(body, &jsonErrorField);
    const auto jsonGot = RequestBody::parseJson(body);
    checkFields(jsonGot, jsonWant);
    if (!jsonGot.ok())
        check(jsonGot.error().field == jsonErrorField);
    checkFields(RequestBody::parseForm(body), referenceForm(body));
    return 0;
}
