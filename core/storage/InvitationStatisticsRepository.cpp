#include "core/storage/InvitationStatisticsRepository.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/domain/MailStatus.h"
#include "core/storage/InvitationCountsSummary.h"
#include "core/storage/InvitationVisibility.h"
#include "core/storage/StatusBinding.h"

#include <QSqlQuery>

namespace invitedesk {

namespace {
// What the actor may see, created within the range.
InvitationVisibility scoped(const Database& database, const Actor& actor,
                            const QString& scopeUserId, const StatisticsRange& range)
{
    InvitationVisibility w = InvitationVisibility::forActor(actor, scopeUserId);
    if (range.from.isValid()) {
        w.clauses << QStringLiteral("i.created_at >= ?");
        w.binds << database.timeValue(range.from);
    }
    if (range.to.isValid()) {
        w.clauses << QStringLiteral("i.created_at < ?");
        w.binds << database.timeValue(range.to);
    }
    return w;
}

// sum(CASE WHEN delivered [AND accepted] THEN 1 ELSE 0 END), twice, with their binds.
status_sql::Fragment deliveredSums()
{
    const status_sql::Fragment d = statistics_sql::delivered(
        QStringLiteral("i.sent_at IS NOT NULL"), QStringLiteral("i.email_delivered_via"));
    status_sql::Fragment f;
    f.sql = QStringLiteral("sum(CASE WHEN %1 THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN %1 AND i.status = ? THEN 1 ELSE 0 END)")
                .arg(d.sql);
    f.binds << d.binds << d.binds << status_sql::value(InvitationStatus::Accepted);
    return f;
}
} // namespace

status_sql::Fragment statistics_sql::delivered(const QString& sent, const QString& via)
{
    return {QStringLiteral("(%1 AND (%2 IS NULL OR %2 <> ?))").arg(sent, via),
            {mail_statuses::name(DeliveryChannel::Folder)}};
}

InvitationStatisticsRepository::InvitationStatisticsRepository(Database& database, QSqlDatabase db)
    : m_database(database), m_db(std::move(db))
{}

InvitationStatisticsRepository::~InvitationStatisticsRepository() = default;

// The invitations the statistics read, as " FROM …" and " WHERE …" text over alias i.
// Everything the visibility allows, testing each invitation against the downline (one scan
// of the table, its cost the table's size); or the downline's rows alone, read through the
// closure by inviter and by upline (InvitationVisibility::downlineRows, its cost the
// downline's rows). `whereAnd` takes one more condition.
struct InvitationStatisticsRepository::Source {
    QString from;
    QString where;
    QString whereAnd;
    QVariantList binds;
};

Result<InvitationStatisticsRepository::Source>
InvitationStatisticsRepository::sourceOf(const InvitationVisibility& w)
{
    const Source scan{QStringLiteral(" FROM user_invitations i"), w.where(), w.whereAnd(), w.binds};
    if (w.rootId.isEmpty())
        return scan;
    if (m_closureRoot != w.rootId) {
        QSqlQuery q(m_db);
        if (!Database::exec(q,
                            QStringLiteral("SELECT (SELECT count(*) FROM user_downline WHERE "
                                           "ancestor_id = ?), (SELECT count(*) FROM users)"),
                            {w.rootId}) ||
            !q.next())
            return Database::fromSqlError(q.lastError(), QStringLiteral("sizing the downline"));
        // Reading a row through an index costs tens of times what a scan pays per row. At the
        // bench's million rows a distributor's downline (0.2 % of the people) took 30 ms
        // through the closure against 300 ms a statement scanning; a master distributor's
        // (2 %) about 300 ms either way. Below one member in a hundred, the closure.
        m_closureRoot = w.rootId;
        m_throughClosure = q.value(0).toLongLong() * 100 < q.value(1).toLongLong();
    }
    if (!m_throughClosure)
        return scan;
    // Every column the statistics read; the id keeps the UNION from merging two invitations.
    // (Selecting the ids first and fetching the rows by id read the same rows at twice the
    // cost: a second index descent per row.)
    const QString columns =
        QStringLiteral("i.id, i.status, i.invitation_type, i.invited_by_id, i.expires_at, "
                       "i.sent_at, i.opened_at, i.email_delivered_via, i.created_at, "
                       "i.accepted_at, i.accept_minutes");
    return Source{QStringLiteral(" FROM (") + w.downlineRows(columns) + QStringLiteral(") i"),
                  QString(), QStringLiteral(" WHERE "), w.downlineRowsBinds({})};
}

InvitationCountsSummary& InvitationStatisticsRepository::summary()
{
    if (!m_summary)
        m_summary = std::make_unique<InvitationCountsSummary>(m_database, m_db);
    return *m_summary;
}

Result<InvitationCounts> InvitationStatisticsRepository::counts(const Actor& actor,
                                                                const QString& scopeUserId,
                                                                const StatisticsRange& range,
                                                                const QDateTime& now)
{
    const InvitationVisibility w = scoped(m_database, actor, scopeUserId, range);
    auto sourced = sourceOf(w);
    if (!sourced)
        return sourced.error();
    const Source& source = sourced.value();
    InvitationCounts c;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool kept = InvitationCountsSummary::answers(w, range);
    if (kept) {
        if (auto folded = summary().fold(); !folded)
            return folded.error();
        if (auto r = summary().addCounts(c, now); !r)
            return r.error();
    } else {
        // By the status each invitation shows now: one past its expiry counts as expired before
        // the sweep records it.
        const status_sql::Fragment status = status_sql::current(m_database.timeValue(now));
        const status_sql::Fragment sums = deliveredSums();
        const QString grouped =
            QStringLiteral("SELECT ") + status.sql +
            QStringLiteral(", i.invitation_type, count(*), "
                           "sum(CASE WHEN i.sent_at IS NOT NULL THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN i.opened_at IS NOT NULL THEN 1 ELSE 0 END), ") +
            sums.sql + source.from + source.where + QStringLiteral(" GROUP BY 1, 2");
        if (!Database::exec(q, grouped, status.binds + sums.binds + source.binds))
            return Database::fromSqlError(q.lastError(), QStringLiteral("counting invitations"));
        while (q.next()) {
            const qint64 n = q.value(2).toLongLong();
            c.byStatus[q.value(0).toString()] += n;
            c.byType[q.value(1).toString()] += n;
            c.total += n;
            c.sent += q.value(3).toLongLong();
            c.opened += q.value(4).toLongLong();
            c.delivered += q.value(5).toLongLong();
            c.acceptedDelivered += q.value(6).toLongLong();
        }
        c.accepted = c.byStatus.value(statuses::name(InvitationStatus::Accepted));
    }

    const QDateTime expiringBy = now.addSecs(48 * 3600);
    if (kept && summary().answersExpiring()) {
        auto expiring = summary().expiringBetween(lifecycle::openStatuses(), now, expiringBy);
        if (!expiring)
            return expiring.error();
        c.expiringWithin48h = expiring.value();
        return c; // the median came with the kept counts
    }
    QVariantList binds = source.binds;
    binds << status_sql::values(lifecycle::openStatuses()) << m_database.timeValue(now)
          << m_database.timeValue(expiringBy);
    if (!Database::exec(
            q,
            QStringLiteral("SELECT count(*)") + source.from + source.whereAnd +
                QStringLiteral("i.status IN (%1) AND i.expires_at > ? AND i.expires_at <= ?")
                    .arg(status_sql::placeholders(lifecycle::openStatuses())),
            binds) ||
        !q.next())
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("counting expiring invitations"));
    c.expiringWithin48h = q.value(0).toLongLong();

