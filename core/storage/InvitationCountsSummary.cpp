#include "core/storage/InvitationCountsSummary.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/domain/StatisticsRange.h"
#include "core/storage/InvitationStatisticsRepository.h"
#include "core/storage/InvitationVisibility.h"
#include "core/storage/StatusBinding.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace invitedesk {

namespace {
// A kept table and the changes not yet folded into it, as one relation (alias c): one
// statement reads both, so a fold committing meanwhile neither hides nor doubles a change.
// `with` starts the statement. The waiting changes are a materialised CTE so that PostgreSQL
// never plans the union as a Parallel Append: the kept tables are far below the size at which
// it would scan one table in parallel (min_parallel_table_scan_size), yet the union of two
// made it start workers, and at a million invitations that doubled the breakdown by inviter
// (45 ms serial, 100 ms with two workers on the bench's two cores).
struct KeptRead {
    QString with;
    QString relation;
};

// `waitingIn` holds the table's waiting changes: by default its own *_delta table; migration
// 020's inviter and type counts are folded from invitation_counts_delta.
KeptRead keptAndWaiting(const QString& table, const QString& columns,
                        const QString& waitingIn = QString())
{
    const QString delta = waitingIn.isEmpty() ? table + QStringLiteral("_delta") : waitingIn;
    return {QStringLiteral("WITH waiting AS MATERIALIZED (SELECT %2 FROM %1) ").arg(delta, columns),
            QStringLiteral("(SELECT %2 FROM %1 UNION ALL SELECT %2 FROM waiting) c")
                .arg(table, columns)};
}

const QString kCountColumns =
    QStringLiteral("invited_by_id, invitation_type, status, sent, opened, delivered_via, n");
const QString kTypeCountColumns =
    QStringLiteral("invitation_type, status, sent, opened, delivered_via, n");

// The delivery rule over the kept columns: sent, and delivered_via (empty for NULL).
status_sql::Fragment delivered()
{
    return statistics_sql::delivered(QStringLiteral("c.sent"),
                                     QStringLiteral("NULLIF(c.delivered_via, '')"));
}

// The first `top` ranks of inviters by invitations (a bound value before and after the
// figures' binds), from migration 020's one row per inviter, which an index keeps in rank
// order: about `top` entries read, where ranking every inviter grouped all of
// invitation_counts. Inviters with changes waiting to be folded (`waiting`, usually none) are
// ranked by their kept total plus those changes; every other inviter's kept total is exact,
// so an inviter without waiting changes that is not within the first `top` of the others
// (`settled`, and any tied with its last) cannot be within the first `top` of all. The
// figures and names are then read for the ranks kept only, by key: the waiting changes from
// their table rather than the materialised `waiting_rows`, since PostgreSQL reads a union by
// key only when each of its parts can be (a CTE scan cannot). The candidates are the
// settled ones above their last total, the ones at it, and the waiting ones, so that
// PostgreSQL estimates them from the LIMIT and an equality (about `top` rows, read by key)
// rather than from `n >= (subquery)` (a third of all inviters, which it read by scanning
// invitation_counts and users whole: 38 ms at 5,555 inviters). The columns are those of the
// every-inviter read.
QString firstRanks(const QString& figures)
{
    const QString notWaiting = QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM waiting w WHERE w.invited_by_id = t.invited_by_id)");
    return QStringLiteral(
               "WITH waiting_rows AS MATERIALIZED (SELECT %1 FROM invitation_counts_delta), "
               "waiting AS (SELECT invited_by_id, sum(n) AS n FROM waiting_rows GROUP BY 1), "
               "settled AS MATERIALIZED (SELECT t.invited_by_id, t.n FROM "
               "invitation_inviter_counts t WHERE t.n > 0 AND %2 ORDER BY t.n DESC LIMIT ?), "
               "moved AS (SELECT w.invited_by_id, w.n + coalesce(t.n, 0) AS n, "
               "coalesce(t.n, 0) AS kept FROM waiting w LEFT JOIN invitation_inviter_counts t "
               "ON t.invited_by_id = w.invited_by_id), "
               "ranked AS (SELECT x.invited_by_id, x.n, rank() OVER (ORDER BY x.n DESC) AS rk "
               "FROM (SELECT s.invited_by_id, s.n FROM settled s WHERE s.n > (SELECT min(n) "
               "FROM settled) UNION ALL SELECT t.invited_by_id, t.n FROM "
               "invitation_inviter_counts t WHERE t.n > 0 AND t.n = (SELECT min(n) FROM settled) "
               "AND %2 "
               "UNION ALL SELECT m.invited_by_id, m.n FROM moved m WHERE m.n > 0) x), "
               "shown AS MATERIALIZED (SELECT r.invited_by_id, r.n, r.rk FROM ranked r "
               "WHERE r.rk <= ?) "
               "SELECT g.*, (SELECT count(*) FROM invitation_inviter_counts t WHERE t.n > 0) - "
               "(SELECT count(*) FROM moved m WHERE m.kept > 0) + "
               "(SELECT count(*) FROM moved m WHERE m.n > 0) AS inviters, "
               "u.first_name, u.last_name, u.email FROM (SELECT f.invited_by_id, f.n, %3, f.rk "
               "FROM shown f JOIN (SELECT %1 FROM invitation_counts UNION ALL "
               "SELECT %1 FROM invitation_counts_delta) c ON c.invited_by_id = f.invited_by_id "
               "GROUP BY f.invited_by_id, f.n, f.rk) g LEFT JOIN users u ON u.id = g.invited_by_id")
        .arg(kCountColumns, notWaiting, figures);
}

