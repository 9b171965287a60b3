#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace invitedesk::http {

using Status = QHttpServerResponse::StatusCode;

// Answers the handler builds. JSON errors look like
// {"error": "invalid_input", "message": "...", "field": "password"} ("field" only when the
// error concerns one).
namespace responses {
QHttpServerResponse json(const QJsonObject& body, Status status = Status::Ok);
QHttpServerResponse html(const QByteArray& page, Status status = Status::Ok);
QHttpServerResponse text(const QByteArray& body, Status status);
QHttpServerResponse jsonError(Status status, const QString& code, const QString& message,
                              const QString& field = {});
QHttpServerResponse fromError(const Error& error);
// HTTP status for a core error.
Status statusOf(const Error& error);
// "Too many requests" with Retry-After.
QHttpServerResponse tooManyRequests(int retryAfterSeconds, bool asHtml,
                                    const QByteArray& htmlPage = {});
} // namespace responses

} // namespace invitedesk::http