    if (kept)
        return c; // the median came with the kept counts
    // The median time to accept, over whole minutes (accept_minutes, migration 018): the
    // visible accepted rows grouped by their minutes, the middle found by the client.
    if (!Database::exec(
            q,
            QStringLiteral("SELECT i.accept_minutes, count(*)") + source.from + source.whereAnd +
                QStringLiteral("i.status = ? AND i.accept_minutes IS NOT NULL "
                               "GROUP BY 1 ORDER BY 1"),
            QVariantList(source.binds) << status_sql::value(InvitationStatus::Accepted)))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("reading the median time to accept"));
    QList<QPair<qint64, qint64>> minutes;
    while (q.next())
        minutes.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    c.medianHoursToAccept = InvitationCountsSummary::medianHours(minutes);
    return c;
}

Result<InviterBreakdown> InvitationStatisticsRepository::byInviter(const Actor& actor,
                                                                   const QString& scopeUserId,
                                                                   const StatisticsRange& range,
                                                                   const QDateTime& now, int top)
{
    const InvitationVisibility w = scoped(m_database, actor, scopeUserId, range);
    if (InvitationCountsSummary::answers(w, range))
        return summary().byInviter(now, top);
    auto sourced = sourceOf(w);
    if (!sourced)
        return sourced.error();
    const Source& source = sourced.value();
    const status_sql::Fragment status = status_sql::current(m_database.timeValue(now));
    const status_sql::Fragment sums = deliveredSums();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString grouped = QStringLiteral("SELECT i.invited_by_id, ") + status.sql +
                            QStringLiteral(", count(*), ") + sums.sql + source.from + source.where +
                            QStringLiteral(" GROUP BY 1, 2");
    if (!Database::exec(q, grouped, status.binds + sums.binds + source.binds))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("counting invitations by inviter"));
    QHash<QString, InviterStatistics> lines;
    while (q.next()) {
        InviterStatistics& line = lines[q.value(0).toString()];
        const qint64 n = q.value(2).toLongLong();
        line.userId = q.value(0).toString();
        line.byStatus[q.value(1).toString()] += n;
        line.total += n;
        line.delivered += q.value(3).toLongLong();
        line.acceptedDelivered += q.value(4).toLongLong();
    }
    if (lines.isEmpty())
        return InviterBreakdown();
    // Their names and addresses: one grouped row per inviter above, so one bound id each.
    const QStringList ids = lines.keys();
    QStringList marks;
    QVariantList binds;
    for (const QString& id : ids) {
        marks << QStringLiteral("?");
        binds << id;
    }
    if (!Database::exec(q,
                        QStringLiteral("SELECT id, first_name, last_name, email FROM users "
                                       "WHERE id IN (%1)")
                            .arg(marks.join(QLatin1Char(','))),
                        binds))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading inviters"));
    while (q.next()) {
        InviterStatistics& line = lines[q.value(0).toString()];
        line.name = q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString();
        line.email = q.value(3).toString();
    }
    return InviterBreakdown{lines.values(), qint64(lines.size())};
}

