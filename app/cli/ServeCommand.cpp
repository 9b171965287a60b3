#include "app/cli/CliContext.h"
#include "app/cli/ShutdownSignals.h"
#include "core/http/AcceptanceServer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QThread>

namespace invitedesk::cli {

namespace {
int runServe(CliContext& ctx)
{
#ifdef Q_OS_UNIX
    // With TZ unset, glibc re-reads /etc/localtime (a stat) on every mktime(), which Qt calls
    // for each local-time conversion of a database timestamp. Naming the same file keeps the
    // local zone and lets glibc keep what it read. Before any worker thread starts.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
#endif
    http::AcceptanceServerOptions options;
    options.databaseThreads = qMax(2, QThread::idealThreadCount());
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

    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const ServiceConfig config = ctx.serviceConfig();

    http::AcceptanceServer server(db.value(), config, options);
    if (auto started = server.start(); !started)
        return ctx.fail(started.error());
    const QString listening =
        QStringLiteral("%1:%2")
            .arg(options.address.protocol() == QAbstractSocket::IPv6Protocol
                     ? QLatin1Char('[') + options.address.toString() + QLatin1Char(']')
                     : options.address.toString())
            .arg(server.port());
    if (ctx.json()) {
        ctx.print(QJsonObject{{QStringLiteral("listening"), listening},
                              {QStringLiteral("port"), server.port()},
                              {QStringLiteral("public_url"), config.publicUrl}});
    } else {
        ctx.printLine(QStringLiteral("Serving invitations on http://%1 (links point to %2). "
                                     "Stop with Ctrl+C.")
                          .arg(listening, config.publicUrl));
    }

    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::requested, &server,
                     [&server](int) { server.stop(); });
    QObject::connect(&server, &http::AcceptanceServer::stopped, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    QCoreApplication::exec();
    return ExitDone;
}
} // namespace

void addServeCommands(QList<Command>& commands)
{
    Command serve;
    serve.words = {QStringLiteral("serve")};
    serve.summary = QStringLiteral("Run the acceptance handler (invitees' page and API) headless.");
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
         QStringLiteral("Take the client address from X-Forwarded-For (behind a reverse proxy).")},
    };
    serve.run = runServe;
    commands.append(serve);
}

} // namespace invitedesk::cli
