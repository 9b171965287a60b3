// InvitationService: read-only calls (list, count, statistics, downline, e-mail checks).
#include "core/services/InvitationService.h"

#include "core/domain/AcceptanceRate.h"
#include "core/services/InvitationValidator.h"
#include "core/storage/InvitationStatisticsRepository.h"
#include "core/storage/UserRepository.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace invitedesk {

Result<void> InvitationService::checkScope(const Actor& actor, const QString& scopeUserId)
{
    if (scopeUserId.isEmpty() || scopeUserId == actor.id)
        return {};
    if (!invitation_validation::isUuid(scopeUserId))
        return Error::invalid(QStringLiteral("scope"), tr("The member id is not valid."));
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    UserRepository users(*m_database, conn.value());
    auto in = users.isInDownline(actor.id, scopeUserId);
    if (!in)
        return in.error();
    if (!in.value() && actor.role != Role::Admin)
        return Error::make(Error::Code::NotPermitted, tr("That user is not in your downline."),
                           QStringLiteral("scope"));
    return {};
}

Result<InvitationPage> InvitationService::list(const Actor& actor, const InvitationQuery& query)
{
    if (query.limit < 0)
        return Error::invalid(QStringLiteral("limit"), tr("The limit must be 0 (all) or more."));
    if (!query.invitedById.isEmpty() && !invitation_validation::isUuid(query.invitedById))
        return Error::invalid(QStringLiteral("invited_by"), tr("The inviter id is not valid."));
    if (query.hasCursor() && !invitation_validation::isUuid(query.afterId))
        return Error::invalid(QStringLiteral("after"), tr("The page position is not valid."));
    if (auto r = checkScope(actor, query.scopeUserId); !r)
        return r.error();
    // No sweep here: the repository presents what is past its expiry as expired.
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return InvitationRepository(*m_database, conn.value(), m_config.now()).list(actor, query);
}

Result<InvitationService::Recheck> InvitationService::recheck(const Actor& actor,
                                                              const QStringList& ids,
                                                              const InvitationQuery& filters)
{
    for (const QString& id : ids) {
        if (!invitation_validation::isUuid(id))
            return Error::invalid(QStringLiteral("ids"), tr("The invitation id is not valid."));
    }
    Recheck result;
    if (ids.isEmpty())
        return result;
    InvitationQuery only = filters; // the list's own rules decide what still matches
    only.ids = ids;
    only.limit = 0;
    only.afterValue = {};
    only.afterId.clear();
    auto matching = list(actor, only);
    if (!matching)
        return matching.error();
    InvitationQuery visible;
    visible.ids = ids;
    visible.limit = 0;
    auto seen = list(actor, visible);
    if (!seen)
        return seen.error();
    QSet<QString> matched;
    for (const Invitation& inv : std::as_const(matching->items))
        matched.insert(inv.id);
    for (const Invitation& inv : std::as_const(seen->items)) {
        if (!matched.contains(inv.id))
            result.notMatching << inv.id;
    }
    result.matching = matching->items;
    return result;
}

Result<qint64> InvitationService::count(const Actor& actor, const InvitationQuery& query)
{
    if (auto r = checkScope(actor, query.scopeUserId); !r)
        return r.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return InvitationRepository(*m_database, conn.value(), m_config.now()).count(actor, query);
}

Result<InvitationService::CountedPage>
InvitationService::listCounted(const Actor& actor, const InvitationQuery& query, qint64 countAtMost)
{
    if (countAtMost < 0)
        return Error::invalid(QStringLiteral("count_at_most"),
                              tr("The count's bound must be 0 (none) or more."));
    auto page = list(actor, query);
    if (!page)
        return page.error();
    CountedPage counted;
    counted.page = std::move(page.value());
    counted.total = counted.page.items.size();
    if (!counted.page.hasMore && !query.hasCursor())
        return counted;
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto total = InvitationRepository(*m_database, conn.value(), m_config.now())
                     .count(actor, query, countAtMost);
    if (!total)
        return total.error();
    counted.total = total.value();
    if (countAtMost > 0 && counted.total > countAtMost) {
        counted.total = countAtMost;
        counted.totalIsAtLeast = true;
    }
    return counted;
}

