#include "core/http/acceptance/AcceptanceApiHandler.h"

#include "core/http/server/HttpLogging.h"
#include "core/http/server/HttpResponses.h"
#include "core/http/server/RequestBody.h"

#include <QJsonObject>

namespace invitedesk::http {

namespace {
QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QHttpServerResponse gone(const AcceptanceLookup& lookup)
{
    const Error error = AcceptanceService::goneError(lookup);
    return responses::json(
        QJsonObject{{QStringLiteral("valid"), false},
                    {QStringLiteral("error"), Error::codeName(error.code)},
                    {QStringLiteral("reason"), AcceptanceService::stateName(lookup.state)},
                    {QStringLiteral("message"), error.message},
                    {QStringLiteral("field"), error.field}},
        Status::Gone);
}

QHttpServerResponse logged(const Error& error)
{
    if (error.code == Error::Code::Internal || error.code == Error::Code::Environment)
        qCWarning(lcHttp).noquote() << "request failed:" << error.describe();
    return responses::fromError(error);
}
} // namespace

AcceptanceApiHandler::AcceptanceApiHandler(std::shared_ptr<AcceptanceService> service,
                                           qsizetype maxBodyBytes)
    : m_service(std::move(service)), m_maxBodyBytes(maxBodyBytes)
{}

QHttpServerResponse AcceptanceApiHandler::lookupError(const Error& error)
{
    if (error.code == Error::Code::NotFound) {
        return responses::json(QJsonObject{{QStringLiteral("valid"), false},
                                           {QStringLiteral("error"), Error::codeName(error.code)},
                                           {QStringLiteral("message"), error.message},
                                           {QStringLiteral("field"), error.field}},
                               Status::NotFound);
    }
    return logged(error);
}

QHttpServerResponse AcceptanceApiHandler::validate(const RequestInfo& request) const
{
    return validateAnswer(m_service->open(request.arg));
}

QHttpServerResponse AcceptanceApiHandler::validateAnswer(const Result<AcceptanceLookup>& found)
{
    if (!found)
        return lookupError(found.error());
    if (found->state != AcceptanceState::Open)
        return gone(found.value());
    const AcceptanceRecord& inv = found->invitation;
    return responses::json(QJsonObject{
        {QStringLiteral("valid"), true},
        {QStringLiteral("email"), inv.email},
        {QStringLiteral("first_name"), inv.firstName},
        {QStringLiteral("last_name"), inv.lastName},
        {QStringLiteral("invitation_type"), invitation_types::name(inv.type)},
        {QStringLiteral("organization"), inv.organizationName},
        {QStringLiteral("expires_at"), timeOrNull(inv.expiresAt)},
    });
}

QHttpServerResponse AcceptanceApiHandler::health() const
{
    auto r = m_service->health();
    if (!r) {
        qCWarning(lcHttp).noquote() << "health check failed:" << r.error().describe();
        return responses::json(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("unavailable")},
                        {QStringLiteral("database"), false}},
            Status::ServiceUnavailable);
    }
    return responses::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("database"), true}});
}

AcceptStep AcceptanceApiHandler::beginAccept(const RequestInfo& request) const
{
    // The token first: an unknown or used link answers 404/410 whatever the body holds.
    auto found = m_service->lookup(request.arg);
    if (!found)
        return lookupError(found.error());
    if (found->state != AcceptanceState::Open)
        return gone(found.value());

    auto body = RequestBody::parse(request, m_maxBodyBytes);
    if (!body)
        return responses::fromError(body.error());
    AcceptRequest accept;
    accept.token = request.arg;
    accept.password = body->value(QStringLiteral("password"));
    if (!body->has(QStringLiteral("password")) || accept.password.isEmpty())
        return responses::fromError(
            Error::invalid(QStringLiteral("password"), QStringLiteral("Choose a password.")));
    const QStringList confirmationNames = {QStringLiteral("password_confirmation"),
                                           QStringLiteral("confirm_password")};
    if (body->hasAny(confirmationNames))
        accept.passwordConfirmation = body->firstOf(confirmationNames);
    if (body->has(QStringLiteral("first_name")))
        accept.firstName = body->value(QStringLiteral("first_name"));
    if (body->has(QStringLiteral("last_name")))
        accept.lastName = body->value(QStringLiteral("last_name"));

    auto prepared = m_service->prepare(accept);
    if (!prepared) {
        if (prepared.error().code == Error::Code::NotFound)
            return lookupError(prepared.error());
        if (prepared.error().code == Error::Code::Gone) {
            auto again = m_service->lookup(request.arg);
            if (again && again->state != AcceptanceState::Open)
                return gone(again.value());
        }
        return logged(prepared.error());
    }
    PendingAcceptance pending;
    pending.prepared = std::move(prepared.value());
    pending.password = accept.password;
    pending.token = request.arg;
    return pending;
}

QHttpServerResponse AcceptanceApiHandler::finishAccept(PendingAcceptance&& pending) const
{
    auto user = m_service->complete(pending.prepared, pending.passwordHash);
    if (!user) {
        if (user.error().code == Error::Code::Gone) {
            auto again = m_service->lookup(pending.token);
            if (again && again->state != AcceptanceState::Open)
                return gone(again.value());
        }
        return logged(user.error());
    }
    return responses::json(
        QJsonObject{{QStringLiteral("user_id"), user->id},
                    {QStringLiteral("id"), user->id},
                    {QStringLiteral("email"), user->email},
                    {QStringLiteral("role"), roles::name(user->role)},
                    {QStringLiteral("organization"), pending.prepared.invitation.organizationName}},
        Status::Created);
}

} // namespace invitedesk::http
