#include "core/http/acceptance/AcceptanceServer.h"

#include "core/http/acceptance/AcceptanceApiHandler.h"
#include "core/http/acceptance/AcceptancePage.h"
#include "core/http/acceptance/AcceptancePageHandler.h"
#include "core/http/api/ApiResponses.h"
#include "core/http/api/IntegrationApi.h"
#include "core/http/reset/PasswordResetApiHandler.h"
#include "core/http/reset/PasswordResetPage.h"
#include "core/http/reset/PasswordResetPageHandler.h"
#include "core/http/server/GuardedTcpServer.h"
#include "core/http/server/HttpLogging.h"
#include "core/http/server/HttpResponses.h"
#include "core/http/server/RouteDispatcher.h"
#include "core/security/RateLimiter.h"
#include "core/services/AcceptanceLookupPipeline.h"
#include "core/services/AcceptanceService.h"
#include "core/services/PasswordResetService.h"

#include <QEventLoop>
#include <QFutureInterface>
#include <QHttpServer>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtConcurrent>

namespace invitedesk::http {

namespace {
using Methods = QHttpServerRequest::Methods;
using Method = QHttpServerRequest::Method;

QFuture<QHttpServerResponse> ready(QHttpServerResponse&& response)
{
    return QtFuture::makeReadyFuture(std::move(response));
}

// Runs fn once on every thread of the pool (blocking until done): the tasks wait for each
// other, so each occupies a thread of its own.
void runOnEveryThread(QThreadPool& pool, const std::function<void()>& fn)
{
    const int threads = pool.maxThreadCount();
    QSemaphore arrived;
    QSemaphore leave;
    for (int i = 0; i < threads; ++i) {
        pool.start([&] {
            fn();
            arrived.release();
            leave.acquire();
        });
    }
    arrived.acquire(threads);
    leave.release(threads);
    pool.waitForDone();
}

std::unique_ptr<QThreadPool> makePool(const QString& name, int threads)
{
    auto pool = std::make_unique<QThreadPool>();
    pool->setObjectName(name);
    pool->setMaxThreadCount(qMax(1, threads));
    // Threads (and their database connections and prepared statements) live as long as the pool.
    pool->setExpiryTimeout(-1);
    return pool;
}
} // namespace

AcceptanceServer::AcceptanceServer(BackendPtr backend, AcceptanceServerOptions options,
                                   QObject* parent)
    : QObject(parent), m_backend(std::move(backend)), m_options(std::move(options))
{
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] {
        if (m_stopping) {
            qCWarning(lcHttp) << "stopping with" << requestsInFlight()
                              << "request(s) still unanswered after" << m_options.drainTimeoutMs
                              << "ms";
            finishStop();
        }
    });
}

AcceptanceServer::~AcceptanceServer()
{
    if (m_running)
        stopAndWait();
}

quint16 AcceptanceServer::port() const
{
    return m_port;
}

int AcceptanceServer::requestsInFlight() const
{
    return m_dispatcher ? m_dispatcher->inFlight() : 0;
}

