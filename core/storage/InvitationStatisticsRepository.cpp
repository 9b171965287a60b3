#include "core/storage/InvitationStatisticsRepository.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/domain/MailStatus.h"
#include "core/storage/InvitationCountsSummary.h"
#include "core/storage/InvitationVisibility.h"
#include "core/storage/StatusBinding.h"

#include <QSqlQuery>

#include <algorithm>

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

// The end of the "expiring soon" window that starts now.
QDateTime expiringBy(const QDateTime& now)
{
    return now.addSecs(48 * 3600);
}

// Whose invitations a downline pass reads: the weekly trend's key (it has no range) ...
QString passScope(const Actor& actor, const QString& scopeUserId)
{
    return actor.id + QLatin1Char('|') + scopeUserId;
}

// ... and what its counts answer for: the same scope, range and clock.
QString passKey(const Actor& actor, const QString& scopeUserId, const StatisticsRange& range,
                const QDateTime& now)
{
    return QStringList{passScope(actor, scopeUserId), range.from.toString(Qt::ISODateWithMs),
                       range.to.toString(Qt::ISODateWithMs), now.toString(Qt::ISODateWithMs)}
        .join(QLatin1Char('|'));
}

// The 0-based week a time column falls in, for contiguous weeks (ends ascending), given that
// the rows read start at the first week's start; with the ends' binds.
status_sql::Fragment weekOf(const Database& database, const QString& column,
                            const QList<QPair<QDateTime, QDateTime>>& weeks)
{
    status_sql::Fragment f;
    f.sql = QStringLiteral("CASE");
    for (int k = 0; k < int(weeks.size()); ++k) {
        f.sql += QStringLiteral(" WHEN %1 < ? THEN %2").arg(column).arg(k);
        f.binds << database.timeValue(weeks.at(k).second);
    }
    f.sql += QStringLiteral(" END");
    return f;
}

