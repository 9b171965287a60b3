#include "app/cli/InvitationFilterOptions.h"

#include "app/cli/CliContext.h"
#include "core/services/InvitationFilters.h"

namespace invitedesk::cli {

namespace {
bool commandHas(const CliContext& ctx, const QString& name)
{
    for (const QCommandLineOption& o : ctx.command().options) {
        if (o.names().contains(name))
            return true;
    }
    return false;
}
} // namespace

QList<QCommandLineOption> invitationFilterOptions()
{
    return {{QStringLiteral("status"), QStringLiteral("Only these statuses (comma-separated)."),
             QStringLiteral("S")},
            {QStringLiteral("type"), QStringLiteral("Only these types (comma-separated)."),
             QStringLiteral("T")},
            {QStringLiteral("search"),
             QStringLiteral("Only those whose e-mail or name contains Q."), QStringLiteral("Q")}};
}

QCommandLineOption limitOption(const QString& help)
{
    return {QStringLiteral("limit"), help, QStringLiteral("N")};
}

bool anyInvitationFilterSet(const CliContext& ctx)
{
    return ctx.isSet(QStringLiteral("status")) || ctx.isSet(QStringLiteral("type")) ||
           ctx.isSet(QStringLiteral("search"));
}

Result<InvitationQuery> invitationQueryFrom(const CliContext& ctx, int defaultLimit)
{
    InvitationQuery q;
    q.limit = defaultLimit;
    auto statuses = invitation_filters::statuses(ctx.value(QStringLiteral("status")));
    if (!statuses)
        return statuses.error();
    q.statuses = statuses.value();
    auto types = invitation_filters::types(ctx.value(QStringLiteral("type")));
    if (!types)
        return types.error();
    q.types = types.value();
    q.search = ctx.value(QStringLiteral("search"));
    auto limit = limitFrom(ctx, defaultLimit);
    if (!limit)
        return limit.error();
    q.limit = limit.value();
    return q;
}

Result<int> limitFrom(const CliContext& ctx, int defaultLimit)
{
    if (!commandHas(ctx, QStringLiteral("limit")) || !ctx.isSet(QStringLiteral("limit")))
        return defaultLimit;
    bool ok = false;
    const int limit = ctx.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0)
        return Error::invalid(QStringLiteral("limit"),
                              QStringLiteral("The limit must be 0 (all) or a positive number."));
    return limit;
}

} // namespace invitedesk::cli