Result<void> AcceptanceServer::start()
{
    if (m_running)
        return {};
    m_service = std::make_shared<AcceptanceService>(m_backend->acceptance());
    FirstLookRecorder::Settings firstLooks;
    firstLooks.interval = std::chrono::milliseconds(qMax(1, m_options.firstLookFlushMs));
    m_service->recordFirstLooksInBackground(firstLooks);
    auto page = std::make_shared<AcceptancePage>();
    m_page = page;
    m_api = std::make_shared<AcceptanceApiHandler>(m_service, m_options.maxBodyBytes);
    m_pages = std::make_shared<AcceptancePageHandler>(m_service, m_page, m_options.maxBodyBytes);
    auto resets = std::make_shared<PasswordResetService>(m_backend->passwordResets());
    m_resetPages = std::make_shared<PasswordResetPageHandler>(
        resets, std::make_shared<PasswordResetPage>(page), m_options.maxBodyBytes);
    m_resetApi = std::make_shared<PasswordResetApiHandler>(resets, m_options.maxBodyBytes);
    m_rateLimiter = std::make_shared<RateLimiter>(m_options.rateLimitPerMinute,
                                                  qMax(1, m_options.rateLimitBurst));
    m_queuedHashes = std::make_shared<QAtomicInt>(0);
    if (m_options.api.enabled)
        m_integration = std::make_unique<IntegrationApi>(m_backend, m_options.api);
    m_databasePool = makePool(QStringLiteral("invitedesk-http-db"), m_options.databaseThreads);
    if (m_options.pipelinedLookups) {
        QString error;
        m_pipeline = AcceptanceLookupPipeline::open(*m_backend, &error);
        if (!m_pipeline && !error.isEmpty())
            qCWarning(lcHttp).noquote() << "validate lookups use the pool:" << error;
    }
    m_hashPool = makePool(QStringLiteral("invitedesk-http-hash"), m_options.hashThreads);

    const SecurityHeaders headers({page->stylesheetHash()});
    m_http = std::make_unique<QHttpServer>();
    const TrustedProxies proxies = m_options.proxies();
    auto* tcp = new GuardedTcpServer(
        m_options.connection, headers.asRawLines(),
        {m_options.maxConnections, m_options.maxConnectionsPerAddress, proxies});
    if (!tcp->listen(m_options.address, m_options.port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        m_http.reset();
        return Error::make(
            Error::Code::Environment,
            QStringLiteral("Cannot listen on %1: %2").arg(m_options.listenDisplay(), reason),
            QStringLiteral("listen"));
    }
    m_port = tcp->serverPort();
    if (!compat::bind(*m_http, tcp)) {
        delete tcp;
        m_http.reset();
        return Error::make(Error::Code::Environment,
                           QStringLiteral("The HTTP server refused the listening socket."),
                           QStringLiteral("listen"));
    }
    m_tcp = tcp;
    m_dispatcher = new RouteDispatcher(*m_http, headers, proxies, this);
    // Queued: finishStop() deletes the dispatcher, which must not happen inside its signal.
    connect(
        m_dispatcher, &RouteDispatcher::drained, this,
        [this] {
            if (m_stopping && requestsInFlight() == 0)
                finishStop();
        },
        Qt::QueuedConnection);
    registerRoutes();
    m_running = true;
    m_stopping = false;
    qCInfo(lcHttp).noquote()
        << "acceptance handler listening on"
        << QStringLiteral("%1:%2").arg(m_options.address.toString()).arg(m_port) << "(rate limit"
        << (m_options.rateLimitPerMinute > 0 ? QStringLiteral("%1/min, burst %2")
                                                   .arg(m_options.rateLimitPerMinute)
                                                   .arg(m_options.rateLimitBurst)
                                             : QStringLiteral("off"))
        << (proxies.isEmpty()
                ? QStringLiteral(")")
                : QStringLiteral("; X-Forwarded-For trusted from %1)").arg(proxies.display()));
    emit started();
    return {};
}

QFuture<QHttpServerResponse>
AcceptanceServer::limited(const RequestInfo& info, bool html,
                          std::function<QFuture<QHttpServerResponse>()> work)
{
    int retryAfter = 0;
    if (!m_rateLimiter->allow(info.rateLimitKey, &retryAfter)) {
        const QString language = info.language.isEmpty() ? QStringLiteral("en") : info.language;
        return ready(responses::tooManyRequests(
            retryAfter, html,
            html ? m_pages->tooManyRequestsPage(language, retryAfter) : QByteArray()));
    }
    return work();
}

HashPools AcceptanceServer::hashPools() const
{
    return {m_databasePool.get(), m_hashPool.get(), m_queuedHashes,
            qMax(1, m_options.maxQueuedHashes)};
}

namespace {
// The answer when too many passwords wait for their hash: the page, or JSON, with Retry-After.
QHttpServerResponse busy(QHttpServerResponse answer)
{
    compat::setHeader(answer, "Retry-After", "5");
    return answer;
}
} // namespace

template <typename Handler>
QFuture<QHttpServerResponse> AcceptanceServer::acceptChain(std::shared_ptr<const Handler> handler,
                                                           const RequestInfo& info, bool html)
{
    return hashThenFinish<PendingAcceptance>(
        hashPools(), [handler, info] { return handler->beginAccept(info); },
        [handler](PendingAcceptance&& pending) {
            return handler->finishAccept(std::move(pending));
        },
        [pages = m_pages, html](const PendingAcceptance& pending) {
            return busy(html ? pages->unavailable(pending.language)
                             : responses::jsonError(Status::ServiceUnavailable,
                                                    QStringLiteral("busy"),
                                                    QStringLiteral("Too many accounts are being "
                                                                   "created right now. Try again "
                                                                   "in a moment.")));
        });
}

template <typename Handler>
QFuture<QHttpServerResponse> AcceptanceServer::resetChain(std::shared_ptr<const Handler> handler,
                                                          const RequestInfo& info, bool html)
{
    return hashThenFinish<PendingPasswordReset>(
        hashPools(), [handler, info] { return handler->beginReset(info); },
        [handler](PendingPasswordReset&& pending) {
            return handler->finishReset(std::move(pending));
        },
        [pages = m_pages, html](const PendingPasswordReset& pending) {
            return busy(html ? pages->unavailable(pending.language)
                             : responses::jsonError(Status::ServiceUnavailable,
                                                    QStringLiteral("busy"),
                                                    QStringLiteral("Too many passwords are being "
                                                                   "set right now. Try again in "
                                                                   "a moment.")));
        });
}

QFuture<QHttpServerResponse> AcceptanceServer::pipelinedValidate(const RequestInfo& info)
{
    auto promise = std::make_shared<QFutureInterface<QHttpServerResponse>>();
    promise->reportStarted();
    QFuture<QHttpServerResponse> future = promise->future();
    m_pipeline->lookup(info.arg, [api = m_api, promise, pool = m_databasePool.get()](
                                     AcceptanceLookupPipeline::Found row) {
        auto found = api->service()->evaluate(std::move(row));
        if (found && AcceptanceService::isFirstView(found.value())) {
            // The first view is queued for the recorder (or, when its queue is full,
            // written in the request): on the pool, never on this thread.
            pool->start([api, promise, found = std::move(found)]() mutable {
                promise->reportAndMoveResult(AcceptanceApiHandler::validateAnswer(
                    api->service()->recordView(std::move(found))));
                promise->reportFinished();
            });
            return;
        }
        promise->reportAndMoveResult(AcceptanceApiHandler::validateAnswer(found));
        promise->reportFinished();
    });
    return future;
}

void AcceptanceServer::registerRoutes()
{
    RouteDispatcher& routes = *m_dispatcher;
    QThreadPool* pool = m_databasePool.get();

    routes.route(QStringLiteral("/invite/<arg>"), QStringLiteral("/invite/{token}"), Method::Get,
                 [this, pool](RequestInfo info) {
                     return limited(info, true, [pages = m_pages, pool, info] {
                         return QtConcurrent::run(pool,
                                                  [pages, info] { return pages->show(info); });
                     });
                 });
    routes.route(QStringLiteral("/invite/<arg>"), QStringLiteral("/invite/{token}"), Method::Post,
                 [this](RequestInfo info) {
                     return limited(info, true, [this, info] {
                         return acceptChain<AcceptancePageHandler>(m_pages, info, true);
                     });
                 });
    routes.route(QStringLiteral("/api/v1/invitations/validate/<arg>"),
                 QStringLiteral("/api/v1/invitations/validate/{token}"), Method::Get,
                 [this, pool](RequestInfo info) {
                     return limited(info, false, [this, pool, info] {
                         if (m_pipeline)
                             return pipelinedValidate(info);
                         return QtConcurrent::run(
                             pool, [api = m_api, info] { return api->validate(info); });
                     });
                 });
    routes.route(QStringLiteral("/api/v1/invitations/accept/<arg>"),
                 QStringLiteral("/api/v1/invitations/accept/{token}"), Method::Post,
                 [this](RequestInfo info) {
                     return limited(info, false, [this, info] {
                         return acceptChain<AcceptanceApiHandler>(m_api, info, false);
                     });
                 });
    // The password-reset link's page and route: rate-limited like the acceptance routes, the
    // new password hashed on the same bounded pool.
    routes.route(QStringLiteral("/reset/<arg>"), QStringLiteral("/reset/{token}"), Method::Get,
                 [this, pool](RequestInfo info) {
                     return limited(info, true, [pages = m_resetPages, pool, info] {
                         return QtConcurrent::run(pool,
                                                  [pages, info] { return pages->show(info); });
                     });
                 });
    routes.route(QStringLiteral("/reset/<arg>"), QStringLiteral("/reset/{token}"), Method::Post,
                 [this](RequestInfo info) {
                     return limited(info, true, [this, info] {
                         return resetChain<PasswordResetPageHandler>(m_resetPages, info, true);
                     });
                 });
    routes.route(QStringLiteral("/api/v1/password-reset/<arg>"),
                 QStringLiteral("/api/v1/password-reset/{token}"), Method::Post,
                 [this](RequestInfo info) {
                     return limited(info, false, [this, info] {
                         return resetChain<PasswordResetApiHandler>(m_resetApi, info, false);
                     });
                 });
    routes.route(QStringLiteral("/healthz"), QStringLiteral("/healthz"), Method::Get,
                 [api = m_api, pool](RequestInfo) {
                     return QtConcurrent::run(pool, [api] { return api->health(); });
                 });
    if (m_integration)
        m_integration->mount(routes, pool);
    routes.setFallback([this](RequestInfo info) { return fallback(info); });
}

QFuture<QHttpServerResponse> AcceptanceServer::fallback(const RequestInfo& info)
{
    struct Known {
        QRegularExpression path;
        QByteArray allow;
        bool html;
    };
    static const QList<Known> known = {
        {QRegularExpression(QStringLiteral("^/invite/[^/]+$")), "GET, POST", true},
        {QRegularExpression(QStringLiteral("^/api/v1/invitations/validate/[^/]+$")), "GET", false},
        {QRegularExpression(QStringLiteral("^/api/v1/invitations/accept/[^/]+$")), "POST", false},
        {QRegularExpression(QStringLiteral("^/reset/[^/]+$")), "GET, POST", true},
        {QRegularExpression(QStringLiteral("^/api/v1/password-reset/[^/]+$")), "POST", false},
        {QRegularExpression(QStringLiteral("^/healthz$")), "GET", false},
    };
    for (const Known& k : known) {
        if (!k.path.match(info.path).hasMatch())
            continue;
        QHttpServerResponse response = responses::jsonError(
            Status::MethodNotAllowed, QStringLiteral("method_not_allowed"),
            QStringLiteral("Use %1 on this address.").arg(QString::fromLatin1(k.allow)));
        compat::setHeader(response, "Allow", k.allow);
        return ready(std::move(response));
    }
    if (m_integration) {
        const QByteArray allow = IntegrationApi::allowedMethods(info.path);
        if (!allow.isEmpty()) {
            QHttpServerResponse response = api::error(
                Status::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                QStringLiteral("Use %1 on this address.").arg(QString::fromLatin1(allow)));
            compat::setHeader(response, "Allow", allow);
            return ready(std::move(response));
        }
        if (info.path.startsWith(QLatin1String("/api/v1/")))
            return ready(api::error(Status::NotFound, QStringLiteral("not_found"),
                                    QStringLiteral("There is nothing at this address.")));
    }
    const QString language = info.language.isEmpty() ? QStringLiteral("en") : info.language;
    if (info.path.startsWith(QLatin1String("/invite")))
        return ready(m_pages->notFound(language));
    if (info.path.startsWith(QLatin1String("/reset")))
        return ready(m_resetPages->notFound(language));
    return ready(responses::jsonError(Status::NotFound, QStringLiteral("not_found"),
                                      QStringLiteral("There is nothing at this address.")));
}

void AcceptanceServer::stop()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcHttp) << "stopping: no new connections;" << requestsInFlight()
                   << "request(s) in flight";
    if (m_tcp)
        m_tcp->close(); // stop accepting; open connections still get their answers
    if (requestsInFlight() == 0) {
        // Let the event loop deliver what is already read before closing.
        QTimer::singleShot(0, this, [this] {
            if (m_stopping && requestsInFlight() == 0)
                finishStop();
        });
    }
    m_drainTimer.start(m_options.drainTimeoutMs);
}

