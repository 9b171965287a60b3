#include "core/http/server/JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace invitedesk::http {

namespace {
void appendDigits(QByteArray& out, qint64 value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}
} // namespace

void JsonTextWriter::key(const char* name)
{
    if (!m_first.isEmpty()) {
        if (!m_first.back())
            m_out->append(',');
        m_first.back() = false;
    }
    if (name) {
        m_out->append('"');
        m_out->append(name); // names are ASCII identifiers, never escaped
        m_out->append("\":", 2);
    }
}

void JsonTextWriter::beginObject(const char* name)
{
    key(name);
    m_out->append('{');
    m_first.append(true);
}

void JsonTextWriter::endObject()
{
    m_first.removeLast();
    m_out->append('}');
}

void JsonTextWriter::beginArray(const char* name)
{
    key(name);
    m_out->append('[');
    m_first.append(true);
}

void JsonTextWriter::endArray()
{
    m_first.removeLast();
    m_out->append(']');
}

void JsonTextWriter::value(const char* name, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null(name);
    case QJsonValue::Bool:
        return boolean(name, v.toBool());
    case QJsonValue::String:
        return text(name, v.toString());
    case QJsonValue::Object:
        return object(name, v.toObject());
    case QJsonValue::Array:
        key(name);
        m_out->append(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        return;
    case QJsonValue::Double: {
        // Through QJsonDocument, which formats doubles exactly as elsewhere in the API.
        const QByteArray one = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        key(name);
        m_out->append(one.constData() + 1, one.size() - 2);
        return;
    }
    }
}

void JsonTextWriter::text(const char* name, const QString& value)
{
    key(name);
    appendString(*m_out, value);
}

void JsonTextWriter::null(const char* name)
{
    key(name);
    m_out->append("null", 4);
}

void JsonTextWriter::time(const char* name, const QDateTime& value)
{
    if (!value.isValid())
        return null(name);
    key(name);
    appendUtcTime(*m_out, value);
}

void JsonTextWriter::integer(const char* name, qint64 value)
{
    key(name);
    m_out->append(QByteArray::number(value));
}

void JsonTextWriter::boolean(const char* name, bool value)
{
    key(name);
    if (value)
        m_out->append("true", 4);
    else
        m_out->append("false", 5);
}

void JsonTextWriter::object(const char* name, const QJsonObject& value)
{
    key(name);
    m_out->append(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

void JsonTextWriter::appendString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8(); // bytes of multi-byte sequences are >= 0x80
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escaped, 6);
        }
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out.append('"');
}

void JsonTextWriter::appendUtcTime(QByteArray& out, const QDateTime& time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / 86400000;
    qint64 msOfDay = ms % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    // Civil date from days since 1970-01-01 (proleptic Gregorian, as Qt counts).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) { // Qt's own form for the far past and future
        appendString(out, time.toUTC().toString(Qt::ISODateWithMs));
        return;
    }
    out.append('"');
    appendDigits(out, year, 4);
    out.append('-');
    appendDigits(out, month, 2);
    out.append('-');
    appendDigits(out, day, 2);
    out.append('T');
    appendDigits(out, msOfDay / 3600000, 2);
    out.append(':');
    appendDigits(out, msOfDay / 60000 % 60, 2);
    out.append(':');
    appendDigits(out, msOfDay / 1000 % 60, 2);
    out.append('.');
    appendDigits(out, msOfDay % 1000, 3);
    out.append("Z\"", 2);
}

} // namespace invitedesk::http