bool isWholeDay(const QDateTime& t)
{
    return t.isValid() && t.toUTC().time() == QTime(0, 0);
}

QVariant dayValue(const Database& database, const QDate& day)
{
    return database.isPostgres() ? QVariant(day) : QVariant(day.toString(Qt::ISODate));
}
} // namespace

bool InvitationCountsSummary::answers(const Database& database,
                                      const InvitationVisibility& visibility,
                                      const StatisticsRange& range)
{
    return !database.isPersonSession() && visibility.clauses.isEmpty() && !range.isBounded();
}

bool InvitationCountsSummary::answersWeeks(const Database& database,
                                           const InvitationVisibility& visibility,
                                           const QList<QPair<QDateTime, QDateTime>>& weeks)
{
    if (database.isPersonSession() || !visibility.clauses.isEmpty())
        return false;
    for (const auto& [start, end] : weeks) {
        if (!isWholeDay(start) || !isWholeDay(end))
            return false;
    }
    return true;
}

Result<void> InvitationCountsSummary::fold()
{
    if (!m_database.isPostgres())
        return {};
    QSqlQuery q(m_db);
    if (Database::exec(q, QStringLiteral("SELECT invitedesk_fold_invitation_counts()"), {}))
        return {};
    // A read-only session (a streaming replica, docs/deploy.md) cannot fold: the reads add the
    // waiting changes themselves, so the figures are the same, only slower to add up.
    if (q.lastError().nativeErrorCode() == QLatin1String("25006"))
        return {};
    return Database::fromSqlError(q.lastError(), QStringLiteral("folding invitation counts"));
}

Result<QList<InvitationCountsSummary::Unswept>>
InvitationCountsSummary::unswept(const QDateTime& now)
{
    if (m_unsweptAt.isValid() && m_unsweptAt == now)
        return m_unswept;
    const QList<InvitationStatus> expirable = lifecycle::sourcesOf(LifecycleEvent::Expire);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q,
                        QStringLiteral("SELECT i.invited_by_id, i.status, count(*) FROM "
                                       "user_invitations i WHERE i.status IN (%1) AND "
                                       "i.expires_at <= ? GROUP BY 1, 2")
                            .arg(status_sql::placeholders(expirable)),
                        status_sql::values(expirable) << m_database.timeValue(now)))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("counting invitations past their expiry"));
    QList<Unswept> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    m_unsweptAt = now;
    m_unswept = rows;
    return rows;
}

Result<void> InvitationCountsSummary::addCounts(InvitationCounts& c, const QDateTime& now)
{
    const status_sql::Fragment d = delivered();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // By type alone (migration 020): a few hundred rows, where invitation_counts has a few
    // per inviter.
    const KeptRead counts =
        keptAndWaiting(QStringLiteral("invitation_type_counts"), kTypeCountColumns,
                       QStringLiteral("invitation_counts_delta"));
    const QString grouped =
        counts.with +
        QStringLiteral("SELECT c.invitation_type, c.status, sum(c.n), "
                       "sum(CASE WHEN c.sent THEN c.n ELSE 0 END), "
                       "sum(CASE WHEN c.opened THEN c.n ELSE 0 END), "
                       "sum(CASE WHEN %1 THEN c.n ELSE 0 END), "
                       "sum(CASE WHEN %1 AND c.status = ? THEN c.n ELSE 0 END) FROM ")
            .arg(d.sql) +
        counts.relation + QStringLiteral(" GROUP BY 1, 2");
    if (!Database::exec(q, grouped,
                        QVariantList(d.binds)
                            << d.binds << status_sql::value(InvitationStatus::Accepted)))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading invitation counts"));
    while (q.next()) {
        if (q.value(2).toLongLong() != 0) // a kept row that went back to nothing
            c.addGroup(q, 1, 0, 2);
    }
    auto late = unswept(now);
    if (!late)
        return late.error();
    const QString expired = statuses::name(lifecycle::targetOf(LifecycleEvent::Expire));
    for (const Unswept& u : late.value()) {
        c.byStatus[u.status] -= u.n;
        c.byStatus[expired] += u.n;
    }
    c.accepted = c.byStatus.value(statuses::name(InvitationStatus::Accepted));

    const KeptRead accepted = keptAndWaiting(QStringLiteral("invitation_accept_minutes"),
                                             QStringLiteral("status, minutes, n"));
    if (!Database::exec(q,
                        accepted.with + QStringLiteral("SELECT c.minutes, sum(c.n) FROM ") +
                            accepted.relation +
                            QStringLiteral(" WHERE c.status = ? GROUP BY 1 ORDER BY 1"),
                        {status_sql::value(InvitationStatus::Accepted)}))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("reading the median time to accept"));
    QList<QPair<qint64, qint64>> minutes;
    while (q.next())
        minutes.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    c.medianHoursToAccept = medianHours(minutes);
    return {};
}

