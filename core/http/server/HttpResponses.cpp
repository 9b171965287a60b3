#include "core/http/server/HttpResponses.h"

#include "core/http/server/HttpCompat.h"

#include <QJsonDocument>

namespace invitedesk::http::responses {

QHttpServerResponse json(const QJsonObject& body, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse html(const QByteArray& page, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), page, status);
}

QHttpServerResponse text(const QByteArray& body, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), body, status);
}

QHttpServerResponse jsonError(Status status, const QString& code, const QString& message,
                              const QString& field)
{
    QJsonObject body{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    return json(body, status);
}

Status statusOf(const Error& error)
{
    switch (error.code) {
    case Error::Code::InvalidInput:
        return Status::BadRequest;
    case Error::Code::NotPermitted:
        return Status::Forbidden;
    case Error::Code::NotFound:
        return Status::NotFound;
    case Error::Code::Conflict:
        return Status::Conflict;
    case Error::Code::Gone:
        return Status::Gone;
    case Error::Code::QuotaExceeded:
        return Status::TooManyRequests;
    case Error::Code::Unauthenticated:
        return Status::Unauthorized;
    case Error::Code::Environment:
        return Status::ServiceUnavailable;
    case Error::Code::Internal:
        return Status::InternalServerError;
    }
    return Status::InternalServerError;
}

QHttpServerResponse fromError(const Error& error)
{
    // Internal details (SQL text) stay in the log, not in the answer.
    QString message = error.message;
    if (error.code == Error::Code::Internal)
        message = QStringLiteral("Something went wrong on our side. Please try again later.");
    else if (error.code == Error::Code::Environment)
        message = QStringLiteral("The service is temporarily unavailable. Please try again later.");
    return jsonError(statusOf(error), Error::codeName(error.code), message, error.field);
}

QHttpServerResponse tooManyRequests(int retryAfterSeconds, bool asHtml, const QByteArray& htmlPage)
{
    QHttpServerResponse response =
        asHtml ? html(htmlPage, Status::TooManyRequests)
               : jsonError(Status::TooManyRequests, QStringLiteral("rate_limited"),
                           QStringLiteral("Too many requests from this address. Try again in %1 "
                                          "seconds.")
                               .arg(retryAfterSeconds));
    compat::setHeader(response, "Retry-After", QByteArray::number(qMax(1, retryAfterSeconds)));
    return response;
}

} // namespace invitedesk::http::responses
