#include "core/http/api/IntegrationApi.h"

#include "core/http/api/ApiResponses.h"
#include "core/http/api/InvitationApiHandler.h"
#include "core/http/server/HttpCompat.h"
#include "core/http/server/RouteDispatcher.h"
#include "core/security/RateLimiter.h"
#include "core/security/TokenGenerator.h"
#include "core/services/ApiIdempotencyService.h"
#include "core/services/ApiTokenService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent>

namespace invitedesk::http {

namespace {
using Method = QHttpServerRequest::Method;
using A = IntegrationApi::Action;

const QString kBase = QStringLiteral("/api/v1/invitations");

QHttpServerRequest::Methods methodOf(const QByteArray& name)
{
    if (name == "GET")
        return Method::Get;
    if (name == "POST")
        return Method::Post;
    if (name == "PUT")
        return Method::Put;
    return Method::Delete;
}

QRegularExpression pathPattern(const QString& path)
{
    QString re = QRegularExpression::escape(path);
    re.replace(QStringLiteral("\\{id\\}"), QStringLiteral("[^/]+"));
    return QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'));
}

// The bearer token of Authorization, or empty.
QString bearerOf(const RequestInfo& info)
{
    const QByteArray value = info.header("authorization").trimmed();
    if (value.size() < 8 || value.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

QFuture<QHttpServerResponse> ready(QHttpServerResponse&& response)
{
    return QtFuture::makeReadyFuture(std::move(response));
}
} // namespace

const QList<IntegrationApi::Route>& IntegrationApi::routes()
{
    // In registration order: fixed paths before the {id} ones that would also match them.
    static const QList<Route> table = {
        {"GET", QStringLiteral("/api/v1/openapi.json"), A::OpenApi, false, false, true},
        {"GET", kBase + QStringLiteral("/statistics/summary"), A::Statistics},
        {"POST", kBase + QStringLiteral("/bulk/resend"), A::BulkResend, true},
        {"DELETE", kBase + QStringLiteral("/bulk/cancel"), A::BulkCancel, true},
        {"POST", kBase + QStringLiteral("/bulk"), A::BulkCreate, true, true},
        {"POST", kBase + QStringLiteral("/doctors"), A::CreateDoctor, true, true},
        {"POST", kBase + QStringLiteral("/sales"), A::CreateSales, true, true},
        {"POST", kBase + QStringLiteral("/practice-staff"), A::CreatePracticeStaff, true, true},
        {"GET", kBase + QStringLiteral("/"), A::List},
        {"POST", kBase + QStringLiteral("/"), A::Create, true, true},
        {"POST", kBase + QStringLiteral("/{id}/resend"), A::Resend, true},
        {"GET", kBase + QStringLiteral("/{id}"), A::Get},
        {"PUT", kBase + QStringLiteral("/{id}"), A::Update, true},
        {"DELETE", kBase + QStringLiteral("/{id}"), A::Cancel, true},
    };
    return table;
}

QByteArray IntegrationApi::allowedMethods(const QString& requestPath)
{
    QList<QByteArray> methods;
    for (const Route& r : routes()) {
        if (pathPattern(r.path).match(requestPath).hasMatch() && !methods.contains(r.method))
            methods << r.method;
    }
    return methods.join(", ");
}

QByteArray IntegrationApi::openApiDocument()
{
    QFile file(QStringLiteral(":/http/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

IntegrationApi::IntegrationApi(BackendPtr backend, IntegrationApiOptions options)
    : m_backend(std::move(backend)), m_options(options),
      m_tokens(std::make_shared<ApiTokenService>(m_backend->apiTokens())),
      m_idempotency(std::make_shared<ApiIdempotencyService>(m_backend->apiIdempotency())),
      m_invitations(std::make_shared<api::InvitationApiHandler>(
          std::make_shared<InvitationService>(m_backend->invitations()))),
      m_perToken(
          std::make_shared<RateLimiter>(options.perTokenPerMinute, qMax(1, options.perTokenBurst))),
      m_perAddress(std::make_shared<RateLimiter>(options.perAddressPerMinute,
                                                 qMax(1, options.perAddressBurst)))
{}

IntegrationApi::~IntegrationApi() = default;

void IntegrationApi::mount(RouteDispatcher& dispatcher, QThreadPool* pool)
{
    for (const Route& route : routes()) {
        QString qtPattern = route.path;
        qtPattern.replace(QStringLiteral("{id}"), QStringLiteral("<arg>"));
        dispatcher.route(
            qtPattern, route.path, methodOf(route.method),
            [this, route, pool](RequestInfo info) { return handle(route, info, pool); });
    }
}

QFuture<QHttpServerResponse> IntegrationApi::handle(const Route& route, const RequestInfo& info,
                                                    QThreadPool* pool)
{
    // On the server thread: the cheap refusals, before any database work.
    int retryAfter = 0;
    if (m_options.perAddressPerMinute > 0 && !m_perAddress->allow(info.rateLimitKey, &retryAfter))
        return ready(api::tooManyRequests(
            retryAfter, QStringLiteral("Too many requests from this address. Try again in %1 "
                                       "seconds.")
                            .arg(retryAfter)));
    if (route.action == A::OpenApi) {
        QHttpServerResponse doc(QByteArrayLiteral("application/json"), openApiDocument());
        return ready(std::move(doc));
    }
    const QString bearer = bearerOf(info);
    if (bearer.isEmpty())
        return ready(api::fromError(
            Error::make(Error::Code::Unauthenticated,
                        QStringLiteral("Send a personal API token as Authorization: Bearer <token> "
                                       "(invitedesk token create)."),
                        QStringLiteral("token"))));
    // Per token, keyed by its hash (the token itself is never kept in memory longer).
    const QString tokenKey = QString::fromLatin1(tokens::hash(bearer).toHex());
    if (m_options.perTokenPerMinute > 0 && !m_perToken->allow(tokenKey, &retryAfter))
        return ready(api::tooManyRequests(
            retryAfter, QStringLiteral("Too many requests with this token. Try again in %1 "
                                       "seconds.")
                            .arg(retryAfter)));
    if (info.body.size() > m_options.maxBodyBytes)
        return ready(api::error(
            Status::PayloadTooLarge, Error::codeName(Error::Code::InvalidInput),
            QStringLiteral("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes),
            QStringLiteral("body")));
    return QtConcurrent::run(pool, [this, route, info] { return run(route, info); });
}

QHttpServerResponse IntegrationApi::run(const Route& route, const RequestInfo& info) const
{
    auto principal = m_tokens->authenticate(bearerOf(info));
    if (!principal)
        return api::fromError(principal.error());
    if (route.changes) {
        if (auto r = ApiTokenService::checkMayChange(principal.value()); !r)
            return api::fromError(r.error());
    }
    const api::ApiRequest request{info, principal.value()};
    if (route.creates && info.hasHeader("idempotency-key"))
        return idempotent(route, request);
    return call(route.action, request);
}

QHttpServerResponse IntegrationApi::idempotent(const Route& route,
                                               const api::ApiRequest& request) const
{
    const QString key = QString::fromLatin1(request.info.header("idempotency-key").trimmed());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(route.method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(route.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.info.body);
    auto claim = m_idempotency->claim(request.principal, key, hash.result());
    if (!claim)
        return api::fromError(claim.error());
    using Kind = ApiIdempotencyService::Claim::Kind;
    switch (claim->kind) {
    case Kind::Replay: {
        QHttpServerResponse replay(QByteArrayLiteral("application/json"), claim->response.toUtf8(),
                                   Status(claim->status));
        for (const auto& [name, value] : claim->headers)
            compat::setHeader(replay, name, value);
        compat::setHeader(replay, "Idempotent-Replayed", "true");
        return replay;
    }
    case Kind::Running:
        return api::error(Status::Conflict, Error::codeName(Error::Code::Conflict),
                          QStringLiteral("A request with this Idempotency-Key is still being "
                                         "answered; retry in a moment."),
                          QStringLiteral("idempotency_key"));
    case Kind::Mismatch:
        return api::error(Status::UnprocessableEntity, Error::codeName(Error::Code::InvalidInput),
                          QStringLiteral("This Idempotency-Key was used for a different "
                                         "request."),
                          QStringLiteral("idempotency_key"));
    case Kind::Fresh:
        break;
    }
    QHttpServerResponse response = call(route.action, request);
    const int status = int(compat::statusCode(response));
    // A failure on our side may pass on a retry: forget the key. Anything else is the answer.
    // The headers that belong to the answer (not the server's own, added to every response).
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray name :
         {QByteArrayLiteral("Location"), QByteArrayLiteral("ETag"),
          QByteArrayLiteral("Retry-After"), QByteArrayLiteral("WWW-Authenticate")}) {
        const QByteArray value = compat::header(response, name);
        if (!value.isEmpty())
            headers.append({name, value});
    }
    const auto stored = status >= 500
                            ? m_idempotency->release(request.principal, key)
                            : m_idempotency->complete(request.principal, key, status,
                                                      QString::fromUtf8(response.data()), headers);
    if (!stored)
        return api::fromError(stored.error());
    return response;
}

QHttpServerResponse IntegrationApi::call(Action action, const api::ApiRequest& request) const
{
    const api::InvitationApiHandler& h = *m_invitations;
    switch (action) {
    case A::List:
        return h.list(request);
    case A::Create:
        return h.create(request);
    case A::CreateDoctor:
        return h.create(request, QStringLiteral("doctor"));
    case A::CreateSales:
        return h.create(request, QStringLiteral("sales"));
    case A::CreatePracticeStaff:
        return h.create(request, {},
                        {QStringLiteral("office_admin"), QStringLiteral("medical_staff")});
    case A::Statistics:
        return h.statistics(request);
    case A::BulkCreate:
        return h.bulkCreate(request);
    case A::BulkResend:
        return h.bulkResend(request);
    case A::BulkCancel:
        return h.bulkCancel(request);
    case A::Get:
        return h.get(request);
    case A::Update:
        return h.update(request);
    case A::Cancel:
        return h.cancel(request);
    case A::Resend:
        return h.resend(request);
    case A::OpenApi:
        break;
    }
    return api::error(Status::NotFound, Error::codeName(Error::Code::NotFound),
                      QStringLiteral("There is nothing at this address."));
}

} // namespace invitedesk::http