Result<Statistics> InvitationService::statistics(const Actor& actor, const QString& scopeUserId,
                                                 const StatisticsRange& range, int inviterLimit)
{
    if (inviterLimit < 0)
        return Error::invalid(QStringLiteral("inviter_limit"),
                              tr("The number of inviters must be 0 (all) or more."));
    if (auto r = checkScope(actor, scopeUserId); !r)
        return r.error();
    if (range.isBackwards())
        return Error::invalid(QStringLiteral("to"), tr("The date range must end after it starts."));
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    const QDateTime now = m_config.now();
    InvitationStatisticsRepository invitations(*m_database, conn.value());
    auto counts = invitations.counts(actor, scopeUserId, range, now);
    if (!counts)
        return counts.error();
    auto inviters = invitations.byInviter(actor, scopeUserId, range, now, inviterLimit);
    if (!inviters)
        return inviters.error();
    const auto weeks = range.trendWeeks(now);
    auto trend = invitations.weeklyTrend(actor, scopeUserId, weeks);
    if (!trend)
        return trend.error();

    Statistics s;
    s.computedAt = now;
    s.range = range;
    for (const QString& name : statuses::allNames())
        s.byStatus.insert(name, counts->byStatus.value(name));
    for (const QString& name : roles::allNames())
        s.byType.insert(name, counts->byType.value(name));
    s.total = counts->total;
    s.created = counts->total;
    s.sent = counts->sent;
    s.opened = counts->opened;
    s.accepted = counts->accepted;
    s.delivered = counts->delivered;
    s.acceptedDelivered = counts->acceptedDelivered;
    s.acceptanceRate = acceptance_rate::of(s.acceptedDelivered, s.delivered);
    s.expiring48h = counts->expiringWithin48h;
    s.medianHoursToAccept = counts->medianHoursToAccept;
    s.weekly = trend.value();
    for (const auto& week : weeks)
        s.weekStarts.append(week.first);
    // Most invitations first, then by name as people read them (QString::localeAwareCompare's
    // order), then e-mail. A platform has thousands of inviters: each name's sort key is made
    // once, not at every comparison.
    QList<InviterStatistics>& lines = inviters->lines;
    s.inviterCount = inviters->inviters;
    const QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(lines.size());
    std::vector<qsizetype> order;
    order.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        keys.push_back(collator.sortKey(lines.at(i).name));
        order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (lines.at(a).total != lines.at(b).total)
            return lines.at(a).total > lines.at(b).total;
        const int byName = keys.at(a).compare(keys.at(b));
        return byName != 0 ? byName < 0 : lines.at(a).email < lines.at(b).email;
    });
    // The first inviterLimit lines, and those tied with the last of them: a cut between equal
    // totals would pick by name, which says nothing about who invited more.
    qsizetype shown = qsizetype(order.size());
    if (inviterLimit > 0 && shown > inviterLimit) {
        shown = inviterLimit;
        const qint64 last = lines.at(order.at(shown - 1)).total;
        while (shown < qsizetype(order.size()) && lines.at(order.at(shown)).total == last)
            ++shown;
    }
    s.byInviter.reserve(shown);
    const QStringList statusNames = statuses::allNames();
    for (qsizetype k = 0; k < shown; ++k) {
        InviterStatistics& line = lines[order.at(k)];
        for (const QString& name : statusNames)
            line.byStatus.insert(name, line.byStatus.value(name));
        s.byInviter.append(std::move(line));
    }
    return s;
}

Result<QList<User>> InvitationService::downline(const Actor& actor)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return UserRepository(*m_database, conn.value()).downline(actor.id);
}

Result<InvitationService::EmailCheck> InvitationService::checkEmail(const Actor& actor,
                                                                    const QString& email)
{
    const QString normalised = email.trimmed().toLower();
    if (auto r = invitation_validation::checkEmail(normalised); !r)
        return r.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    EmailCheck check;
    auto user = UserRepository(*m_database, conn.value()).findByEmail(normalised);
    if (!user)
        return user.error();
    check.hasAccount = user.value().has_value();
    InvitationRepository invitations(*m_database, conn.value(), m_config.now());
    auto open = invitations.hasOpenInvitation(normalised, actor.organizationId);
    if (!open)
        return open.error();
    check.hasOpenInvitation = open.value();
    if (check.hasOpenInvitation) {
        InvitationQuery q;
        q.search = normalised;
        q.statuses = {InvitationStatus::Pending, InvitationStatus::Sent};
        q.limit = 5;
        auto page = invitations.list(actor, q);
        if (page) {
            for (const Invitation& inv : page->items) {
                if (inv.email == normalised)
                    check.openInvitationId = inv.id;
            }
        }
    }
    return check;
}

} // namespace invitedesk
