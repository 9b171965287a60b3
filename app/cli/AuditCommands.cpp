// `audit list`, `audit export`, `audit verify`, `audit checkpoint` and `audit erase`: the audit
// log for compliance reviews and erasure requests, through AuditService (administrators only;
// the service says so).
#include "app/cli/CliContext.h"
#include "app/cli/ExportOutput.h"
#include "app/cli/InvitationFilterOptions.h"
#include "core/services/AuditCheckpointLog.h"
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
    const QString until = ctx.value(QStringLiteral("until")).trimmed();
    if (!until.isEmpty()) {
        // A date is the whole of that day: events before the next day's start.
        const QDate day = QDate::fromString(until, Qt::ISODate);
        filter.to = day.isValid() && until.size() == 10
                        ? day.addDays(1).startOfDay()
                        : QDateTime::fromString(until, Qt::ISODateWithMs);
        if (!filter.to.isValid())
            return Error::invalid(
                QStringLiteral("until"),
                QStringLiteral("\"%1\" is not a date (YYYY-MM-DD) or an ISO date and time.")
                    .arg(until.left(40)));
        filter.to = filter.to.toUTC();
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
    const QString checkpointText =
        report->checkpointFound
            ? QStringLiteral("%1 signed checkpoint(s) checked, the newest at event %2 (%3).")
                  .arg(report->checkpointsChecked)
                  .arg(report->checkpointSeq)
                  .arg(shortTime(report->checkpointAt) + QStringLiteral(" UTC"))
            : report->checkpointNote;
    if (ctx.json()) {
        QJsonObject checkpoint{{QStringLiteral("found"), report->checkpointFound},
                               {QStringLiteral("checked"), report->checkpointsChecked}};
        if (report->checkpointFound) {
            checkpoint.insert(QStringLiteral("seq"), report->checkpointSeq);
            checkpoint.insert(QStringLiteral("signed_at"),
                              report->checkpointAt.toUTC().toString(Qt::ISODateWithMs));
        } else {
            checkpoint.insert(QStringLiteral("note"), report->checkpointNote);
        }
        ctx.print(QJsonObject{{QStringLiteral("ok"), report->ok},
                              {QStringLiteral("checked"), report->checked},
                              {QStringLiteral("first_broken_seq"), report->firstBrokenSeq},
                              {QStringLiteral("problem"), report->problem},
                              {QStringLiteral("checkpoint"), checkpoint}});
    } else if (report->ok) {
        ctx.printLine(QStringLiteral("Audit chain holds: %1 events checked.").arg(report->checked));
        ctx.printLine(checkpointText);
    }
    if (!report->ok) {
        QTextStream err(stderr);
        err << "invitedesk: audit: ";
        if (report->firstBrokenSeq > 0)
            err << "broken at event " << report->firstBrokenSeq << ": ";
        err << report->problem << "\n";
        return ExitRefused;
    }
    return ExitDone;
}

int runCheckpoint(CliContext& ctx)
{
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto checkpoint = session->backend->audit().checkpoint(session->actor);
    if (!checkpoint)
        return ctx.fail(checkpoint.error());
    const QString key = session->backend->config().auditKeyPath;
    if (ctx.json()) {
        ctx.print(QJsonObject{
            {QStringLiteral("seq"), checkpoint->seq},
            {QStringLiteral("hash"), QString::fromLatin1(checkpoint->hash.toHex())},
            {QStringLiteral("signed_at"), checkpoint->signedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("public_key"), QString::fromLatin1(checkpoint->publicKey.toBase64())},
            {QStringLiteral("key_file"), key},
            {QStringLiteral("log"), AuditCheckpointLog::pathFor(key)}});
        return ExitDone;
    }
    ctx.printLine(QStringLiteral("Signed the audit log's head at event %1 (%2); logged in %3.")
                      .arg(checkpoint->seq)
                      .arg(QString::fromLatin1(checkpoint->hash.toHex().left(16)))
                      .arg(AuditCheckpointLog::pathFor(key)));
    return ExitDone;
}

int runErase(CliContext& ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 1)
        return ctx.usage(QStringLiteral("name one e-mail address (EMAIL)"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto erasure = session->backend->audit().erase(session->actor, args.first());
    if (!erasure)
        return ctx.fail(erasure.error());
    if (ctx.json()) {
        ctx.print(QJsonObject{
            {QStringLiteral("erased_events"), erasure->erasedEvents},
            {QStringLiteral("hashed_events_naming_it"), erasure->hashedEventsNamingIt}});
        return ExitDone;
    }
    ctx.printLine(QStringLiteral("Erased the personal data of %1 audit event(s) about %2; the "
                                 "chain still holds.")
                      .arg(erasure->erasedEvents)
                      .arg(args.first().trimmed().toLower()));
    if (erasure->hashedEventsNamingIt > 0)
        ctx.printLine(QStringLiteral("%1 event(s) written before personal data was kept apart "
                                     "name it in their hashed details: erasing it there would "
                                     "break the chain.")
                          .arg(erasure->hashedEventsNamingIt));
    return ExitDone;
}

QCommandLineOption keyOption()
{
    return {QStringLiteral("audit-key"),
            QStringLiteral("The Ed25519 key file that signs checkpoints (env INVITEDESK_AUDIT_KEY, "
                           "setting audit/key_file); its log is <FILE>.checkpoints."),
            QStringLiteral("FILE")};
}

QList<QCommandLineOption> filterOptions()
{
    return {{QStringLiteral("invitation"), QStringLiteral("Only this invitation's events."),
             QStringLiteral("ID")},
            {QStringLiteral("since"),
             QStringLiteral("Only events from this date (YYYY-MM-DD, local) or ISO date-time on."),
             QStringLiteral("DATE")},
            {QStringLiteral("until"),
             QStringLiteral("Only events up to this date (YYYY-MM-DD, local, the whole day) or "
                            "before this ISO date-time."),
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
        "Recompute the audit log's hash chain and check it against the newest signed "
        "checkpoints (exit 1 naming the first broken event).");
    verify.options = {keyOption()};
    verify.run = runVerify;
    commands.append(verify);

    Command checkpoint;
    checkpoint.words = {QStringLiteral("audit"), QStringLiteral("checkpoint")};
    checkpoint.summary = QStringLiteral("Sign the audit log's head now with the audit key, "
                                        "creating the key file (0600) if needed "
                                        "(administrators).");
    checkpoint.options = {keyOption()};
    checkpoint.run = runCheckpoint;
    commands.append(checkpoint);

    Command erase;
    erase.words = {QStringLiteral("audit"), QStringLiteral("erase")};
    erase.summary = QStringLiteral("Erase the personal data of every audit event about an "
                                   "e-mail address; the chain still verifies (administrators).");
    erase.description = QStringLiteral(
        "Deletes the personal values (e-mail addresses, names, NPI, typed reasons, mail "
        "servers' replies) of every audit event about EMAIL: events naming the address, about an "
        "invitation to it, or about the user with it. They are kept outside the hash chain, so "
        "`audit verify` still passes. Records an audit.erased event with the counts only. "
        "Events written before personal data was kept apart (migration 011) keep the address in "
        "their hashed details; the command says how many.");
    erase.positionalName = QStringLiteral("EMAIL");
    erase.positionalHelp = QStringLiteral("The e-mail address of the erasure request.");
    erase.positionalRequired = true;
    erase.run = runErase;
    commands.append(erase);
}

} // namespace invitedesk::cli
