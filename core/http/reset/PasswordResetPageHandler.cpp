#include "core/http/reset/PasswordResetPageHandler.h"

#include "core/http/server/HttpLogging.h"
#include "core/http/server/HttpResponses.h"
#include "core/http/server/RequestBody.h"

namespace invitedesk::http {

namespace {
QString pageLanguage(const RequestInfo& request, const QString& resetLanguage)
{
    if (!request.language.isEmpty())
        return request.language;
    return resetLanguage == QLatin1String("es") ? QStringLiteral("es") : QStringLiteral("en");
}
} // namespace

PasswordResetPageHandler::PasswordResetPageHandler(std::shared_ptr<PasswordResetService> service,
                                                   std::shared_ptr<const PasswordResetPage> page,
                                                   qsizetype maxBodyBytes)
    : m_service(std::move(service)), m_page(std::move(page)), m_maxBodyBytes(maxBodyBytes)
{}

QHttpServerResponse PasswordResetPageHandler::notFound(const QString& language) const
{
    return responses::html(m_page->problem(AcceptanceTexts(language), "reset_notfound"),
                           Status::NotFound);
}

QHttpServerResponse PasswordResetPageHandler::lookupFailure(const Error& error,
                                                            const QString& language) const
{
    if (error.code == Error::Code::NotFound)
        return notFound(language);
    qCWarning(lcHttp).noquote() << "reset page request failed:" << error.describe();
    const AcceptanceTexts texts(language);
    if (error.code == Error::Code::Environment)
        return responses::html(m_page->problem(texts, "unavailable_service"),
                               Status::ServiceUnavailable);
    return responses::html(m_page->problem(texts, "error"), Status::InternalServerError);
}

QHttpServerResponse PasswordResetPageHandler::closedPage(const PasswordResetLookup& lookup,
                                                         const QString& language) const
{
    return responses::html(m_page->closed(AcceptanceTexts(language), lookup.state, lookup.reset),
                           Status::Gone);
}

QHttpServerResponse PasswordResetPageHandler::failurePage(const Error& error, const QString& token,
                                                          const QString& language) const
{
    if (error.code == Error::Code::Gone || error.code == Error::Code::NotFound) {
        auto again = m_service->lookup(token);
        if (!again)
            return lookupFailure(again.error(), language);
        if (again->state != PasswordResetState::Open)
            return closedPage(again.value(), language);
    }
    if (error.code == Error::Code::Conflict) {
        return responses::html(m_page->problem(AcceptanceTexts(language), "reset_changed"),
                               Status::Conflict);
    }
    return lookupFailure(error, language);
}

QHttpServerResponse PasswordResetPageHandler::show(const RequestInfo& request) const
{
    auto found = m_service->lookup(request.arg);
    if (!found)
        return lookupFailure(found.error(), pageLanguage(request, QString()));
    const QString language = pageLanguage(request, found->reset.language);
    if (found->state != PasswordResetState::Open)
        return closedPage(found.value(), language);
    return responses::html(m_page->form(AcceptanceTexts(language), found->reset));
}

ResetStep PasswordResetPageHandler::beginReset(const RequestInfo& request) const
{
    auto found = m_service->lookup(request.arg);
    if (!found)
        return lookupFailure(found.error(), pageLanguage(request, QString()));
    const PasswordResetRecord& reset = found->reset;
    const QString language = pageLanguage(request, reset.language);
    if (found->state != PasswordResetState::Open)
        return closedPage(found.value(), language);
    const AcceptanceTexts texts(language);
    if (request.body.size() > m_maxBodyBytes) {
        return responses::html(m_page->problem(texts, "toolarge", reset.organizationName),
                               Status::BadRequest);
    }
    auto body = RequestBody::parse(request, m_maxBodyBytes);
    if (!body) {
        return responses::html(
            m_page->form(texts, reset, {{QStringLiteral("body"), texts.text("error.body")}}),
            Status::BadRequest);
    }
    PasswordResetRequest submitted;
    submitted.token = request.arg;
    submitted.password = body->value(QStringLiteral("password"));
    // The form always sends the confirmation; a missing one counts as empty.
    submitted.passwordConfirmation = body->value(QStringLiteral("password_confirmation"));
    auto prepared = m_service->prepare(submitted);
    if (!prepared) {
        const Error& error = prepared.error();
        if (error.code != Error::Code::InvalidInput)
            return failurePage(error, request.arg, language);
        // Every field's problem at once, not one per submission.
        QHash<QString, QString> errors;
        if (error.field == QLatin1String("password"))
            errors.insert(error.field, texts.passwordError(submitted.password, reset.email));
        if (error.field == QLatin1String("password_confirmation") ||
            *submitted.passwordConfirmation != submitted.password)
            errors.insert(QStringLiteral("password_confirmation"),
                          texts.text("error.password_confirmation"));
        if (errors.isEmpty())
            errors.insert(QStringLiteral("body"), texts.text("error.body"));
        return responses::html(m_page->form(texts, reset, errors), Status::BadRequest);
    }
    PendingPasswordReset pending;
    pending.prepared = std::move(prepared.value());
    pending.password = submitted.password;
    pending.token = request.arg;
    pending.language = language;
    return pending;
}

QHttpServerResponse PasswordResetPageHandler::finishReset(PendingPasswordReset&& pending) const
{
    auto user = m_service->complete(pending.prepared, pending.passwordHash);
    if (!user)
        return failurePage(user.error(), pending.token, pending.language);
    return responses::html(m_page->done(AcceptanceTexts(pending.language), pending.prepared.reset));
}

} // namespace invitedesk::http
