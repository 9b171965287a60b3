#include "app/cli/InvitationFilterOptions.h"

#include "app/cli/CliContext.h"

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
    const auto parts = [&](const char* option) {
        return ctx.value(QString::fromLatin1(option)).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    for (const QString& s : parts("status")) {
        const auto status = statuses::fromName(s.trimmed());
        if (!status)
            return Error::invalid(QStringLiteral("status"),
                                  QStringLiteral("Unknown status \"%1\"; use one of: %2.")
                                      .arg(s, statuses::allNames().join(QStringLiteral(", "))));
        q.statuses << *status;
    }
    for (const QString& t : parts("type")) {
        const auto type = invitation_types::fromName(t.trimmed());
        if (!type)
            return Error::invalid(QStringLiteral("type"),
                                  QStringLiteral("Unknown invitation type \"%1\"; use one of: %2.")
                                      .arg(t, roles::allNames().join(QStringLiteral(", "))));
        q.types << *type;
    }
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