// Adds one row grouped by inviter and status to that inviter's line: its id, status and count
// from `idColumn` on, delivered and accepted of the delivered from `deliveredColumn` on
// (by default right after the count).
void addInviterGroup(QHash<QString, InviterStatistics>& lines, const QSqlQuery& row, int idColumn,
                     int deliveredColumn = -1)
{
    if (deliveredColumn < 0)
        deliveredColumn = idColumn + 3;
    const QString id = row.value(idColumn).toString();
    const qint64 n = row.value(idColumn + 2).toLongLong();
    InviterStatistics& line = lines[id];
    line.userId = id;
    line.byStatus[row.value(idColumn + 1).toString()] += n;
    line.total += n;
    line.delivered += row.value(deliveredColumn).toLongLong();
    line.acceptedDelivered += row.value(deliveredColumn + 1).toLongLong();
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

void InvitationCounts::addGroup(const QSqlQuery& row, int statusColumn, int typeColumn,
                                int countColumn)
{
    const qint64 n = row.value(countColumn).toLongLong();
    byStatus[row.value(statusColumn).toString()] += n;
    byType[row.value(typeColumn).toString()] += n;
    total += n;
    sent += row.value(countColumn + 1).toLongLong();
    opened += row.value(countColumn + 2).toLongLong();
    delivered += row.value(countColumn + 3).toLongLong();
    acceptedDelivered += row.value(countColumn + 4).toLongLong();
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

struct InvitationStatisticsRepository::DownlinePass {
    QString key;
    InvitationCounts counts;
    QHash<QString, InviterStatistics> lines;
    QString trendScope; // the trend's: set only when read without a range
    QList<QPair<QDateTime, QDateTime>> weeks;
    QList<QPair<qint64, qint64>> trend;
};

// A downline's statistics were four statements over its rows (the counts, the 48-hour count,
// the median and the breakdown by inviter), each reading them again: through the closure, or
// for a large downline by scanning the table. The rows are now read once, into a materialised
// CTE of the columns the figures need, and the three groupings are taken from it in one
// statement (`part` says which rows answer what). Without a range they are also the weekly
// trend's rows, whose weeks come from the same statement.
Result<const InvitationStatisticsRepository::DownlinePass*>
InvitationStatisticsRepository::downlinePass(const InvitationVisibility& w, const Actor& actor,
                                             const QString& scopeUserId,
                                             const StatisticsRange& range, const QDateTime& now)
{
    const QString key = passKey(actor, scopeUserId, range, now);
    if (m_pass && m_pass->key == key)
        return m_pass.get();
    auto sourced = sourceOf(w);
    if (!sourced)
        return sourced.error();
    const Source& source = sourced.value();
    const status_sql::Fragment status = status_sql::current(m_database.timeValue(now));
    const status_sql::Fragment sums = deliveredSums();
    const QList<InvitationStatus> open = lifecycle::openStatuses();
    const QList<QPair<QDateTime, QDateTime>> weeks =
        range.isBounded() ? QList<QPair<QDateTime, QDateTime>>() : range.trendWeeks(now);
    QString trendParts;
    QVariantList trendBinds;
    for (const auto& [part, column] :
         {std::pair{3, QStringLiteral("i.created_at")}, {4, QStringLiteral("i.accepted_at")}}) {
        if (weeks.isEmpty())
            break;
        const status_sql::Fragment week = weekOf(m_database, column, weeks);
        trendParts += QStringLiteral(" UNION ALL SELECT %1, NULL, NULL, count(*), %2, NULL, "
                                     "NULL, NULL, NULL FROM v i WHERE %3 >= ? AND %3 < ? "
                                     "GROUP BY 5")
                          .arg(QString::number(part), week.sql, column);
        trendBinds << week.binds << m_database.timeValue(weeks.first().first)
                   << m_database.timeValue(weeks.last().second);
    }
    const QString sql =
        QStringLiteral("WITH v AS MATERIALIZED (SELECT i.status, i.invitation_type, "
                       "i.invited_by_id, i.sent_at, i.opened_at, i.email_delivered_via, "
                       "i.expires_at, i.accept_minutes, i.created_at, i.accepted_at, ") +
        status.sql + QStringLiteral(" AS st") + source.from + source.where +
        QStringLiteral(") SELECT 0, i.st, i.invitation_type, count(*), "
                       "sum(CASE WHEN i.sent_at IS NOT NULL THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN i.opened_at IS NOT NULL THEN 1 ELSE 0 END), %1, "
                       "sum(CASE WHEN i.status IN (%2) AND i.expires_at > ? AND "
                       "i.expires_at <= ? THEN 1 ELSE 0 END) FROM v i GROUP BY 2, 3 "
                       "UNION ALL SELECT 1, CAST(i.invited_by_id AS TEXT), i.st, count(*), "
                       "NULL, NULL, %1, NULL FROM v i GROUP BY 2, 3 "
                       "UNION ALL SELECT 2, NULL, NULL, count(*), i.accept_minutes, NULL, NULL, "
                       "NULL, NULL FROM v i WHERE i.status = ? AND i.accept_minutes IS NOT NULL "
                       "GROUP BY i.accept_minutes")
            .arg(sums.sql, status_sql::placeholders(open)) +
        trendParts;
    const QVariantList binds = QVariantList(status.binds)
                               << source.binds << sums.binds << status_sql::values(open)
                               << m_database.timeValue(now) << m_database.timeValue(expiringBy(now))
                               << sums.binds << status_sql::value(InvitationStatus::Accepted)
                               << trendBinds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q, sql, binds))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("counting a downline's invitations"));
    auto pass = std::make_unique<DownlinePass>();
    pass->key = key;
    if (!weeks.isEmpty()) {
        pass->trendScope = passScope(actor, scopeUserId);
        pass->weeks = weeks;
        pass->trend = QList<QPair<qint64, qint64>>(weeks.size(), {0, 0});
    }
    InvitationCounts& c = pass->counts;
    QList<QPair<qint64, qint64>> minutes;
    while (q.next()) {
        const qint64 n = q.value(3).toLongLong();
        switch (q.value(0).toInt()) {
        case 0:
            c.addGroup(q, 1, 2, 3);
            c.expiringWithin48h += q.value(8).toLongLong();
            break;
        case 1:
            addInviterGroup(pass->lines, q, 1, 6);
            break;
        case 2:
            minutes.append({q.value(4).toLongLong(), n});
            break;
        default: { // 3: created in week k, 4: accepted in it
            const int k = q.value(4).toInt();
            if (k >= 0 && k < int(pass->trend.size()))
                (q.value(0).toInt() == 3 ? pass->trend[k].first : pass->trend[k].second) += n;
        }
        }
    }
    c.accepted = c.byStatus.value(statuses::name(InvitationStatus::Accepted));
    std::sort(minutes.begin(), minutes.end());
    c.medianHoursToAccept = InvitationCountsSummary::medianHours(minutes);
    m_pass = std::move(pass);
    return m_pass.get();
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
    if (!w.rootId.isEmpty()) {
        auto pass = downlinePass(w, actor, scopeUserId, range, now);
        if (!pass)
            return pass.error();
        return pass.value()->counts;
    }
    auto sourced = sourceOf(w);
    if (!sourced)
        return sourced.error();
    const Source& source = sourced.value();
    InvitationCounts c;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool kept = InvitationCountsSummary::answers(m_database, w, range);
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
        while (q.next())
            c.addGroup(q, 0, 1, 2);
        c.accepted = c.byStatus.value(statuses::name(InvitationStatus::Accepted));
    }

    if (kept && summary().answersExpiring()) {
        auto expiring = summary().expiringBetween(lifecycle::openStatuses(), now, expiringBy(now));
        if (!expiring)
            return expiring.error();
        c.expiringWithin48h = expiring.value();
        return c; // the median came with the kept counts
    }
    QVariantList binds = source.binds;
    binds << status_sql::values(lifecycle::openStatuses()) << m_database.timeValue(now)
          << m_database.timeValue(expiringBy(now));
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
    if (InvitationCountsSummary::answers(m_database, w, range))
        return summary().byInviter(now, top);
    if (!w.rootId.isEmpty()) {
        auto pass = downlinePass(w, actor, scopeUserId, range, now);
        if (!pass)
            return pass.error();
        return named(pass.value()->lines);
    }
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
        addInviterGroup(lines, q, 0);
    }
    return named(std::move(lines));
}

Result<InviterBreakdown>
InvitationStatisticsRepository::named(QHash<QString, InviterStatistics> lines)
{
    if (lines.isEmpty())
        return InviterBreakdown();
    // Their names and addresses: one grouped row per inviter, so one bound id each.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
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
    if (InvitationCountsSummary::answersWeeks(m_database, w, weeks))
        return summary().weeklyTrend(weeks);
    if (m_pass && !m_pass->trendScope.isEmpty() &&
        m_pass->trendScope == passScope(actor, scopeUserId) && m_pass->weeks == weeks)
        return m_pass->trend; // read with the downline's counts
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
