#include "app/cli/CliContext.h"
#include "core/services/BackendServices.h"

#include <QJsonArray>
#include <QJsonObject>

namespace invitedesk::cli {

namespace {
int runTokenCreate(CliContext& ctx)
{
    if (!ctx.isSet(QStringLiteral("name")))
        return ctx.usage(QStringLiteral("missing --name"));
    NewApiToken in;
    in.name = ctx.value(QStringLiteral("name"));
    in.readOnly = ctx.isSet(QStringLiteral("read-only"));
    if (ctx.isSet(QStringLiteral("expires-days"))) {
        bool ok = false;
        const int days = ctx.value(QStringLiteral("expires-days")).toInt(&ok);
        if (!ok)
            return ctx.fail(
                Error::invalid(QStringLiteral("expires_days"),
                               QStringLiteral("The expiry must be a whole number of days.")));
        in.expiresDays = days;
    }
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    ApiTokenService tokens = session->backend->apiTokens();
    auto created = tokens.create(session->actor, in);
    if (!created)
        return ctx.fail(created.error());
    // Shown once: alone on standard output (or as {"token", "id"}), never stored.
    if (ctx.json())
        ctx.print(QJsonObject{{QStringLiteral("token"), created->token},
                              {QStringLiteral("id"), created->record.id}});
    else
        ctx.printLine(created->token);
    return ExitDone;
}

int runTokenList(CliContext& ctx)
{
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const ServiceConfig config = ctx.serviceConfig();
    ApiTokenService tokens = session->backend->apiTokens();
    auto list = tokens.list(session->actor);
    if (!list)
        return ctx.fail(list.error());
    const QDateTime now = config.now();
    if (ctx.json()) {
        QJsonArray items;
        for (const ApiToken& t : list.value())
            items.append(t.toJson(now));
        ctx.print(items);
        return ExitDone;
    }
    if (list->isEmpty()) {
        ctx.printLine(QStringLiteral("No API tokens."));
        return ExitDone;
    }
    for (const ApiToken& t : list.value()) {
        const QJsonObject j = t.toJson(now);
        ctx.printLine(QStringLiteral("%1  %2  %3%4  created %5%6%7")
                          .arg(t.id, j.value(QStringLiteral("state")).toString(), t.name,
                               t.readOnly ? QStringLiteral(" (read-only)") : QString(),
                               t.createdAt.toString(Qt::ISODate),
                               t.expiresAt.isValid() ? QStringLiteral(", expires ") +
                                                           t.expiresAt.toString(Qt::ISODate)
                                                     : QString(),
                               t.lastUsedAt.isValid() ? QStringLiteral(", last used ") +
                                                            t.lastUsedAt.toString(Qt::ISODate)
                                                      : QStringLiteral(", never used")));
    }
    return ExitDone;
}

int runTokenRevoke(CliContext& ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 1)
        return ctx.usage(QStringLiteral("name one token (NAME_OR_ID)"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    ApiTokenService tokens = session->backend->apiTokens();
    auto revoked = tokens.revoke(session->actor, args.first());
    if (!revoked)
        return ctx.fail(revoked.error());
    if (ctx.json())
        ctx.print(revoked->toJson(ctx.serviceConfig().now()));
    else
        ctx.printLine(QStringLiteral("Revoked %1 (%2).").arg(revoked->name, revoked->id));
    return ExitDone;
}
} // namespace

void addTokenCommands(QList<Command>& commands)
{
    Command create;
    create.words = {QStringLiteral("token"), QStringLiteral("create")};
    create.summary = QStringLiteral("Create a personal API token for the integration API "
                                    "(printed once; only its SHA-256 is kept).");
    create.description = QStringLiteral(
        "Create a personal API token acting as --as, for `Authorization: Bearer` on the "
        "integration API (/api/v1/invitations/...). The token is printed once, alone on "
        "standard output (with --json: {\"token\", \"id\"}); only its SHA-256 is stored.");
    create.options = {
        {QStringLiteral("name"), QStringLiteral("A name for the token (unique among yours)."),
         QStringLiteral("N")},
        {QStringLiteral("expires-days"), QStringLiteral("Expire after D days (default: never)."),
         QStringLiteral("D")},
        {QStringLiteral("read-only"), QStringLiteral("The token may read but not change.")}};
    create.run = runTokenCreate;
    commands.append(create);

    Command list;
    list.words = {QStringLiteral("token"), QStringLiteral("list")};
    list.summary = QStringLiteral("List your API tokens (never their text).");
    list.run = runTokenList;
    commands.append(list);

    Command revoke;
    revoke.words = {QStringLiteral("token"), QStringLiteral("revoke")};
    revoke.summary = QStringLiteral("Revoke one of your API tokens by name or id.");
    revoke.positionalName = QStringLiteral("NAME_OR_ID");
    revoke.positionalHelp = QStringLiteral("The token's name or id.");
    revoke.positionalRequired = true;
    revoke.run = runTokenRevoke;
    commands.append(revoke);
}

} // namespace invitedesk::cli
