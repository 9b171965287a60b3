#include "app/cli/CliContext.h"
#include "core/services/InvitationService.h"

#include <QJsonObject>
#include <QTextStream>

namespace invitedesk::cli {

namespace {
int runStats(CliContext& ctx)
{
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const Actor& actor = session->actor;
    InvitationService service = session->backend->invitations();
    auto stats = service.statistics(actor);
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
    out << "Acceptance rate: " << QString::number(stats->acceptanceRate * 100.0, 'f', 1) << "%\n"
        << "Median time to accept: " << QString::number(stats->medianHoursToAccept, 'f', 1)
        << " h\n"
        << "Expiring within 48 h: " << stats->expiring48h << "\n"
        << "Funnel: created " << stats->created << " -> sent " << stats->sent << " -> opened "
        << stats->opened << " -> accepted " << stats->accepted << "\n";
    return ExitDone;
}

} // namespace

void addReportCommands(QList<Command>& commands)
{
    Command stats;
    stats.words = {QStringLiteral("stats")};
    stats.summary =
        QStringLiteral("Counts by status and type, acceptance rate, median time to accept.");
    stats.run = runStats;
    commands.append(stats);
}

} // namespace invitedesk::cli
