#include "core/http/reset/PasswordResetApiHandler.h"

#include "core/http/server/HttpLogging.h"
#include "core/http/server/HttpResponses.h"
#include "core/http/server/RequestBody.h"

#include <QJsonObject>

namespace invitedesk::http {

namespace {
QHttpServerResponse gone(const PasswordResetLookup& lookup)
{
    const Error error = PasswordResetService::goneError(lookup);
    return responses::json(
        QJsonObject{{QStringLiteral("error"), Error::codeName(error.code)},
                    {QStringLiteral("reason"), password_reset::stateName(lookup.state)},
                    {QStringLiteral("message"), error.message},
                    {QStringLiteral("field"), error.field}},
        Status::Gone);
}

QHttpServerResponse logged(const Error& error)
{
    if (error.code == Error::Code::Internal || error.code == Error::Code::Environment)
        qCWarning(lcHttp).noquote() << "reset request failed:" << error.describe();
    return responses::fromError(error);
}
} // namespace

PasswordResetApiHandler::PasswordResetApiHandler(std::shared_ptr<PasswordResetService> service,
                                                 qsizetype maxBodyBytes)
    : m_service(std::move(service)), m_maxBodyBytes(maxBodyBytes)
{}

QHttpServerResponse PasswordResetApiHandler::goneNow(const Error& error, const QString& token) const
{
    if (error.code == Error::Code::Gone) {
        auto again = m_service->lookup(token);
        if (again && again->state != PasswordResetState::Open)
            return gone(again.value());
    }
    return logged(error);
}

ResetStep PasswordResetApiHandler::beginReset(const RequestInfo& request) const
{
    // The link first: an unknown or used link answers 404/410 whatever the body holds.
    auto found = m_service->lookup(request.arg);
    if (!found)
        return logged(found.error());
    if (found->state != PasswordResetState::Open)
        return gone(found.value());

    auto body = RequestBody::parse(request, m_maxBodyBytes);
    if (!body)
        return responses::fromError(body.error());
    PasswordResetRequest submitted;
    submitted.token = request.arg;
    submitted.password = body->value(QStringLiteral("password"));
    if (submitted.password.isEmpty())
        return responses::fromError(
            Error::invalid(QStringLiteral("password"), QStringLiteral("Choose a new password.")));
    const QStringList confirmationNames = {QStringLiteral("password_confirmation"),
                                           QStringLiteral("confirm_password")};
    if (body->hasAny(confirmationNames))
        submitted.passwordConfirmation = body->firstOf(confirmationNames);
    auto prepared = m_service->prepare(submitted);
    if (!prepared)
        return goneNow(prepared.error(), request.arg);
    PendingPasswordReset pending;
    pending.prepared = std::move(prepared.value());
    pending.password = submitted.password;
    pending.token = request.arg;
    return pending;
}

QHttpServerResponse PasswordResetApiHandler::finishReset(PendingPasswordReset&& pending) const
{
    auto user = m_service->complete(pending.prepared, pending.passwordHash);
    if (!user)
        return goneNow(user.error(), pending.token);
    return responses::json(QJsonObject{{QStringLiteral("user_id"), user->id},
                                       {QStringLiteral("email"), user->email},
                                       {QStringLiteral("password_reset"), true}});
}

} // namespace invitedesk::http
