// `cancel` and `resend`: the invitations named by id, or with --all-matching every invitation
// matching --status/--type/--search, in one transaction, reported per invitation.
#include "app/cli/BulkReport.h"
#include "app/cli/CliContext.h"
#include "app/cli/InvitationFilterOptions.h"
#include "core/domain/InvitationLifecycle.h"
#include "core/services/InvitationService.h"

#include <QJsonArray>

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

BulkResult perform(InvitationService& service, const Actor& actor, BulkAction action,
                   const QStringList& ids, const CliContext& ctx)
{
    return action == BulkAction::Cancel
               ? service.cancelMany(actor, ids, ctx.value(QStringLiteral("reason")))
               : service.resendMany(actor, ids);
}

QString verbOf(BulkAction action)
{
    return action == BulkAction::Cancel ? QStringLiteral("cancelled") : QStringLiteral("resent");
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
    InvitationService service = signedIn->backend->invitations();
    auto ids = matchingIds(service, signedIn->actor, query.value());
    if (!ids)
        return ctx.fail(ids.error());
    if (ids->isEmpty()) {
        if (ctx.json())
            ctx.print(QJsonArray());
        else
            ctx.printLine(QStringLiteral("No invitations match."));
        return ExitDone;
    }
    return reportBulk(ctx, perform(service, signedIn->actor, action, ids.value(), ctx),
                      verbOf(action), BulkRequest::AllMatching);
}

int runByIds(CliContext& ctx, BulkAction action)
{
    auto signedIn = ctx.signIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    InvitationService service = signedIn->backend->invitations();
    return reportBulk(ctx, perform(service, signedIn->actor, action, ctx.positional(), ctx),
                      verbOf(action), BulkRequest::ByIds);
}

int run(CliContext& ctx, BulkAction action)
{
    if (ctx.isSet(QStringLiteral("all-matching")) || anyInvitationFilterSet(ctx))
        return runAllMatching(ctx, action);
    if (ctx.positional().isEmpty())
        return ctx.usage(QStringLiteral("missing ID (or --all-matching with --status/--type)"));
    return runByIds(ctx, action);
}

Command bulkCommand(BulkAction action)
{
    Command c;
    c.options = invitationFilterOptions();
    c.options += QCommandLineOption(
        QStringLiteral("all-matching"),
        QStringLiteral("Act on every invitation you may see that matches --status/--type/--search "
                       "(default statuses: those the action applies to)."));
    c.positionalName = QStringLiteral("ID");
    c.positionalHelp = QStringLiteral("Invitation ids. Or none, with --all-matching and filters.");
    c.positionalMany = true;
    c.run = [action](CliContext& ctx) { return run(ctx, action); };
    return c;
}
} // namespace

void addBulkCommands(QList<Command>& commands)
{
    Command cancel = bulkCommand(BulkAction::Cancel);
    cancel.words = {QStringLiteral("cancel")};
    cancel.summary = QStringLiteral("Cancel invitations.");
    cancel.options.prepend(QCommandLineOption(QStringLiteral("reason"),
                                              QStringLiteral("Why (kept in the audit log)."),
                                              QStringLiteral("R")));
    commands.append(cancel);

    Command resend = bulkCommand(BulkAction::Resend);
    resend.words = {QStringLiteral("resend")};
    resend.summary =
        QStringLiteral("Resend invitations with a new link (the old one stops working).");
    commands.append(resend);
}

} // namespace invitedesk::cli
