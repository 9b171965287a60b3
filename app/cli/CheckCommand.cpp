// `invitedesk check`: one line per thing IT verifies after installing, exit 0 only when every
// check passes (warnings do not fail it): the database (reachable, migrated), the account it
// is reached as (issue 15: a superuser or a shared account is a warning), the mail relay, the
// public URL's /healthz, the keychain and the settings IT's policy locks (issue 17).
#include "app/cli/CliContext.h"
#include "core/config/DeliveryNotice.h"
#include "core/config/RunConfig.h"
#include "core/mail/MailRelayProbe.h"
#include "core/services/BackendServices.h"
#include "core/services/DatabaseAccountCheck.h"
#include "core/services/PublicUrlProbe.h"
#include "core/settings/AppSettings.h"
#include "core/settings/DatabaseUrl.h"
#include "core/settings/KeychainSecretStore.h"
#include "core/settings/SettingKeys.h"

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
        database.insert(QStringLiteral("url"), services->displayUrl());
        database.insert(QStringLiteral("schema_version"), services->latestSchemaVersion());
        // Issue 17, item 7: beyond this machine, only a verified TLS connection passes
        // (sslmode verify-full or verify-ca; verify-full is what InviteDesk uses unless the
        // URL says otherwise).
        QString tls; // empty: SQLite, a file of this machine
        bool verified = true;
        if (services->isPostgres()) {
            auto url = DatabaseUrl::parse(ctx.runConfig().databaseUrl);
            const QString mode = url ? url->effectiveSslmode() : QString();
            const bool local = url && url->isLocalHost();
            tls = local ? QStringLiteral("loopback")
                        : (mode.isEmpty() ? QStringLiteral("none") : mode);
            verified =
                local || mode == QLatin1String("verify-full") || mode == QLatin1String("verify-ca");
        }
        database.insert(QStringLiteral("tls"), tls.isEmpty() ? QJsonValue() : tls);
        database.insert(QStringLiteral("ok"), verified);
        if (verified) {
            lines << QStringLiteral("database: ok - %1, schema version %2%3")
                         .arg(services->displayUrl())
                         .arg(services->latestSchemaVersion())
                         .arg(tls.isEmpty() ? QString() : QStringLiteral(", TLS: ") + tls);
        } else {
            const QString error =
                QStringLiteral("%1 is beyond this machine without a verified TLS connection "
                               "(sslmode=%2); use sslmode=verify-full")
                    .arg(services->displayUrl(), tls);
            database.insert(QStringLiteral("error"), error);
            lines << QStringLiteral("database: FAILED - %1").arg(error);
        }
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
                {QStringLiteral("accept_only"), account.isAcceptOnly()},
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

    // Issue 17, item 7: the mail relay (EHLO, STARTTLS, AUTH; nothing sent), the public URL's
    // /healthz, the keychain.
    const RunConfig config = ctx.runConfig();
    QJsonObject mailJson{{QStringLiteral("ok"), false}};
    if (auto relay = MailRelayProbe::check(config.mail); !relay) {
        mailJson.insert(QStringLiteral("error"), relay.error().message);
        lines << QStringLiteral("mail relay: FAILED - %1").arg(relay.error().message);
    } else {
        mailJson = QJsonObject{{QStringLiteral("ok"), true},
                               {QStringLiteral("relay"), relay->relay},
                               {QStringLiteral("where"), relay->where},
                               {QStringLiteral("tls"), relay->encrypted},
                               {QStringLiteral("authenticated"), relay->signedIn}};
        if (!relay->relay)
            lines << QStringLiteral("mail relay: ok - none set; e-mail is written as .eml files "
                                    "to %1")
                         .arg(relay->where);
        else
            lines << QStringLiteral("mail relay: ok - %1%2")
                         .arg(relay->where,
                              relay->signedIn ? QStringLiteral(", signed in") : QString());
    }
    ok = ok && mailJson.value(QStringLiteral("ok")).toBool();
    out.insert(QStringLiteral("mail_relay"), mailJson);

    // Without a public URL of its own (settings, policy or the database), links point at the
    // desk's own handler, which is not running during a check: nothing to reach.
    const bool publicUrlSet = !ctx.storedPublicUrl().isEmpty() ||
                              ctx.settings().source(settings::publicUrl) != SettingSource::Default;
    // A loopback public URL (the desk's rule, DeliveryNotice) is no failure, but links to it
    // open only on this machine: said on the line.
    const bool loopback = DeliveryNotice::isLoopbackUrl(config.service.publicUrl);
    const QString onlyHere =
        loopback ? QStringLiteral("; loopback: links work only on this computer") : QString();
    QJsonObject healthJson{{QStringLiteral("ok"), true},
                           {QStringLiteral("url"), config.service.publicUrl},
                           {QStringLiteral("checked"), publicUrlSet},
                           {QStringLiteral("loopback"), loopback}};
    if (!publicUrlSet) {
        lines << QStringLiteral("public URL: ok - not set; links point at this desk's own "
                                "handler (%1)%2")
                     .arg(config.service.publicUrl, onlyHere);
    } else if (auto health = PublicUrlProbe::healthz(config.service.publicUrl); !health) {
        healthJson.insert(QStringLiteral("ok"), false);
        healthJson.insert(QStringLiteral("error"), health.error().message);
        lines << QStringLiteral("public URL: FAILED - %1").arg(health.error().message);
    } else {
        lines << QStringLiteral("public URL: ok - %1%2").arg(health.value(), onlyHere);
    }
    ok = ok && healthJson.value(QStringLiteral("ok")).toBool();
    out.insert(QStringLiteral("public_url"), healthJson);

    // The keychain keeps a desk's passwords; without one a desk asks each time, and services
    // take theirs from the environment: a warning, not a failure.
    QJsonObject keychainJson{{QStringLiteral("ok"), true}};
    if (qEnvironmentVariable("INVITEDESK_KEYCHAIN") == QLatin1String("none")) {
        keychainJson.insert(QStringLiteral("available"), false);
        keychainJson.insert(QStringLiteral("warning"), QJsonValue());
        lines << QStringLiteral("keychain: ok - not used (INVITEDESK_KEYCHAIN=none)");
    } else if (auto available = KeychainSecretStore::checkAvailable(); !available) {
        const QString warning =
            QStringLiteral("no keychain (%1): passwords are asked for each time, or come from "
                           "the environment")
                .arg(available.error().message);
        keychainJson.insert(QStringLiteral("available"), false);
        keychainJson.insert(QStringLiteral("warning"), warning);
        lines << QStringLiteral("keychain: warning - %1").arg(warning);
    } else {
        keychainJson.insert(QStringLiteral("available"), true);
        keychainJson.insert(QStringLiteral("warning"), QJsonValue());
        lines << QStringLiteral("keychain: ok - available");
    }
    out.insert(QStringLiteral("keychain"), keychainJson);

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
        "Check this installation: database, mail relay, public URL, keychain, policy.");
    check.description = QStringLiteral(
        "One line per check; exit 0 only when every check passes (3 otherwise). Checks the "
        "database (reachable, at this binary's schema) and the account it is reached as: a "
        "superuser or a shared account (not a person's own login) is a warning; the mail relay "
        "(EHLO, STARTTLS, AUTH; nothing is sent); the public URL's /healthz; the keychain (a "
        "warning when missing); the settings IT's policy locks on this machine. With --json, "
        "an object with database, database_account, mail_relay, public_url, keychain, settings "
        "and ok.");
    check.run = runCheck;
    commands.append(check);
}

} // namespace invitedesk::cli
