#include "core/http/acceptance/AcceptancePageHandler.h"

#include "core/http/server/HttpLogging.h"
#include "core/http/server/HttpResponses.h"
#include "core/http/server/RequestBody.h"
#include "core/security/PasswordPolicy.h"

namespace invitedesk::http {

namespace {
QString pageLanguage(const RequestInfo& request, const QString& invitationLanguage)
{
    if (!request.language.isEmpty())
        return request.language;
    return invitationLanguage == QLatin1String("es") ? QStringLiteral("es") : QStringLiteral("en");
}
} // namespace

AcceptancePageHandler::AcceptancePageHandler(std::shared_ptr<AcceptanceService> service,
                                             std::shared_ptr<const AcceptancePage> page,
                                             qsizetype maxBodyBytes)
    : m_service(std::move(service)), m_page(std::move(page)), m_maxBodyBytes(maxBodyBytes)
{}

QHttpServerResponse AcceptancePageHandler::notFound(const QString& language) const
{
    return responses::html(m_page->problem(AcceptanceTexts(language), "notfound"),
                           Status::NotFound);
}

QByteArray AcceptancePageHandler::tooManyRequestsPage(const QString& language,
                                                      int retryAfterSeconds) const
{
    return m_page->problem(AcceptanceTexts(language), "ratelimited",
                           {QString::number(retryAfterSeconds)});
}

QHttpServerResponse AcceptancePageHandler::unavailable(const QString& language) const
{
    QHttpServerResponse response =
        responses::html(m_page->problem(AcceptanceTexts(language), "unavailable_service"),
                        Status::ServiceUnavailable);
    return response;
}

QHttpServerResponse AcceptancePageHandler::lookupFailure(const Error& error,
                                                         const QString& language) const
{
    if (error.code == Error::Code::NotFound)
        return notFound(language);
    qCWarning(lcHttp).noquote() << "page request failed:" << error.describe();
    if (error.code == Error::Code::Environment)
        return unavailable(language);
    return responses::html(m_page->problem(AcceptanceTexts(language), "error"),
                           Status::InternalServerError);
}

QHttpServerResponse AcceptancePageHandler::closedPage(const AcceptanceLookup& lookup,
                                                      const QString& language) const
{
    const AcceptanceTexts texts(language);
    const AcceptanceRecord& inv = lookup.invitation;
    const char* kind = "unavailable";
    QStringList args{inv.inviterName, inv.inviterEmail};
    switch (lookup.state) {
    case AcceptanceState::Expired:
        kind = "expired";
        break;
    case AcceptanceState::Cancelled:
        kind = "cancelled";
        break;
    case AcceptanceState::Accepted:
        kind = "accepted";
        args = {inv.email};
        break;
    case AcceptanceState::Replaced:
        kind = "replaced";
        break;
    case AcceptanceState::Unavailable:
    case AcceptanceState::Open:
        break;
    }
    return responses::html(m_page->problem(texts, kind, args, inv.organizationName), Status::Gone);
}

QHttpServerResponse AcceptancePageHandler::show(const RequestInfo& request) const
{
    auto opened = m_service->open(request.arg);
    if (!opened)
        return lookupFailure(opened.error(), pageLanguage(request, QString()));
    const AcceptanceRecord& inv = opened->invitation;
    const QString language = pageLanguage(request, inv.language);
    if (opened->state != AcceptanceState::Open)
        return closedPage(opened.value(), language);
    AcceptanceForm form;
    form.firstName = inv.firstName;
    form.lastName = inv.lastName;
    return responses::html(m_page->form(AcceptanceTexts(language), inv, form));
}

QString AcceptancePageHandler::fieldMessage(const AcceptanceTexts& texts, const Error& error,
                                            const AcceptRequest& request,
                                            const QString& email) const
{
    const QString& field = error.field;
    if (field == QLatin1String("first_name") || field == QLatin1String("last_name")) {
        const QString typed =
            (field == QLatin1String("first_name") ? request.firstName : request.lastName)
                .value_or(QString())
                .simplified();
        if (typed.isEmpty())
            return texts.text(field == QLatin1String("first_name") ? "error.first_name"
                                                                   : "error.last_name");
        return texts.text(typed.size() > 100 ? "error.name_too_long" : "error.name_invalid");
    }
    if (field == QLatin1String("password"))
        return texts.passwordError(request.password, email);
    if (field == QLatin1String("password_confirmation"))
        return texts.text("error.password_confirmation");
    return texts.text("error.body");
}

QHttpServerResponse AcceptancePageHandler::failurePage(const Error& error, const QString& token,
                                                       const QString& language) const
{
    const AcceptanceTexts texts(language);
    if (error.code == Error::Code::Gone || error.code == Error::Code::NotFound) {
        auto again = m_service->lookup(token);
        if (!again)
            return lookupFailure(again.error(), language);
        if (again->state != AcceptanceState::Open)
            return closedPage(again.value(), language);
    }
    if (error.code == Error::Code::Conflict) {
        if (error.field == QLatin1String("email")) {
            auto again = m_service->lookup(token);
            const QString email = again ? again->invitation.email : QString();
            return responses::html(m_page->problem(texts, "conflict", {email}), Status::Conflict);
        }
        return responses::html(m_page->problem(texts, "changed"), Status::Conflict);
    }
    return lookupFailure(error, language);
}

AcceptStep AcceptancePageHandler::beginAccept(const RequestInfo& request) const
{
    auto found = m_service->lookup(request.arg);
    if (!found)
        return lookupFailure(found.error(), pageLanguage(request, QString()));
    const AcceptanceRecord& inv = found->invitation;
    const QString language = pageLanguage(request, inv.language);
    if (found->state != AcceptanceState::Open)
        return closedPage(found.value(), language);
    const AcceptanceTexts texts(language);

    if (request.body.size() > m_maxBodyBytes) {
        return responses::html(m_page->problem(texts, "toolarge", {}, inv.organizationName),
                               Status::BadRequest);
    }
    AcceptRequest accept;
    accept.token = request.arg;
    AcceptanceForm form;
    auto body = RequestBody::parse(request, m_maxBodyBytes);
    if (body) {
        accept.password = body->value(QStringLiteral("password"));
        // The form always sends the confirmation; a missing one counts as empty.
        accept.passwordConfirmation = body->value(QStringLiteral("password_confirmation"));
        accept.firstName = body->value(QStringLiteral("first_name"));
        accept.lastName = body->value(QStringLiteral("last_name"));
        form.firstName = *accept.firstName;
        form.lastName = *accept.lastName;
    } else {
        form.firstName = inv.firstName;
        form.lastName = inv.lastName;
        form.errors.insert(QStringLiteral("body"), texts.text("error.body"));
        return responses::html(m_page->form(texts, inv, form), Status::BadRequest);
    }

    auto prepared = m_service->prepare(accept);
    if (!prepared) {
        const Error& error = prepared.error();
        if (error.code != Error::Code::InvalidInput)
            return failurePage(error, request.arg, language);
        form.errors.insert(error.field, fieldMessage(texts, error, accept, inv.email));
        // Report every field problem at once, not one per submission.
        if (!form.errors.contains(QStringLiteral("first_name")) &&
            accept.firstName->simplified().isEmpty())
            form.errors.insert(QStringLiteral("first_name"), texts.text("error.first_name"));
        if (!form.errors.contains(QStringLiteral("last_name")) &&
            accept.lastName->simplified().isEmpty())
            form.errors.insert(QStringLiteral("last_name"), texts.text("error.last_name"));
        if (!form.errors.contains(QStringLiteral("password"))) {
            if (auto policy = password_policy::check(accept.password, inv.email); !policy)
                form.errors.insert(QStringLiteral("password"),
                                   fieldMessage(texts, policy.error(), accept, inv.email));
        }
        if (!form.errors.contains(QStringLiteral("password_confirmation")) &&
            *accept.passwordConfirmation != accept.password)
            form.errors.insert(QStringLiteral("password_confirmation"),
                               texts.text("error.password_confirmation"));
        return responses::html(m_page->form(texts, inv, form), Status::BadRequest);
    }
    PendingAcceptance pending;
    pending.prepared = std::move(prepared.value());
    pending.password = accept.password;
    pending.token = request.arg;
    pending.language = language;
    return pending;
}

QHttpServerResponse AcceptancePageHandler::finishAccept(PendingAcceptance&& pending) const
{
    auto user = m_service->complete(pending.prepared, pending.passwordHash);
    if (!user)
        return failurePage(user.error(), pending.token, pending.language);
    const AcceptanceTexts texts(pending.language);
    return responses::html(m_page->done(texts, pending.prepared.invitation.organizationName,
                                        user->firstName, user->email),
                           Status::Created);
}

} // namespace invitedesk::http