void AcceptanceServer::finishStop()
{
    if (!m_running)
        return;
    m_drainTimer.stop();
    // Pool work still queued (only after a drain timeout) finishes before the pools go.
    m_databasePool->waitForDone();
    m_hashPool->waitForDone();
    m_databasePool->waitForDone();
    runOnEveryThread(*m_databasePool, [] { BackendServices::releaseThreadStatements(); });
    m_pipeline.reset();            // every request is answered: nothing waits on it
    m_service->finishFirstLooks(); // the first looks still queued, before stopped()
    if (m_dispatcher)
        m_dispatcher->deleteLater();
    // Hand the last answers to the kernel and close gracefully; deleting a socket with bytes
    // still in its buffer would drop them.
    if (m_tcp) {
        for (QTcpSocket* socket : m_tcp->findChildren<QTcpSocket*>()) {
            socket->flush();
            socket->disconnectFromHost();
        }
    }
    m_http.reset(); // closes the remaining connections
    m_hashPool.reset();
    m_databasePool.reset(); // ends the threads, closing their database connections
    m_integration.reset();
    m_running = false;
    m_stopping = false;
    qCInfo(lcHttp) << "acceptance handler stopped";
    emit stopped();
}

void AcceptanceServer::stopAndWait()
{
    if (!m_running)
        return;
    QEventLoop loop;
    connect(this, &AcceptanceServer::stopped, &loop, &QEventLoop::quit);
    stop();
    if (m_running)
        loop.exec();
}

} // namespace invitedesk::http