bool InvitationCountsSummary::answersExpiring() const
{
    return m_database.isPostgres();
}

Result<qint64> InvitationCountsSummary::expiringBetween(const QList<InvitationStatus>& statuses,
                                                        const QDateTime& from, const QDateTime& to)
{
    const auto hourOf = [](const QDateTime& t) {
        const QDateTime utc = t.toUTC();
        return QDateTime(utc.date(), QTime(utc.time().hour(), 0), QTimeZone::utc());
    };
    // (from, to] is (from, first) before the first whole hour, [first, last) in whole hours,
    // and [last, to] after them, where first is the hour after from's and last is to's own.
    // A window that ends before the first whole hour is all edge: (from, to].
    const QDateTime first = hourOf(from).addSecs(3600);
    const QDateTime last = std::max(hourOf(to), first);
    const bool withinOneHour = to < first;
    const QString in = status_sql::placeholders(statuses);
    const QVariantList values = status_sql::values(statuses);
    const KeptRead hours = keptAndWaiting(QStringLiteral("invitation_expiry_hours"),
                                          QStringLiteral("hour, status, n"));
    // Each edge its own range, so that each reads the expiry index alone.
    const QString edge =
        QStringLiteral("(SELECT count(*) FROM user_invitations i WHERE i.status IN (%1) AND "
                       "i.expires_at %2 ? AND i.expires_at %3 ?)")
            .arg(in);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(
            q,
            hours.with +
                QStringLiteral("SELECT (SELECT coalesce(sum(c.n), 0) FROM %1 WHERE c.status IN "
                               "(%2) AND c.hour >= ? AND c.hour < ?) + %3 + %4")
                    .arg(hours.relation, in,
                         edge.arg(QStringLiteral(">"),
                                  withinOneHour ? QStringLiteral("<=") : QStringLiteral("<")),
                         edge.arg(QStringLiteral(">="), QStringLiteral("<="))),
            QVariantList(values) << m_database.timeValue(first) << m_database.timeValue(last)
                                 << values << m_database.timeValue(from)
                                 << m_database.timeValue(withinOneHour ? to : first) << values
                                 << m_database.timeValue(last) << m_database.timeValue(to)) ||
        !q.next())
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("counting expiring invitations"));
    return q.value(0).toLongLong();
}

