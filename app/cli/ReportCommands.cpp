#include "app/cli/CliContext.h"
#include "core/services/InvitationService.h"

#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

namespace invitedesk::cli {

namespace {
// --from/--to: days (YYYY-MM-DD, UTC), both inclusive (StatisticsRange::fromDays).
Result<StatisticsRange> rangeOf(CliContext& ctx)
{
    for (const QString& option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (ctx.isSet(option) && ctx.value(option).trimmed().isEmpty())
            return Error::invalid(option,
                                  QStringLiteral("--%1 wants a date as YYYY-MM-DD.").arg(option));
    }
    return StatisticsRange::fromDays(ctx.value(QStringLiteral("from")),
                                     ctx.value(QStringLiteral("to")));
}

int runStats(CliContext& ctx)
{
    auto range = rangeOf(ctx);
    if (!range)
        return ctx.fail(range.error());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const Actor& actor = session->actor;
    InvitationService service = session->backend->invitations();
    auto stats = service.statistics(actor, QString(), range.value());
    if (!stats)
        return ctx.fail(stats.error());
    if (ctx.json()) {
        ctx.print(stats->toJson());
        return ExitDone;
    }
    QTextStream out(stdout);
    out << "Invitations: " << stats->total << "\n";
    for (auto it = stats->byStatus.begin(); it != stats->byStatus.end(); ++it)
        out << "  " << it.key().leftJustified(12) << it.value() << "\n";
    out << "Acceptance rate: " << QString::number(stats->acceptanceRate * 100.0, 'f', 1) << "% ("
        << stats->acceptedDelivered << " accepted of " << stats->delivered
        << " delivered; mail saved to a folder is not delivered)\n"
        << "Median time to accept: " << QString::number(stats->medianHoursToAccept, 'f', 1)
        << " h\n"
        << "Expiring within 48 h: " << stats->expiring48h << "\n"
        << "Funnel: created " << stats->created << " -> ever sent " << stats->sent << " -> opened "
        << stats->opened << " -> accepted " << stats->accepted << "\n";
    if (!stats->byInviter.isEmpty())
        out << "By inviter:\n";
    for (const InviterStatistics& inviter : stats->byInviter)
        out << "  " << inviter.name << " <" << inviter.email << ">: " << inviter.total
            << " invitations, " << inviter.delivered << " delivered, acceptance rate "
            << QString::number(inviter.acceptanceRate() * 100.0, 'f', 1) << "%\n";
    return ExitDone;
}

} // namespace

void addReportCommands(QList<Command>& commands)
{
    Command stats;
    stats.words = {QStringLiteral("stats")};
    stats.summary = QStringLiteral("Counts by status, type and inviter, acceptance rate (of the "
                                   "delivered), median time to accept.");
    stats.options = {
        QCommandLineOption(QStringLiteral("from"),
                           QStringLiteral("Only invitations created on or after DATE "
                                          "(YYYY-MM-DD, UTC)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("to"),
                           QStringLiteral("Only invitations created on or before DATE "
                                          "(YYYY-MM-DD, UTC)."),
                           QStringLiteral("DATE")),
    };
    stats.run = runStats;
    commands.append(stats);
}

} // namespace invitedesk::cli
