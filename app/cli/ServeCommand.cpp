#include "app/cli/CliContext.h"
#include "app/cli/ShutdownSignals.h"
#include "core/http/acceptance/AcceptanceServer.h"
#include "core/mail/MailConfig.h"
#include "core/mail/OutboxDispatcher.h"
#include "core/services/AuditCheckpointScheduler.h"
#include "core/services/DatabaseAccountCheck.h"
#include "core/services/ExpirySweeper.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QThread>

#include <memory>

namespace invitedesk::cli {

namespace {
// How often the dispatcher looks for rows queued by other processes (desks, the command
// line): a row waits at most this long, well inside the 2 seconds promised.
constexpr int kMailPollSeconds = 1;

// The outbox dispatcher on a thread of its own: it sends synchronously (SMTP, files), which
// must never hold up the HTTP thread. Stopping lets a send in progress finish. The expiry
// sweep has a thread too: a bounded run each minute (in steps while a backlog drains), on
// neither a request's nor a mail's path.
class MailWorker {
public:
    MailWorker(const BackendServices& backend, MailConfig config)
    {
        auto* sweeper = new ExpirySweeper(backend.invitations());
        m_expiryThread.setObjectName(QStringLiteral("invitedesk-expiry"));
        sweeper->moveToThread(&m_expiryThread);
        QObject::connect(&m_expiryThread, &QThread::started, sweeper,
                         [sweeper] { sweeper->start(); });
        QObject::connect(&m_expiryThread, &QThread::finished, sweeper, &QObject::deleteLater);
        m_expiryThread.start();
        DispatcherSettings settings;
        settings.pollSeconds = kMailPollSeconds;
        m_thread.setObjectName(QStringLiteral("invitedesk-mail"));
        auto* dispatcher = new OutboxDispatcher(backend, std::move(config), settings);
        dispatcher->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::started, dispatcher, &OutboxDispatcher::start);
        QObject::connect(&m_thread, &QThread::finished, dispatcher, &QObject::deleteLater);
        m_thread.start();
    }
    ~MailWorker()
    {
        m_thread.quit(); // after the cycle in progress, if any
        m_expiryThread.quit();
        m_thread.wait();
        m_expiryThread.wait();
    }

private:
    QThread m_thread;
    QThread m_expiryThread;
};

// Signs the audit chain's head on its schedule, on a thread of its own (a checkpoint reads
// the chain since the last one and writes the key's log), when a key file is named.
class CheckpointWorker {
public:
    CheckpointWorker(const BackendServices& backend, AuditCheckpointSchedule schedule)
    {
        auto* scheduler = new AuditCheckpointScheduler(
            AuditCheckpoints(backend.database(), backend.config()), schedule);
        m_thread.setObjectName(QStringLiteral("invitedesk-audit"));
        scheduler->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::started, scheduler,
                         [scheduler] { scheduler->start(); });
        QObject::connect(&m_thread, &QThread::finished, scheduler, &QObject::deleteLater);
        m_thread.start();
    }
    ~CheckpointWorker()
    {
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
};

int runServe(CliContext& ctx)
{
    http::AcceptanceServerOptions options;
    // Two lookups in flight per core: while one thread waits for PostgreSQL's answer the
    // other keeps the core busy (measured: 4 threads on 2 cores beat 2 by 20-50%).
    options.databaseThreads = qMax(4, 2 * QThread::idealThreadCount());
    options.hashThreads = qMax(1, QThread::idealThreadCount() / 2);
    auto listen = http::AcceptanceServerOptions::withListen(
        options, ctx.isSet(QStringLiteral("listen")) ? ctx.value(QStringLiteral("listen"))
                                                     : QStringLiteral("127.0.0.1:8080"));
    if (!listen)
        return ctx.usage(listen.error().describe());
    options = listen.value();
    if (ctx.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        const int perMinute = ctx.value(QStringLiteral("rate-limit")).toInt(&ok);
        if (!ok || perMinute < 0)
            return ctx.usage(QStringLiteral("--rate-limit takes a number of requests per minute "
                                            "(0 turns limiting off)"));
        options.rateLimitPerMinute = perMinute;
        // The burst scales with the rate (10 at the default 30 a minute), at least 1.
        options.rateLimitBurst = qMax(1, perMinute / 3);
    }
    options.trustProxy = ctx.isSet(QStringLiteral("trust-proxy"));
    // --trusted-proxies, INVITEDESK_TRUSTED_PROXIES, then the user's and system-wide files.
    auto proxies = http::TrustedProxies::parse(ctx.runConfig().trustedProxies);
    if (!proxies)
        return ctx.usage(proxies.error().describe());
    options.trustedProxies = proxies.value();
    // The integration API: --no-api, then api/enabled; its limits from
    // --api-rate-limit-per-token/-address, INVITEDESK_API_RATE_LIMIT_PER_TOKEN/_ADDRESS, then
    // the user's and system-wide files.
    const RunConfig run = ctx.runConfig();
    options.api.enabled = !ctx.isSet(QStringLiteral("no-api")) && run.apiEnabled;
    auto api = http::IntegrationApiOptions::withRateLimits(options.api, run.apiRateLimitPerToken,
                                                           run.apiRateLimitPerAddress);
    if (!api)
        return ctx.usage(api.error().describe());
    options.api = api.value();
    if (ctx.isSet(QStringLiteral("max-connections-per-address"))) {
        bool ok = false;
        const int cap = ctx.value(QStringLiteral("max-connections-per-address")).toInt(&ok);
        if (!ok || cap < 0)
            return ctx.usage(QStringLiteral("--max-connections-per-address takes a number of "
                                            "connections (0 turns the cap off)"));
        options.maxConnectionsPerAddress = cap;
    }

    // The audit checkpoints: --audit-checkpoint-events/-minutes,
    // INVITEDESK_AUDIT_CHECKPOINT_EVENTS/_MINUTES, then the files; only with a key file.
    auto checkpointSchedule =
        AuditCheckpointSchedule::fromText(run.auditCheckpointEvents, run.auditCheckpointMinutes);
    if (!checkpointSchedule)
        return ctx.usage(checkpointSchedule.error().describe());

    auto backend = ctx.backend();
    if (!backend)
        return ctx.fail(backend.error());
    const ServiceConfig config = backend.value()->config();
    const MailConfig mail = ctx.runConfig().mail;
    auto mailUrl = MailUrl::parse(mail.effectiveUrl());
    if (!mailUrl)
        return ctx.fail(mailUrl.error());
    // A login that holds only invitedesk_accept serves the links (acceptance and password
    // reset) through the owner functions and nothing else: the outbox, the expiry sweep, the
    // integration API and the checkpoints need table rights, so another `serve` with a service
    // account runs them.
    auto account = DatabaseAccountCheck::inspect(*backend.value()->database());
    if (!account)
        return ctx.fail(account.error());
    const bool acceptOnly = account->account.isAcceptOnly();
    if (acceptOnly)
        options.api.enabled = false;

    // Catch SIGTERM/SIGINT before listening, so a stop request is never the default kill.
    ShutdownSignals shutdown;
    http::AcceptanceServer server(backend.value(), options);
    if (auto started = server.start(); !started)
        return ctx.fail(started.error());
    QObject::connect(&shutdown, &ShutdownSignals::requested, &server,
                     [&server](int) { server.stop(); });
    QObject::connect(&server, &http::AcceptanceServer::stopped, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    options.port = server.port(); // the one picked when asked for port 0
    const QString listening = options.listenDisplay();
    std::unique_ptr<MailWorker> mailWorker;
    if (!acceptOnly)
        mailWorker = std::make_unique<MailWorker>(*backend.value(), mail);
    const bool checkpoints = !acceptOnly && !config.auditKeyPath.isEmpty();
    std::unique_ptr<CheckpointWorker> checkpointWorker;
    if (checkpoints)
        checkpointWorker =
            std::make_unique<CheckpointWorker>(*backend.value(), checkpointSchedule.value());
    if (ctx.json()) {
        ctx.print(QJsonObject{{QStringLiteral("listening"), listening},
                              {QStringLiteral("port"), server.port()},
                              {QStringLiteral("public_url"), config.publicUrl},
                              {QStringLiteral("api"), options.api.enabled},
                              {QStringLiteral("mail"), mailUrl->display()},
                              {QStringLiteral("outbox"), !acceptOnly},
                              {QStringLiteral("accept_only"), acceptOnly},
                              {QStringLiteral("audit_checkpoints"), checkpoints}});
    } else if (acceptOnly) {
        ctx.printLine(QStringLiteral("Serving invitation and password-reset links on http://%1 "
                                     "(links point to %2) as %3, which may only accept: e-mail, "
                                     "the integration API and audit checkpoints run from a "
                                     "`serve` with a service account. Stop with Ctrl+C.")
                          .arg(listening, config.publicUrl, account->account.name));
    } else {
        ctx.printLine(QStringLiteral("Serving invitations on http://%1 (links point to %2); "
                                     "sending e-mail through %3. Stop with Ctrl+C.")
                          .arg(listening, config.publicUrl, mailUrl->display()));
        if (checkpoints)
            ctx.printLine(
                QStringLiteral("Signing audit checkpoints with %1.").arg(config.auditKeyPath));
    }

    QCoreApplication::exec();
    return ExitDone;
}
} // namespace

void addServeCommands(QList<Command>& commands)
{
    Command serve;
    serve.words = {QStringLiteral("serve")};
    serve.summary = QStringLiteral("Run the acceptance handler (invitees' page and API, "
                                   "password-reset links) and the e-mail outbox, headless.");
    serve.options = {
        {QStringLiteral("listen"),
         QStringLiteral("Address to listen on, HOST:PORT (default 127.0.0.1:8080). Use loopback "
                        "or a private address behind a TLS reverse proxy."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Requests per minute per client address on token routes (default 30, "
                        "burst 10; 0 turns it off)."),
         QStringLiteral("N")},
        {QStringLiteral("trust-proxy"),
         QStringLiteral("Take the client address from X-Forwarded-For when the connection comes "
                        "from a reverse proxy on this machine (loopback).")},
        {QStringLiteral("trusted-proxies"),
         QStringLiteral("Also take it from X-Forwarded-For when the connection comes from these "
                        "proxies (env INVITEDESK_TRUSTED_PROXIES), e.g. 10.0.0.5,10.1.0.0/16."),
         QStringLiteral("CIDR[,CIDR...]")},
        {QStringLiteral("max-connections-per-address"),
         QStringLiteral("Open connections per client address, or IPv6 /64 (default 32; trusted "
                        "proxies are exempt; 0 turns the cap off)."),
         QStringLiteral("N")},
        {QStringLiteral("no-api"),
         QStringLiteral("Do not serve the integration API (/api/v1/invitations with personal API "
                        "tokens; setting api/enabled, env INVITEDESK_API_ENABLED).")},
        {QStringLiteral("api-rate-limit-per-token"),
         QStringLiteral("Integration API requests per minute per API token (default 600, burst "
                        "a sixth; 0 turns it off; env INVITEDESK_API_RATE_LIMIT_PER_TOKEN)."),
         QStringLiteral("N")},
        {QStringLiteral("api-rate-limit-per-address"),
         QStringLiteral("Integration API requests per minute per client address, whatever the "
                        "token (default 1200, burst a sixth; 0 turns it off; env "
                        "INVITEDESK_API_RATE_LIMIT_PER_ADDRESS)."),
         QStringLiteral("N")},
    };
    serve.options += {
        {QStringLiteral("audit-key"),
         QStringLiteral("Sign the audit log's head with the Ed25519 key in this file (created "
                        "0600 when missing; env INVITEDESK_AUDIT_KEY, setting audit/key_file)."),
         QStringLiteral("FILE")},
        {QStringLiteral("audit-checkpoint-events"),
         QStringLiteral("Sign a checkpoint after this many new audit events (default 1000; 0 "
                        "turns it off; env INVITEDESK_AUDIT_CHECKPOINT_EVENTS)."),
         QStringLiteral("N")},
        {QStringLiteral("audit-checkpoint-minutes"),
         QStringLiteral("Sign a checkpoint after this many minutes when events came since "
                        "(default 60; 0 turns it off; env INVITEDESK_AUDIT_CHECKPOINT_MINUTES)."),
         QStringLiteral("N")},
    };
    serve.run = runServe;
    commands.append(serve);
}

} // namespace invitedesk::cli