Result<QList<QPair<qint64, qint64>>>
InvitationStatisticsRepository::weeklyTrend(const Actor& actor, const QString& scopeUserId,
                                            const QList<QPair<QDateTime, QDateTime>>& weeks)
{
    if (weeks.isEmpty())
        return QList<QPair<qint64, qint64>>();
    const InvitationVisibility w = InvitationVisibility::forActor(actor, scopeUserId);
    if (w.clauses.isEmpty() && InvitationCountsSummary::answersWeeks(weeks))
        return summary().weeklyTrend(weeks);
    auto sourced = sourceOf(w);
    if (!sourced)
        return sourced.error();
    const Source& source = sourced.value();
    // One pass for every week (it was one query a week): a pair of sums per week, over the
    // rows created or accepted since the first week began (the created and accepted indexes).
    QStringList sums;
    QVariantList bounds;
    for (const auto& [start, end] : weeks) {
        sums << QStringLiteral("sum(CASE WHEN i.created_at >= ? AND i.created_at < ? THEN 1 "
                               "ELSE 0 END), sum(CASE WHEN i.accepted_at >= ? AND "
                               "i.accepted_at < ? THEN 1 ELSE 0 END)");
        bounds << m_database.timeValue(start) << m_database.timeValue(end)
               << m_database.timeValue(start) << m_database.timeValue(end);
    }
    const QVariant first = m_database.timeValue(weeks.first().first);
    // Bind order matches the text: the sums' bounds, then the visibility clauses and the two
    // lower bounds.
    const QVariantList binds = bounds + source.binds << first << first;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q,
                        QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) + source.from +
                            source.whereAnd +
                            QStringLiteral("(i.created_at >= ? OR i.accepted_at >= ?)"),
                        binds) ||
        !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the weekly trend"));
    QList<QPair<qint64, qint64>> trend;
    for (int week = 0; week < int(weeks.size()); ++week)
        trend.append({q.value(2 * week).toLongLong(), q.value(2 * week + 1).toLongLong()});
    return trend;
}

} // namespace invitedesk
