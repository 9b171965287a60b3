#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace invitedesk {

// Receives a record's JSON fields one by one, so that the list of field names and their
// types is written once (e.g. Invitation::writeJson) and serves both a QJsonObject (the
// command line) and a direct byte writer (the integration API's hot list route).
class JsonFieldSink {
public:
    virtual ~JsonFieldSink() = default;

    virtual void text(const char* name, const QString& value) = 0;
    virtual void null(const char* name) = 0;
    // UTC, ISO 8601 with milliseconds ("2026-12-05T01:02:03.456Z"); null when invalid.
    virtual void time(const char* name, const QDateTime& value) = 0;
    virtual void integer(const char* name, qint64 value) = 0;
    virtual void boolean(const char* name, bool value) = 0;
    virtual void object(const char* name, const QJsonObject& value) = 0;

    void textOrNull(const char* name, const QString& value)
    {
        if (value.isEmpty())
            null(name);
        else
            text(name, value);
    }
};

} // namespace invitedesk
