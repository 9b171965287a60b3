#pragma once

#include "core/Error.h"
#include "core/http/server/HttpResponses.h"

#include <QJsonObject>

namespace invitedesk::http::api {

// Answers of the integration API. Every error has one shape,
// {"error": {"code", "message", "field"}} ("field" null when the error concerns none), with
// the command line's codes (Error::codeName) and messages.
enum class ErrorContext {
    Request,    // bad query, path or body shape: invalid input is 400
    BodyFields, // a create or update: a field value the service refuses is 422
};

QHttpServerResponse json(const QJsonObject& body, Status status = Status::Ok);
QHttpServerResponse error(Status status, const QString& code, const QString& message,
                          const QString& field = {});
// A core error as its HTTP status: 400/422 invalid input, 401 (with WWW-Authenticate),
// 403, 404, 409 (412 for a stale If-Match), 410, 429 (daily quota), 500, 503.
QHttpServerResponse fromError(const Error& error, ErrorContext context = ErrorContext::Request,
                              bool ifMatchGiven = false);
Status statusOf(const Error& error, ErrorContext context, bool ifMatchGiven);
// The error object alone (a bulk item's "error").
QJsonObject errorObject(const Error& error);
QHttpServerResponse tooManyRequests(int retryAfterSeconds, const QString& message);

} // namespace invitedesk::http::api
