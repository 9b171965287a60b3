#include "app/cli/CliContext.h"
#include "core/services/BackendServices.h"

#include <QJsonObject>

namespace invitedesk::cli {

namespace {
int runMigrate(CliContext& ctx)
{
    auto backend = ctx.backend(SchemaPolicy::ConnectOnly);
    if (!backend)
        return ctx.fail(backend.error());
    auto before = backend.value()->schemaVersion();
    if (!before)
        return ctx.fail(before.error());
    auto after = backend.value()->migrate();
    if (!after)
        return ctx.fail(after.error());
    if (ctx.json()) {
        ctx.print(QJsonObject{{QStringLiteral("from_version"), before.value()},
                              {QStringLiteral("version"), after.value()},
                              {QStringLiteral("database"), backend.value()->displayUrl()}});
    } else if (before.value() == after.value()) {
        ctx.printLine(QStringLiteral("Schema is up to date (version %1).").arg(after.value()));
    } else {
        ctx.printLine(QStringLiteral("Migrated from version %1 to %2.")
                          .arg(before.value())
                          .arg(after.value()));
    }
    return ExitDone;
}
} // namespace

void addMigrateCommands(QList<Command>& commands)
{
    Command migrate;
    migrate.words = {QStringLiteral("migrate")};
    migrate.summary = QStringLiteral("Create or update the database schema.");
    migrate.run = runMigrate;
    commands.append(migrate);
}

} // namespace invitedesk::cli
