// `invitedesk check`: one line per thing IT verifies after installing, exit 0 only when every
// check passes (warnings do not fail it). Today: the database (reachable, migrated), the
// account it is reached as (issue 15: a superuser or a shared account is a warning), and the
// settings IT's policy locks (issue 17).
#include "app/cli/CliContext.h"
#include "core/services/BackendServices.h"
#include "core/services/DatabaseAccountCheck.h"
#include "core/settings/AppSettings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace invitedesk::cli {

namespace {

int runCheck(CliContext& ctx)
{
    QJsonObject out;
    bool ok = true;
    QStringList lines;

    // Standard: SQLite is migrated on open (the desk's own file); PostgreSQL must already be
    // at this binary's schema, else the line says to run `invitedesk migrate`.
    auto backend = ctx.backend();
    QJsonObject database{{QStringLiteral("ok"), false}};
    BackendPtr services;
    if (!backend) {
        database.insert(QStringLiteral("error"), backend.error().message);
        lines << QStringLiteral("database: FAILED - %1").arg(backend.error().message);
    } else {
        services = backend.value();
        database.insert(QStringLiteral("ok"), true);
        database.insert(QStringLiteral("url"), services->displayUrl());
        database.insert(QStringLiteral("schema_version"), services->latestSchemaVersion());
        lines << QStringLiteral("database: ok - %1, schema version %2")
                     .arg(services->displayUrl())
                     .arg(services->latestSchemaVersion());
    }
    ok = ok && database.value(QStringLiteral("ok")).toBool();
    out.insert(QStringLiteral("database"), database);

    QJsonObject accountJson{{QStringLiteral("ok"), false}};
    if (services) {
        auto report = DatabaseAccountCheck::inspect(*services->database());
        if (!report) {
            accountJson.insert(QStringLiteral("error"), report.error().message);
            lines << QStringLiteral("database account: FAILED - %1").arg(report.error().message);
        } else {
            const DatabaseAccount& account = report->account;
            const QString& warning = report->warning;
            accountJson = QJsonObject{
                {QStringLiteral("ok"), true},
                {QStringLiteral("name"), account.isEmbedded() ? QJsonValue() : account.name},
                {QStringLiteral("superuser"), account.superuser},
                {QStringLiteral("person_login"), account.personLogin},
                {QStringLiteral("groups"), QJsonArray::fromStringList(account.groups)},
                {QStringLiteral("warning"), warning.isEmpty() ? QJsonValue() : warning}};
            if (account.isEmbedded())
                lines << QStringLiteral("database account: ok - the desk's own SQLite file");
            else if (!warning.isEmpty())
                lines << QStringLiteral("database account: warning - %1").arg(warning);
            else
                lines << QStringLiteral("database account: ok - %1, a person's own login")
                             .arg(account.name);
        }
    } else {
        lines << QStringLiteral("database account: FAILED - no database connection");
    }
    ok = ok && accountJson.value(QStringLiteral("ok")).toBool();
    out.insert(QStringLiteral("database_account"), accountJson);

    // Issue 17, item 5: what IT's policy locks on this machine (informational: a machine
    // without a policy is fine).
    const AppSettings& settings = ctx.settings();
    const QStringList locked = settings.lockedKeys();
    const QString policy = settings.policyLocation();
    out.insert(QStringLiteral("settings"),
               QJsonObject{{QStringLiteral("ok"), true},
                           {QStringLiteral("policy"), policy.isEmpty() ? QJsonValue() : policy},
                           {QStringLiteral("locked"), QJsonArray::fromStringList(locked)}});
    if (locked.isEmpty())
        lines << QStringLiteral("settings: ok - nothing locked by policy%1")
                     .arg(policy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(policy));
    else
        lines << QStringLiteral("settings: ok - locked by policy (%1): %2")
                     .arg(policy, locked.join(QStringLiteral(", ")));
    out.insert(QStringLiteral("ok"), ok);

    if (ctx.json())
        ctx.print(out);
    else
        for (const QString& line : lines)
            ctx.printLine(line);
    return ok ? ExitDone : ExitEnvironment;
}

} // namespace

void addCheckCommands(QList<Command>& commands)
{
    Command check;
    check.words = {QStringLiteral("check")};
    check.summary = QStringLiteral(
        "Check this installation: the database, its account and the locked settings.");
    check.description = QStringLiteral(
        "One line per check; exit 0 only when every check passes (3 otherwise). Checks the "
        "database (reachable, at this binary's schema) and the account it is reached as: a "
        "superuser or a shared account (not a person's own login) is a warning; the settings "
        "IT's policy locks on this machine. With --json, an object with database, "
        "database_account, settings and ok.");
    check.run = runCheck;
    commands.append(check);
}

} // namespace invitedesk::cli
