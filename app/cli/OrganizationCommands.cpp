// `invitedesk org show` and `invitedesk org set KEY VALUE`: the organisation's settings and
// the platform's public link address, for admins, through OrganizationService.
#include "app/cli/CliContext.h"
#include "core/services/OrganizationService.h"

#include <QJsonObject>

namespace invitedesk::cli {

namespace {
QString keysHelp()
{
    QString text = QStringLiteral("Keys (an empty VALUE, \"\", clears the ones that may be "
                                  "empty):\n");
    for (const QString& key : OrganizationSettings::keys())
        text += QStringLiteral("  %1 %2\n").arg(key, -28).arg(OrganizationSettings::help(key));
    return text;
}

void printSettings(CliContext& ctx, const OrganizationSettings& settings)
{
    if (ctx.json()) {
        ctx.print(settings.toJson());
        return;
    }
    QStringList lines{QStringLiteral("%1 %2 (%3)")
                          .arg(QStringLiteral("organization:"), -29)
                          .arg(settings.organization.name, settings.organization.id)};
    for (const QString& key : OrganizationSettings::keys()) {
        const QString v = settings.value(key);
        lines << QStringLiteral("%1 %2")
                     .arg(key + QLatin1Char(':'), -29)
                     .arg(v.isEmpty() ? QStringLiteral("-") : v);
    }
    ctx.printLine(lines.join(QLatin1Char('\n')));
}

int runShow(CliContext& ctx)
{
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto settings = session->backend->organization().show(session->actor);
    if (!settings)
        return ctx.fail(settings.error());
    printSettings(ctx, settings.value());
    return ExitDone;
}

int runSet(CliContext& ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give a KEY and a VALUE (\"\" to clear); the keys: %1")
                             .arg(OrganizationSettings::keys().join(QStringLiteral(", "))));
    if (!OrganizationSettings::isKey(args.at(0)))
        return ctx.usage(
            QStringLiteral("unknown key \"%1\"; the keys: %2")
                .arg(args.at(0).left(40), OrganizationSettings::keys().join(QStringLiteral(", "))));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto settings = session->backend->organization().set(session->actor, args.at(0), args.at(1));
    if (!settings)
        return ctx.fail(settings.error());
    if (ctx.json()) {
        ctx.print(settings->toJson());
    } else {
        const QString v = settings->value(args.at(0));
        ctx.printLine(QStringLiteral("%1: %2").arg(args.at(0),
                                                   v.isEmpty() ? QStringLiteral("(cleared)") : v));
    }
    return ExitDone;
}

int runOrg(CliContext& ctx)
{
    return ctx.usage(QStringLiteral("give a sub-command: org show or org set KEY VALUE"));
}
} // namespace

void addOrganizationCommands(QList<Command>& commands)
{
    const QString about = QStringLiteral(
        "The organisation's settings and the platform's public link address (admins only).\n"
        "  invitedesk org show --as ADMIN [--json]\n"
        "  invitedesk org set --as ADMIN KEY VALUE\n"
        "Each change is one audited event (organization.updated, platform.updated) with the "
        "old and new value.\n\n");

    Command org;
    org.words = {QStringLiteral("org")};
    org.summary = QStringLiteral("Organisation settings: org show, org set KEY VALUE (admins).");
    org.description = about + keysHelp();
    org.run = runOrg;
    commands.append(org);

    Command show;
    show.words = {QStringLiteral("org"), QStringLiteral("show")};
    show.summary = QStringLiteral("Show the organisation's settings and the public URL.");
    show.description = about + keysHelp();
    show.run = runShow;
    commands.append(show);

    Command set;
    set.words = {QStringLiteral("org"), QStringLiteral("set")};
    set.summary = QStringLiteral("Change one setting: org set KEY VALUE.");
    set.description = about + keysHelp();
    set.positionalName = QStringLiteral("KEY VALUE");
    set.positionalHelp = QStringLiteral("The setting and its new value (\"\" clears).");
    set.positionalRequired = true;
    set.positionalMany = true;
    set.run = runSet;
    commands.append(set);
}

} // namespace invitedesk::cli
