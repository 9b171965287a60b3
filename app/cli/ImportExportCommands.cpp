// `import FILE` and `export`: invitations to and from CSV (export also JSON).
#include "app/cli/CliContext.h"
#include "app/cli/ExportOutput.h"
#include "app/cli/InvitationFilterOptions.h"
#include "core/services/ImportService.h"
#include "core/services/ImportTemplate.h"
#include "core/services/InvitationExporter.h"
#include "core/services/InvitationService.h"

#include <QFile>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace invitedesk::cli {

namespace {
QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// `import --template FILE`: the header and an example row, to fill in (no sign-in needed).
int writeTemplate(CliContext& ctx)
{
    const QString target = ctx.value(QStringLiteral("template"));
    if (target.isEmpty())
        return ctx.usage(QStringLiteral("--template needs a file name"));
    if (!ctx.positional().isEmpty())
        return ctx.usage(QStringLiteral("--template writes a template; it imports no FILE"));
    if (auto r = ImportTemplate::save(target); !r)
        return ctx.fail(r.error());
    if (ctx.json())
        ctx.print(QJsonObject{{QStringLiteral("template"), target}});
    else
        ctx.printLine(QStringLiteral("Template written to %1.").arg(target));
    return ExitDone;
}

int runImport(CliContext& ctx)
{
    if (ctx.isSet(QStringLiteral("template")))
        return writeTemplate(ctx);
    if (ctx.positional().isEmpty())
        return ctx.usage(QStringLiteral("missing FILE"));
    const QString path = ctx.positional().value(0);
    QFile file;
    const bool fromStdin = path == QLatin1String("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.fail(
            Error::invalid(QStringLiteral("file"),
                           QStringLiteral("cannot open %1: %2").arg(path, file.errorString())));
    auto signedIn = ctx.signIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    ImportOptions options;
    options.dryRun = ctx.isSet(QStringLiteral("dry-run"));
    options.skipInvalid = ctx.isSet(QStringLiteral("skip-invalid"));
    ImportService service = signedIn->backend->imports();
    auto report = service.importCsv(signedIn->actor, &file, options);
    if (!report)
        return ctx.fail(report.error());

    const bool refused = report->refused(options);
    if (ctx.json()) {
        ctx.print(report->toJson());
    } else {
        ctx.printLine(QStringLiteral("%1 valid, %2 invalid, %3 imported.")
                          .arg(report->valid)
                          .arg(report->invalid)
                          .arg(report->imported));
        for (const ImportError& e : report->errors) {
            const QString where =
                e.row > 0 ? QStringLiteral("row %1").arg(e.row) : QStringLiteral("file");
            ctx.printLine(e.column.isEmpty()
                              ? QStringLiteral("%1: %2").arg(where, e.message)
                              : QStringLiteral("%1, %2: %3").arg(where, e.column, e.message));
        }
        if (report->moreErrors > 0)
            ctx.printLine(QStringLiteral("and %1 more (only the first %2 errors are listed)")
                              .arg(report->moreErrors)
                              .arg(ImportValidation::kErrorsKept));
    }
    if (report->fileError) {
        err() << "invitedesk: the file cannot be imported as it is; nothing was imported\n"
              << Qt::flush;
    } else if (refused && options.dryRun) {
        err() << "invitedesk: " << report->invalid << " invalid row(s)\n" << Qt::flush;
    } else if (refused) {
        err() << "invitedesk: " << report->invalid
              << " invalid row(s); nothing was imported (fix them, or use --skip-invalid)\n"
              << Qt::flush;
    }
    return refused ? ExitRefused : ExitDone;
}

int runExport(CliContext& ctx)
{
    std::optional<InvitationExporter::Format> format =
        ctx.isSet(QStringLiteral("format"))
            ? InvitationExporter::formatFromName(ctx.value(QStringLiteral("format")))
            : (ctx.json() ? InvitationExporter::Format::Json : InvitationExporter::Format::Csv);
    if (!format)
        return ctx.usage(QStringLiteral("--format is csv or json"));
    auto query = invitationQueryFrom(ctx);
    if (!query)
        return ctx.fail(query.error());
    auto signedIn = ctx.signIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    InvitationService service = signedIn->backend->invitations();
    InvitationExporter exporter(service);

    return writeExport(ctx, QStringLiteral("invitation(s)"), [&](QIODevice* out) {
        return exporter.write(signedIn->actor, query.value(), *format, out);
    });
}
} // namespace

void addImportExportCommands(QList<Command>& commands)
{
    Command import;
    import.words = {QStringLiteral("import")};
    import.summary =
        QStringLiteral("Invite everyone in a CSV file (all or nothing unless --skip-invalid).");
    import.options = {
        {QStringLiteral("dry-run"), QStringLiteral("Only check the file; write nothing.")},
        {QStringLiteral("skip-invalid"),
         QStringLiteral("Import the valid rows and report the others.")},
        {QStringLiteral("template"),
         QStringLiteral("Write a template to FILE (the header and an example row; mode 0600) "
                        "instead of importing."),
         QStringLiteral("FILE")},
    };
    import.positionalName = QStringLiteral("FILE");
    import.positionalHelp = QStringLiteral(
        "CSV file (UTF-8, ',' or ';'; '-' for standard input). Columns: email, first_name, "
        "last_name, invitation_type, and optionally parent_email, message, expires_days, "
        "language, npi, specialty, territory, practice_name, company_name. The type is a code "
        "(sales) or the label the desk shows, in English or Spanish (Sales representative, "
        "Representante de ventas). Required unless --template.");
    // Required unless --template: runImport says "missing FILE" as the parser did.
    import.run = runImport;
    commands.append(import);

    Command exportCommand;
    exportCommand.words = {QStringLiteral("export")};
    exportCommand.summary =
        QStringLiteral("Export the invitations you may see (CSV or JSON; no limit).");
    exportCommand.options = invitationFilterOptions();
    exportCommand.options += {
        {QStringLiteral("format"), QStringLiteral("csv (default) or json."), QStringLiteral("F")},
        {QStringLiteral("output"), QStringLiteral("Write to this file instead of standard output."),
         QStringLiteral("FILE")},
        limitOption(QStringLiteral("At most N (default: all).")),
    };
    exportCommand.run = runExport;
    commands.append(exportCommand);
}

} // namespace invitedesk::cli
