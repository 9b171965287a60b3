#pragma once

#include "core/domain/JsonFieldSink.h"

#include <QByteArray>
#include <QJsonValue>
#include <QVarLengthArray>

namespace invitedesk::http {

// Writes compact JSON text straight into a byte array, for responses that carry many
// records (the integration API's list): building a QJsonObject per record and serialising it
// cost more than the database read. Fields come through JsonFieldSink, so a record's names
// stay in one place (e.g. Invitation::writeJson). The caller nests objects and arrays in
// order; names are given inside objects and null inside arrays.
class JsonTextWriter final : public JsonFieldSink {
public:
    explicit JsonTextWriter(QByteArray* out) : m_out(out) {}

    void beginObject(const char* name = nullptr);
    void endObject();
    void beginArray(const char* name = nullptr);
    void endArray();
    // Any value (containers through QJsonDocument).
    void value(const char* name, const QJsonValue& value);

    void text(const char* name, const QString& value) override;
    void null(const char* name) override;
    void time(const char* name, const QDateTime& value) override;
    void integer(const char* name, qint64 value) override;
    void boolean(const char* name, bool value) override;
    void object(const char* name, const QJsonObject& value) override;

    // A JSON string literal (quoted, escaped, UTF-8).
    static void appendString(QByteArray& out, const QString& text);
    // `"2026-12-05T01:02:03.456Z"`, as QDateTime::toString(Qt::ISODateWithMs) gives it in UTC.
    static void appendUtcTime(QByteArray& out, const QDateTime& time);

private:
    void key(const char* name);

    QByteArray* m_out;
    QVarLengthArray<bool, 8> m_first; // per open container: nothing written in it yet
};

} // namespace invitedesk::http
