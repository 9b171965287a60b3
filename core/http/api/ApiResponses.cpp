#include "core/http/api/ApiResponses.h"

#include "core/http/server/HttpCompat.h"

#include <QJsonDocument>

namespace invitedesk::http::api {

namespace {
QString publicMessage(const Error& e)
{
    // Internal details (SQL text) stay in the log, not in the answer.
    if (e.code == Error::Code::Internal)
        return QStringLiteral("Something went wrong on our side. Please try again later.");
    if (e.code == Error::Code::Environment)
        return QStringLiteral("The service is temporarily unavailable. Please try again later.");
    return e.message;
}
} // namespace

QHttpServerResponse json(const QJsonObject& body, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse error(Status status, const QString& code, const QString& message,
                          const QString& field)
{
    return json(QJsonObject{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), code},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("field"),
                                          field.isEmpty() ? QJsonValue() : QJsonValue(field)}}}},
                status);
}

QJsonObject errorObject(const Error& e)
{
    return QJsonObject{{QStringLiteral("code"), Error::codeName(e.code)},
                       {QStringLiteral("message"), publicMessage(e)},
                       {QStringLiteral("field"), e.field.isEmpty() ? QJsonValue() : e.field}};
}

Status statusOf(const Error& e, ErrorContext context, bool ifMatchGiven)
{
    switch (e.code) {
    case Error::Code::InvalidInput:
        if (context == ErrorContext::BodyFields && e.field != QLatin1String("body") &&
            e.field != QLatin1String("id"))
            return Status::UnprocessableEntity;
        return Status::BadRequest;
    case Error::Code::Conflict:
        if (ifMatchGiven && e.field == QLatin1String("version"))
            return Status::PreconditionFailed;
        return Status::Conflict;
    default:
        return responses::statusOf(e);
    }
}

QHttpServerResponse fromError(const Error& e, ErrorContext context, bool ifMatchGiven)
{
    const Status status = statusOf(e, context, ifMatchGiven);
    QHttpServerResponse response =
        json(QJsonObject{{QStringLiteral("error"), errorObject(e)}}, status);
    if (status == Status::Unauthorized)
        compat::setHeader(response, "WWW-Authenticate", "Bearer realm=\"invitedesk\"");
    return response;
}

QHttpServerResponse tooManyRequests(int retryAfterSeconds, const QString& message)
{
    QHttpServerResponse response =
        error(Status::TooManyRequests, QStringLiteral("rate_limited"), message);
    compat::setHeader(response, "Retry-After", QByteArray::number(qMax(1, retryAfterSeconds)));
    return response;
}

} // namespace invitedesk::http::api
