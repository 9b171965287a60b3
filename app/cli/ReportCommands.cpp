#include "app/cli/CliContext.h"
#include "core/services/InvitationService.h"
#include "core/storage/AuditLog.h"

#include <QJsonObject>
#include <QTextStream>

namespace invitedesk::cli {

namespace {
int runStats(CliContext& ctx)
{
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const DatabasePtr db = session->db;
    const Actor& actor = session->actor;
    InvitationService service(db, ctx.serviceConfig());
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

int runAuditVerify(CliContext& ctx)
{
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const DatabasePtr db = session->db;
    const Actor& actor = session->actor;
    if (actor.role != Role::Admin)
        return ctx.fail(
            Error::make(Error::Code::NotPermitted,
                        QStringLiteral("Only an administrator may verify the audit log."),
                        QStringLiteral("as")));
    auto report = AuditLog(db).verify();
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.print(QJsonObject{{QStringLiteral("ok"), report->ok},
                              {QStringLiteral("checked"), report->checked},
                              {QStringLiteral("first_broken_seq"), report->firstBrokenSeq},
                              {QStringLiteral("problem"), report->problem}});
    } else if (report->ok) {
        ctx.printLine(QStringLiteral("Audit chain holds: %1 events checked.").arg(report->checked));
    }
    if (!report->ok) {
        QTextStream(stderr) << "invitedesk: audit: broken at event " << report->firstBrokenSeq
                            << ": " << report->problem << "\n";
        return ExitRefused;
    }
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

    Command verify;
    verify.words = {QStringLiteral("audit"), QStringLiteral("verify")};
    verify.summary = QStringLiteral(
        "Recompute the audit log's hash chain (exit 1 naming the first broken event).");
    verify.run = runAuditVerify;
    commands.append(verify);
}

} // namespace invitedesk::cli
