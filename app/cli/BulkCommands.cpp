// The bulk forms of `cancel` and `resend`: every invitation matching --status/--type/--search
// with --all-matching, in one transaction, reported per invitation. The single and
// several-id forms stay as InvitationCommands.cpp defines them.
#include "app/cli/CliContext.h"
#include "app/cli/InvitationFilterOptions.h"
#include "core/domain/InvitationLifecycle.h"
#include "core/services/InvitationService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace invitedesk::cli {

namespace {
enum class BulkAction { Cancel, Resend };

// Ids of every invitation the actor may see that matches, page by page.
Result<QStringList> matchingIds(InvitationService& service, const Actor& actor,
                                InvitationQuery query)
{
    QStringList ids;
    query.limit = 1000;
    for (;;) {
        auto page = service.list(actor, query);
        if (!page)
            return page.error();
        for (const Invitation& inv : page->items)
            ids << inv.id;
        if (!page->hasMore || page->items.isEmpty())
            return ids;
        query.afterValue = page->nextAfterValue;
        query.afterId = page->nextAfterId;
    }
}

int report(CliContext& ctx, const BulkResult& result, const QString& verb)
{
    int code = ExitDone;
    QJsonArray items;
    for (const BulkItemResult& item : result.items) {
        if (ctx.json()) {
            items.append(bulkItemJson(item));
        } else if (item.ok) {
            ctx.printLine(QStringLiteral("%1: %2").arg(item.id, verb));
        } else {
            ctx.printLine(QStringLiteral("%1: refused: %2").arg(item.id, item.error->message));
        }
        if (!item.ok)
            code = std::max(code, CliContext::exitCodeFor(*item.error));
    }
    if (ctx.json())
        ctx.print(items);
    else
        ctx.printLine(QStringLiteral("%1 %2, %3 refused.")
                          .arg(result.succeeded())
                          .arg(verb)
                          .arg(result.failed()));
    return code;
}

int runAllMatching(CliContext& ctx, BulkAction action)
{
    if (!ctx.positional().isEmpty())
        return ctx.usage(
            QStringLiteral("give invitation ids or --all-matching with filters, not both"));
    if (!ctx.isSet(QStringLiteral("all-matching")))
        return ctx.usage(QStringLiteral(
            "add --all-matching to act on every invitation that matches the filters"));
    auto query = invitationQueryFrom(ctx);
    if (!query)
        return ctx.fail(query.error());
    const LifecycleEvent event =
        action == BulkAction::Cancel ? LifecycleEvent::Cancel : LifecycleEvent::Resend;
    if (query->statuses.isEmpty())
        query->statuses = lifecycle::sourcesOf(event); // only those the action applies to
    auto signedIn = ctx.signIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    InvitationService service(signedIn->db, ctx.serviceConfig());
    auto ids = matchingIds(service, signedIn->actor, query.value());
    if (!ids)
        return ctx.fail(ids.error());
    const QString verb =
        action == BulkAction::Cancel ? QStringLiteral("cancelled") : QStringLiteral("resent");
    if (ids->isEmpty()) {
        if (ctx.json())
            ctx.print(QJsonArray());
        else
            ctx.printLine(QStringLiteral("No invitations match."));
        return ExitDone;
    }
    const BulkResult result =
        action == BulkAction::Cancel
            ? service.cancelMany(signedIn->actor, ids.value(), ctx.value(QStringLiteral("reason")))
            : service.resendMany(signedIn->actor, ids.value());
    return report(ctx, result, verb);
}

void extend(Command& command, BulkAction action)
{
    command.options += invitationFilterOptions();
    command.options += QCommandLineOption(
        QStringLiteral("all-matching"),
        QStringLiteral("Act on every invitation you may see that matches --status/--type/--search "
                       "(default statuses: those the action applies to)."));
    command.positionalRequired = false;
    command.positionalHelp += QStringLiteral(" Or none, with --all-matching and filters.");
    const auto single = command.run;
    command.run = [single, action](CliContext& ctx) {
        if (ctx.isSet(QStringLiteral("all-matching")) || anyInvitationFilterSet(ctx))
            return runAllMatching(ctx, action);
        if (ctx.positional().isEmpty())
            return ctx.usage(QStringLiteral("missing ID (or --all-matching with --status/--type)"));
        return single(ctx);
    };
}
} // namespace

void extendBulkCommands(QList<Command>& commands)
{
    for (Command& c : commands) {
        if (c.words == QStringList{QStringLiteral("cancel")})
            extend(c, BulkAction::Cancel);
        else if (c.words == QStringList{QStringLiteral("resend")})
            extend(c, BulkAction::Resend);
    }
}

} // namespace invitedesk::cli