Result<InviterBreakdown> InvitationCountsSummary::byInviter(const QDateTime& now, int top)
{
    const status_sql::Fragment d = delivered();
    const QList<InvitationStatus>& stored = statuses::all();
    const QStringList storedNames = statuses::allNames(); // stored's, in its order
    // One row per inviter, its statuses side by side: grouping by (inviter, status) gave six
    // times the rows to aggregate, join to users and send (33,000 at the bench's 5,555
    // inviters), and at a million invitations that was most of the statistics' time.
    QString perStatus;
    QVariantList binds = QVariantList(d.binds)
                         << d.binds << status_sql::value(InvitationStatus::Accepted);
    for (int s = 0; s < int(stored.size()); ++s) {
        perStatus +=
            QStringLiteral(", sum(CASE WHEN c.status = ? THEN c.n ELSE 0 END) AS s%1").arg(s);
        binds << status_sql::value(stored.at(s));
    }
    // The figures of one inviter's kept rows (c), in the order the parsing below reads them.
    const QString figures =
        QStringLiteral("sum(CASE WHEN %1 THEN c.n ELSE 0 END) AS dl, "
                       "sum(CASE WHEN %1 AND c.status = ? THEN c.n ELSE 0 END) AS ad%2")
            .arg(d.sql, perStatus);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql;
    if (top <= 0) {
        // Every inviter: grouped, ranked by invitations (ties share a rank), then named, a
        // join per inviter read rather than per kept row.
        const KeptRead counts = keptAndWaiting(QStringLiteral("invitation_counts"), kCountColumns);
        sql = counts.with +
              QStringLiteral("SELECT g.*, u.first_name, u.last_name, u.email FROM (SELECT x.*, "
                             "rank() OVER (ORDER BY x.n DESC) AS rk, count(*) OVER () AS "
                             "inviters FROM (SELECT c.invited_by_id, sum(c.n) AS n, %1 FROM ")
                  .arg(figures) +
              counts.relation +
              QStringLiteral(" GROUP BY 1) x WHERE x.n <> 0) g "
                             "LEFT JOIN users u ON u.id = g.invited_by_id");
    } else {
        sql = firstRanks(figures);
        binds = QVariantList{top, top} + binds;
    }
    if (!Database::exec(q, sql, binds))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("reading invitation counts by inviter"));
    constexpr int kFirstStatus = 4;
    const int invitersColumn = kFirstStatus + int(stored.size()) + 1; // after the rank
    const int nameColumn = invitersColumn + 1;
    InviterBreakdown breakdown;
    QHash<QString, InviterStatistics> lines;
    while (q.next()) {
        breakdown.inviters = q.value(invitersColumn).toLongLong();
        const QString id = q.value(0).toString();
        InviterStatistics& line = lines[id];
        line.userId = id;
        line.total = q.value(1).toLongLong();
        line.delivered = q.value(2).toLongLong();
        line.acceptedDelivered = q.value(3).toLongLong();
        for (int s = 0; s < int(stored.size()); ++s) {
            if (const qint64 n = q.value(kFirstStatus + s).toLongLong(); n != 0)
                line.byStatus[storedNames.at(s)] = n;
        }
        line.name =
            q.value(nameColumn).toString() + QLatin1Char(' ') + q.value(nameColumn + 1).toString();
        line.email = q.value(nameColumn + 2).toString();
    }
    auto late = unswept(now);
    if (!late)
        return late.error();
    const QString expired = statuses::name(lifecycle::targetOf(LifecycleEvent::Expire));
    for (const Unswept& u : late.value()) {
        auto line = lines.find(u.invitedById);
        if (line == lines.end())
            continue;
        line->byStatus[u.status] -= u.n;
        line->byStatus[expired] += u.n;
    }
    breakdown.lines = lines.values();
    return breakdown;
}

Result<QList<QPair<qint64, qint64>>>
InvitationCountsSummary::weeklyTrend(const QList<QPair<QDateTime, QDateTime>>& weeks)
{
    QList<QPair<qint64, qint64>> trend(weeks.size(), {0, 0});
    if (weeks.isEmpty())
        return trend;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const KeptRead days = keptAndWaiting(QStringLiteral("invitation_day_counts"),
                                         QStringLiteral("day, created, accepted"));
    if (!Database::exec(
            q,
            days.with + QStringLiteral("SELECT c.day, sum(c.created), sum(c.accepted) FROM ") +
                days.relation + QStringLiteral(" WHERE c.day >= ? AND c.day < ? GROUP BY 1"),
            {dayValue(m_database, weeks.first().first.toUTC().date()),
             dayValue(m_database, weeks.last().second.toUTC().date())}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the weekly trend"));
    while (q.next()) {
        const QVariant v = q.value(0);
        const QDate day = v.metaType().id() == QMetaType::QDate
                              ? v.toDate()
                              : QDate::fromString(v.toString(), Qt::ISODate);
        const QDateTime start(day, QTime(0, 0), QTimeZone::utc());
        for (int w = 0; w < int(weeks.size()); ++w) {
            if (start >= weeks.at(w).first && start < weeks.at(w).second) {
                trend[w].first += q.value(1).toLongLong();
                trend[w].second += q.value(2).toLongLong();
                break;
            }
        }
    }
    return trend;
}

double InvitationCountsSummary::medianHours(const QList<QPair<qint64, qint64>>& minutes)
{
    qint64 total = 0;
    for (const auto& [value, n] : minutes)
        total += std::max<qint64>(n, 0);
    if (total == 0)
        return 0.0;
    // The values at 0-based positions (total-1)/2 and total/2: one and the same when odd.
    const qint64 lower = (total - 1) / 2;
    const qint64 upper = total / 2;
    qint64 seen = 0;
    double low = 0.0;
    for (const auto& [value, n] : minutes) {
        if (n <= 0)
            continue;
        const qint64 next = seen + n;
        if (lower >= seen && lower < next)
            low = double(value);
        if (upper >= seen && upper < next)
            return (low + double(value)) / 2.0 / 60.0;
        seen = next;
    }
    return low / 60.0;
}

} // namespace invitedesk
