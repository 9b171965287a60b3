// invitedesk-bench (issue 16): the desk's main reads against a large organisation tree.
//
//   invitedesk-bench --database URL --rows N [--runs 50] [--plans FILE]
//                    [--desks 200 [--serve 3] [--dispatchers 2] [--seconds 30]
//                     [--messages 3000] [--think-ms 10000] [--invitedesk PATH]]
//
// Migrates the database if needed, seeds (or tops up) its own tree and N invitations with
// bulk inserts (BenchSeeder), then times each scenario `runs` times through the core service
// as the desk calls it: p50 and p99 of the call, and its floor, the server's own execution
// time of the SQL the service sent (PostgreSQL: median of ten runs under auto_explain,
// ServerTimeProbe; elsewhere the fastest run). Prints progress, then one JSON object as its last
// line. Never fails on time.
//
// With --desks, the many-desks scenario runs after those (ManyDesksScenario, PostgreSQL only):
// its figures go into the JSON object as "many_desks"; it exits 2 when a message was delivered
// twice or an accept never reached a desk.
#include "core/config/LocalTimeZone.h"
#include "core/domain/AttentionRules.h"
#include "core/services/InvitationService.h"
#include "core/storage/Migrator.h"
#include "tests/bench/queries/BenchSeeder.h"
#include "tests/bench/queries/ManyDesksScenario.h"
#include "tests/support/ServerTimeProbe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <functional>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace invitedesk;
using namespace invitedesk::bench;

namespace {
QTextStream out(stdout);
QTextStream err(stderr);

// The desk's invitation list asks for pages of 200 (InvitationTableModel).
constexpr int kDeskPage = 200;

double peakRssMb()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
#if defined(Q_OS_MACOS)
    return usage.ru_maxrss / (1024.0 * 1024.0);
#else
    return usage.ru_maxrss / 1024.0;
#endif
#else
    return 0;
#endif
}

double percentile(QList<double> ms, double p)
{
    std::sort(ms.begin(), ms.end());
    const qsizetype index =
        std::clamp<qsizetype>(qsizetype(std::ceil(p * ms.size())) - 1, 0, ms.size() - 1);
    return ms.at(index);
}

struct Scenario {
    QString key;
    QString what;
    std::function<Result<qint64>()> run; // rows the call returned (or counted)
};

int fail(const QString& message)
{
    err << "invitedesk-bench: " << message << "\n";
    return 1;
}

Result<qint64> listed(const Result<InvitationPage>& page)
{
    if (!page)
        return page.error();
    return qint64(page->items.size());
}
} // namespace

