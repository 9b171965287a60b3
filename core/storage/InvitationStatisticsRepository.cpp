#include "core/storage/InvitationStatisticsRepository.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/domain/MailStatus.h"
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

// "The e-mail reached the invitee" (acceptance_rate::of, DeliveryStates::of): taken by a
// transport at least once, and not by the file transport, which only saved it to a folder.
// An empty channel is a relay's (sent before the channel was recorded).
status_sql::Fragment delivered()
{
    return {QStringLiteral("(i.sent_at IS NOT NULL AND (i.email_delivered_via IS NULL OR "
                           "i.email_delivered_via <> ?))"),
            {mail_statuses::name(DeliveryChannel::Folder)}};
}

// sum(CASE WHEN delivered [AND accepted] THEN 1 ELSE 0 END), twice, with their binds.
status_sql::Fragment deliveredSums()
{
    const status_sql::Fragment d = delivered();
    status_sql::Fragment f;
    f.sql = QStringLiteral("sum(CASE WHEN %1 THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN %1 AND i.status = ? THEN 1 ELSE 0 END)")
                .arg(d.sql);
    f.binds << d.binds << d.binds << status_sql::value(InvitationStatus::Accepted);
    return f;
}
} // namespace

Result<InvitationCounts> InvitationStatisticsRepository::counts(const Actor& actor,
                                                                const QString& scopeUserId,
                                                                const StatisticsRange& range,
                                                                const QDateTime& now)
{
    const InvitationVisibility w = scoped(m_database, actor, scopeUserId, range);
    const QString where = w.where();
    const QString andWhere = w.whereAnd();
    InvitationCounts c;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // By the status each invitation shows now: one past its expiry counts as expired before
    // the sweep records it.
    const status_sql::Fragment status = status_sql::current(m_database.timeValue(now));
    const status_sql::Fragment sums = deliveredSums();
    const QString grouped =
        QStringLiteral("SELECT ") + status.sql +
        QStringLiteral(", i.invitation_type, count(*), "
                       "sum(CASE WHEN i.sent_at IS NOT NULL THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN i.opened_at IS NOT NULL THEN 1 ELSE 0 END), ") +
        sums.sql + QStringLiteral(" FROM user_invitations i") + where +
        QStringLiteral(" GROUP BY 1, 2");
    if (!Database::exec(q, grouped, w.bindsWith(status.binds + sums.binds)))
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

    QVariantList binds = w.binds;
    binds << status_sql::values(lifecycle::openStatuses()) << m_database.timeValue(now)
          << m_database.timeValue(now.addSecs(48 * 3600));
    if (!Database::exec(
            q,
            QStringLiteral("SELECT count(*) FROM user_invitations i") + andWhere +
                QStringLiteral("i.status IN (%1) AND i.expires_at > ? AND i.expires_at <= ?")
                    .arg(status_sql::placeholders(lifecycle::openStatuses())),
            binds) ||
        !q.next())
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("counting expiring invitations"));
    c.expiringWithin48h = q.value(0).toLongLong();

    // The median time to accept: PostgreSQL's percentile_cont(0.5) (the mean of the two
    // middle values when they are even, as below); SQLite has no ordered-set aggregate, so
    // its times come to the client, which is one desk's own file.
    const QString accepted =
        andWhere + QStringLiteral("i.status = ? AND i.accepted_at IS NOT NULL");
    const QVariantList acceptedBinds = QVariantList(w.binds)
                                       << status_sql::value(InvitationStatus::Accepted);
    if (m_database.isPostgres()) {
        if (!Database::exec(q,
                            QStringLiteral("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "
                                           "CAST(EXTRACT(EPOCH FROM i.accepted_at - i.created_at) "
                                           "AS double precision)) / 3600.0 FROM "
                                           "user_invitations i") +
                                accepted,
                            acceptedBinds) ||
            !q.next())
            return Database::fromSqlError(q.lastError(),
                                          QStringLiteral("reading the median time to accept"));
        c.medianHoursToAccept = q.value(0).isNull() ? 0.0 : q.value(0).toDouble();
        return c;
    }
    if (!Database::exec(
            q,
            QStringLiteral("SELECT i.created_at, i.accepted_at FROM user_invitations i") + accepted,
            acceptedBinds))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading acceptance times"));
    QList<double> hours;
    while (q.next()) {
        const QDateTime created = Database::readTime(q.value(0));
        const QDateTime acceptedAt = Database::readTime(q.value(1));
        hours.append(created.msecsTo(acceptedAt) / 3600000.0);
    }
    if (!hours.isEmpty()) {
        std::sort(hours.begin(), hours.end());
        const qsizetype n = hours.size();
        c.medianHoursToAccept =
            n % 2 ? hours.at(n / 2) : (hours.at(n / 2 - 1) + hours.at(n / 2)) / 2.0;
    }
    return c;
}

Result<QList<InviterStatistics>>
InvitationStatisticsRepository::byInviter(const Actor& actor, const QString& scopeUserId,
                                          const StatisticsRange& range, const QDateTime& now)
{
    const InvitationVisibility w = scoped(m_database, actor, scopeUserId, range);
    const status_sql::Fragment status = status_sql::current(m_database.timeValue(now));
    const status_sql::Fragment sums = deliveredSums();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString grouped = QStringLiteral("SELECT i.invited_by_id, ") + status.sql +
                            QStringLiteral(", count(*), ") + sums.sql +
                            QStringLiteral(" FROM user_invitations i") + w.where() +
                            QStringLiteral(" GROUP BY 1, 2");
    if (!Database::exec(q, grouped, w.bindsWith(status.binds + sums.binds)))
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
        return QList<InviterStatistics>();
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
    return lines.values();
}

Result<QList<QPair<qint64, qint64>>>
InvitationStatisticsRepository::weeklyTrend(const Actor& actor, const QString& scopeUserId,
                                            const QList<QPair<QDateTime, QDateTime>>& weeks)
{
    if (weeks.isEmpty())
        return QList<QPair<qint64, qint64>>();
    const InvitationVisibility w = InvitationVisibility::forActor(actor, scopeUserId);
    const QString andWhere = w.whereAnd();
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
    const QVariantList binds = w.bindsWith(bounds) << first << first;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q,
                        QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) +
                            QStringLiteral(" FROM user_invitations i") + andWhere +
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
