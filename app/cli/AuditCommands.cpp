// `audit list`, `audit export` and `audit verify`: the audit log for compliance reviews,
// through AuditService (administrators only; the service says so).
#include "app/cli/CliContext.h"
#include "app/cli/ExportOutput.h"
#include "app/cli/InvitationFilterOptions.h"
#include "core/services/AuditService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace invitedesk::cli {

namespace {
// --invitation and --since as an audit filter.
Result<AuditFilter> filterFrom(const CliContext& ctx)
{
    AuditFilter filter;
    auto limit = limitFrom(ctx, 0);
    if (!limit)
        return limit.error();
    filter.limit = limit.value();
    filter.invitationId = ctx.value(QStringLiteral("invitation")).trimmed();
    const QString since = ctx.value(QStringLiteral("since")).trimmed();
    if (!since.isEmpty()) {
        // A date is the start of that day where the command runs; a date and time may carry
        // its offset.
        const QDate day = QDate::fromString(since, Qt::ISODate);
        filter.from = day.isValid() && since.size() == 10
                          ? day.startOfDay()
                          : QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!filter.from.isValid())
            return Error::invalid(
                QStringLiteral("since"),
                QStringLiteral("\"%1\" is not a date (YYYY-MM-DD) or an ISO date and time.")
                    .arg(since.left(40)));
        filter.from = filter.from.toUTC();
    }
    return filter;
}

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("-");
}

int runList(CliContext& ctx)
{
    auto filter = filterFrom(ctx);
    if (!filter)
        return ctx.fail(filter.error());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto events = session->backend->audit().list(session->actor, *filter);
    if (!events)
        return ctx.fail(events.error());
    if (ctx.json()) {
        QJsonArray items;
        for (const AuditEvent& e : events.value())
            items.append(AuditService::toJson(e));
        ctx.print(items);
        return ExitDone;
    }
    QTextStream out(stdout);
    for (const AuditEvent& e : events.value()) {
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(e.seq, 6)
                   .arg(shortTime(e.occurredAt))
                   .arg(e.action, -20)
                   .arg(e.invitationId.isEmpty() ? QStringLiteral("-") : e.invitationId, -36)
                   .arg(e.actorUserId.isEmpty() ? QStringLiteral("system") : e.actorUserId);
    }
    return ExitDone;
}

int runExport(CliContext& ctx)
{
    const auto format = AuditService::formatFromName(ctx.value(QStringLiteral("format")));
    if (!format)
        return ctx.usage(QStringLiteral("--format is csv or json"));
    auto filter = filterFrom(ctx);
    if (!filter)
        return ctx.fail(filter.error());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const AuditService audit = session->backend->audit();
    return writeExport(ctx, QStringLiteral("audit event(s)"), [&](QIODevice* out) {
        return audit.exportTo(session->actor, *filter, *format, out);
    });
}

int runVerify(CliContext& ctx)
{
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto report = session->backend->audit().verify(session->actor);
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

QList<QCommandLineOption> filterOptions()
{
    return {{QStringLiteral("invitation"), QStringLiteral("Only this invitation's events."),
             QStringLiteral("ID")},
            {QStringLiteral("since"),
             QStringLiteral("Only events from this date (YYYY-MM-DD, local) or ISO date-time on."),
             QStringLiteral("DATE")}};
}
} // namespace

void addAuditCommands(QList<Command>& commands)
{
    Command list;
    list.words = {QStringLiteral("audit"), QStringLiteral("list")};
    list.summary = QStringLiteral("List audit events, newest first (administrators).");
    list.options = filterOptions();
    list.options += limitOption(QStringLiteral("At most N events, newest first (0 = all)."));
    list.run = runList;
    commands.append(list);

    Command exportCommand;
    exportCommand.words = {QStringLiteral("audit"), QStringLiteral("export")};
    exportCommand.summary =
        QStringLiteral("Export audit events as CSV or JSON, newest first (administrators).");
    exportCommand.options = filterOptions();
    exportCommand.options += {
        {QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("F")},
        {QStringLiteral("output"), QStringLiteral("Write to this file instead of standard output."),
         QStringLiteral("FILE")},
    };
    exportCommand.run = runExport;
    commands.append(exportCommand);

    Command verify;
    verify.words = {QStringLiteral("audit"), QStringLiteral("verify")};
    verify.summary = QStringLiteral(
        "Recompute the audit log's hash chain (exit 1 naming the first broken event).");
    verify.run = runVerify;
    commands.append(verify);
}

} // namespace invitedesk::cli