int main(int argc, char** argv)
{
    local_time_zone::keepLoaded(); // as the desk does (app/main.cpp)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("invitedesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the desk's invitation list, search, filters, downline views and "
                       "statistics against a seeded organisation tree."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Database URL (migrated if needed)."),
                                            QStringLiteral("url"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Invitations to seed (up to)."),
                                        QStringLiteral("n"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per scenario (default 50)."),
                                        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption plansOption(
        QStringLiteral("plans"),
        QStringLiteral("Write the server's plan of each scenario's SQL there (PostgreSQL)."),
        QStringLiteral("file"));
    const QCommandLineOption desksOption(
        QStringLiteral("desks"),
        QStringLiteral("Also run the many-desks scenario with that many desks (PostgreSQL)."),
        QStringLiteral("n"));
    // The many-desks options' defaults are the scenario's own (ManyDesksScenario::Options).
    const ManyDesksScenario::Options manyDesks;
    auto manyDesksOption = [](const QString& name, const QString& what, const QString& valueName,
                              int byDefault) {
        const QString value = QString::number(byDefault);
        return QCommandLineOption(name, QStringLiteral("Many desks: %1 (%2).").arg(what, value),
                                  valueName, value);
    };
    const QCommandLineOption serveOption =
        manyDesksOption(QStringLiteral("serve"), QStringLiteral("`invitedesk serve` instances"),
                        QStringLiteral("n"), manyDesks.serve);
    const QCommandLineOption dispatchersOption = manyDesksOption(
        QStringLiteral("dispatchers"), QStringLiteral("`invitedesk outbox run` dispatchers"),
        QStringLiteral("n"), manyDesks.dispatchers);
    const QCommandLineOption secondsOption =
        manyDesksOption(QStringLiteral("seconds"), QStringLiteral("seconds of load"),
                        QStringLiteral("s"), manyDesks.seconds);
    const QCommandLineOption messagesOption = manyDesksOption(
        QStringLiteral("messages"), QStringLiteral("invitations queued into the outbox"),
        QStringLiteral("n"), manyDesks.messages);
    const QCommandLineOption thinkOption = manyDesksOption(
        QStringLiteral("think-ms"), QStringLiteral("a desk's pause between rounds, in ms"),
        QStringLiteral("ms"), manyDesks.thinkMs);
    const QCommandLineOption binOption(
        QStringLiteral("invitedesk"),
        QStringLiteral("Many desks: the invitedesk program (default $INVITEDESK_BIN)."),
        QStringLiteral("path"));
    parser.addOptions({databaseOption, rowsOption, runsOption, plansOption, desksOption,
                       serveOption, dispatchersOption, secondsOption, messagesOption, thinkOption,
                       binOption});
    parser.process(app);
    bool rowsOk = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&rowsOk);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!parser.isSet(databaseOption) || !rowsOk || rows < 1)
        return fail(QStringLiteral("usage: invitedesk-bench --database URL --rows N"));

    auto opened = Database::open(parser.value(databaseOption));
    if (!opened)
        return fail(opened.error().describe());
    DatabasePtr db = opened.value();
    if (auto migrated = Migrator(db).migrate(); !migrated)
        return fail(migrated.error().describe());

    BenchSeeder seeder(db);
    QElapsedTimer seeding;
    seeding.start();
    auto tree = seeder.ensureTree(rows);
    if (!tree)
        return fail(tree.error().describe());
    auto added = seeder.topUp(tree.value(), rows);
    if (!added)
        return fail(added.error().describe());
    auto present = seeder.seededInvitations(tree.value());
    if (!present)
        return fail(present.error().describe());
    const double seedSeconds = seeding.elapsed() / 1000.0;
    out << QStringLiteral("tree %1: 1 admin, %2 CHP admins, %3 master distributors, %4 "
                          "distributors, %5 sales reps, %6 doctors\n")
               .arg(tree->reused ? QStringLiteral("reused") : QStringLiteral("created"))
               .arg(tree->chpAdmins.size())
               .arg(tree->masterDistributors.size())
               .arg(tree->distributors.size())
               .arg(tree->salesReps.size())
               .arg(tree->doctors.size());
    out << QStringLiteral("invitations: %1 (%2 added) in %3 s\n")
               .arg(present.value())
               .arg(added.value())
               .arg(seedSeconds, 0, 'f', 1);
    out.flush();

    InvitationService service(db, ServiceConfig{});
    const Actor admin = tree->admin;
    // The middle of the tree: a distributor and a master distributor with the usual share.
    const Actor distributor = tree->distributors.at(tree->distributors.size() / 2);
    const Actor master = tree->masterDistributors.at(tree->masterDistributors.size() / 2);

    InvitationQuery firstPage;
    firstPage.limit = kDeskPage;
    // Page 500 (or the last full page of a smaller table), reached by the desk's keyset
    // cursor once, untimed: the figure is what showing that page costs.
    InvitationQuery page500 = firstPage;
    int pageNumber = 1;
    for (; pageNumber < 500; ++pageNumber) {
        auto page = service.list(admin, page500);
        if (!page)
            return fail(page.error().describe());
        if (!page->hasMore)
            break;
        InvitationQuery next = page500;
        next.afterValue = page->nextAfterValue;
        next.afterId = page->nextAfterId;
        auto probe = service.list(admin, next);
        if (!probe)
            return fail(probe.error().describe());
        if (probe->items.size() < kDeskPage)
            break; // keep the last full page
        page500 = next;
    }
    // An e-mail fragment: the name-and-number part of one seeded address.
    const QString email = BenchSeeder::emailOf(present.value() / 2);
    const QString fragment =
        email.mid(email.indexOf(QLatin1Char('.')) + 1,
                  email.indexOf(QLatin1Char('@')) - email.indexOf(QLatin1Char('.')) - 1);
    InvitationQuery search = firstPage;
    search.search = fragment;
    InvitationQuery filtered = firstPage;
    filtered.statuses = {InvitationStatus::Sent};
    filtered.types = {InvitationType::Sales};

    // What the desk's "Needs attention" page reads as it opens (AttentionTableModel::fetch):
    // the first page, oldest expiry first, and the tab's count, bounded.
    const InvitationQuery attention = AttentionRules::listQuery();
    const auto attentionOf = [&service, &attention](const Actor& who) {
        return [&service, &attention, who]() -> Result<qint64> {
            auto counted = service.listCounted(who, attention, AttentionRules::kCountedAtMost);
            if (!counted)
                return counted.error();
            return counted->total;
        };
    };
    // As the Statistics page reads them: the first inviters of the breakdown, the rest on request.
    const auto statisticsOf = [&service](const Actor& who) {
        return [&service, who]() -> Result<qint64> {
            auto s = service.statistics(who, {}, {}, Statistics::kInvitersShownFirst);
            if (!s)
                return s.error();
            return s->total;
        };
    };
    const QList<Scenario> scenarios = {
        {QStringLiteral("list_first_page"), QStringLiteral("admin, first page"),
         [&] { return listed(service.list(admin, firstPage)); }},
        {QStringLiteral("list_page_500"),
         QStringLiteral("admin, page %1 by keyset").arg(pageNumber),
         [&] { return listed(service.list(admin, page500)); }},
        {QStringLiteral("search"), QStringLiteral("admin, search \"%1\"").arg(fragment),
         [&] { return listed(service.list(admin, search)); }},
        {QStringLiteral("filter_status_type"), QStringLiteral("admin, status sent, type sales"),
         [&] { return listed(service.list(admin, filtered)); }},
        {QStringLiteral("downline_distributor"), QStringLiteral("distributor's list"),
         [&] { return listed(service.list(distributor, firstPage)); }},
        {QStringLiteral("downline_master_distributor"), QStringLiteral("master distributor's list"),
         [&] { return listed(service.list(master, firstPage)); }},
        // Not asked for by the issue: the attention list each desk window opens beside it.
        {QStringLiteral("attention"), QStringLiteral("admin, needs attention, page and count"),
         attentionOf(admin)},
        {QStringLiteral("attention_distributor"),
         QStringLiteral("distributor's needs attention, page and count"), attentionOf(distributor)},
        {QStringLiteral("stats"), QStringLiteral("admin, statistics"), statisticsOf(admin)},
        // Not asked for by the issue: a downline's own statistics, read through the closure.
        {QStringLiteral("stats_distributor"), QStringLiteral("distributor's statistics"),
         statisticsOf(distributor)},
        {QStringLiteral("stats_master_distributor"),
         QStringLiteral("master distributor's statistics"), statisticsOf(master)},
    };

    auto conn = db->connection();
    if (!conn)
        return fail(conn.error().describe());
    test::ServerTimeProbe probe(conn.value());
    QString probeWhy;
    const bool serverTimes = db->isPostgres() && probe.start(&probeWhy);
    if (db->isPostgres() && !serverTimes)
        err << "invitedesk-bench: no server times (" << probeWhy
            << "); floor_ms is the fastest run\n";

    QJsonObject report;
    QString plans;
    for (const Scenario& s : scenarios) {
        auto warm = s.run(); // caches and prepared statements, as on a desk in use
        if (!warm)
            return fail(s.key + QStringLiteral(": ") + warm.error().describe());
        QList<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto r = s.run();
            ms << t.nsecsElapsed() / 1e6;
            if (!r)
                return fail(s.key + QStringLiteral(": ") + r.error().describe());
        }
        double floor = percentile(ms, 0);
        if (serverTimes) {
            QList<double> server;
            // The server's time varies less than the call's: ten runs give its median.
            for (int i = 0; i < std::min(runs, 10); ++i) {
                probe.arm();
                if (auto r = s.run(); !r)
                    return fail(s.key + QStringLiteral(": ") + r.error().describe());
                server << probe.disarm();
                if (i == 0)
                    plans += QStringLiteral("## %1 (%2)\n\n").arg(s.key, s.what) +
                             probe.plans().join(QStringLiteral("\n\n")) + QStringLiteral("\n\n");
            }
            floor = percentile(server, 0.5);
        }
        const QJsonObject figures{{QStringLiteral("p50_ms"), percentile(ms, 0.5)},
                                  {QStringLiteral("p99_ms"), percentile(ms, 0.99)},
                                  {QStringLiteral("floor_ms"), floor},
                                  {QStringLiteral("rows"), double(warm.value())}};
        report.insert(s.key, figures);
        out << QStringLiteral("%1 (%2): p50 %3 ms, p99 %4 ms, floor %5 ms, %6 rows\n")
                   .arg(s.key, s.what)
                   .arg(figures.value(QStringLiteral("p50_ms")).toDouble(), 0, 'f', 2)
                   .arg(figures.value(QStringLiteral("p99_ms")).toDouble(), 0, 'f', 2)
                   .arg(floor, 0, 'f', 2)
                   .arg(warm.value());
        out.flush();
    }
    if (parser.isSet(plansOption)) {
        QFile file(parser.value(plansOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot write %1").arg(file.fileName()));
        file.write(plans.toUtf8());
    }
    report.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    report.insert(QStringLiteral("invitations"), double(present.value()));
    report.insert(QStringLiteral("added"), double(added.value()));
    report.insert(QStringLiteral("reused_tree"), tree->reused);
    report.insert(QStringLiteral("seed_seconds"), seedSeconds);
    report.insert(QStringLiteral("runs"), runs);
    report.insert(QStringLiteral("backend"),
                  db->isPostgres() ? QStringLiteral("postgres") : QStringLiteral("sqlite"));
    report.insert(QStringLiteral("floor_source"),
                  serverTimes ? QStringLiteral("auto_explain") : QStringLiteral("fastest_run"));
    int status = 0;
    if (parser.isSet(desksOption)) {
        ManyDesksScenario::Options o;
        o.desks = std::max(1, parser.value(desksOption).toInt());
        o.serve = std::max(1, parser.value(serveOption).toInt());
        o.dispatchers = std::max(0, parser.value(dispatchersOption).toInt());
        o.seconds = std::max(1, parser.value(secondsOption).toInt());
        o.messages = std::max(1, parser.value(messagesOption).toInt());
        o.thinkMs = std::max(0, parser.value(thinkOption).toInt());
        o.invitedeskBin = parser.isSet(binOption) ? parser.value(binOption)
                                                  : qEnvironmentVariable("INVITEDESK_BIN");
        if (o.invitedeskBin.isEmpty())
            return fail(QStringLiteral("--desks needs the invitedesk program: --invitedesk PATH "
                                       "or INVITEDESK_BIN"));
        QJsonObject many;
        QString why;
        if (!ManyDesksScenario(db, tree.value(), o).run(&many, &why))
            return fail(QStringLiteral("many desks: ") + why);
        report.insert(QStringLiteral("many_desks"), many);
        if (many.value(QStringLiteral("sent_twice")).toInt() != 0) {
            err << "invitedesk-bench: many desks: messages delivered twice\n";
            status = 2;
        }
        if (many.value(QStringLiteral("accepts_missed")).toDouble() != 0) {
            err << "invitedesk-bench: many desks: accepts no desk heard of\n";
            status = 2;
        }
    }
    out << QJsonDocument(report).toJson(QJsonDocument::Compact) << "\n";
    return status;
}
