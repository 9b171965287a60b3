#pragma once

#include "core/Error.h"
#include "core/domain/InviterStatistics.h"
#include "core/domain/StatisticsRange.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"
#include "core/storage/StatusBinding.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace invitedesk {

// Counts that statistics are made of; all scoped by the same visibility rule as list().
struct InvitationCounts {
    QHash<QString, qint64> byStatus;
    QHash<QString, qint64> byType;
    qint64 total = 0;
    qint64 sent = 0;              // sent_at set (e-mail taken by a transport at least once)
    qint64 delivered = 0;         // sent, and not only saved by the file transport
    qint64 acceptedDelivered = 0; // accepted, of those delivered
    qint64 opened = 0;            // opened_at set
    qint64 accepted = 0;
    qint64 expiringWithin48h = 0;
    double medianHoursToAccept = 0.0; // of the accepted, created_at to accepted_at; 0: none

    // Adds one grouped row: its status and type at their columns, then how many, sent,
    // opened, delivered and accepted of the delivered at `countColumn` and the four after it.
    void addGroup(const QSqlQuery& row, int statusColumn, int typeColumn, int countColumn);
};

namespace statistics_sql {
// "The e-mail reached the invitee" (acceptance_rate::of, DeliveryStates::of): taken by a
// transport at least once (`sent`, a condition), and not by the file transport, which only
// saved it to a folder (`via`, the channel; NULL is a relay's, sent before the channel was
// recorded). The one place this rule is written in SQL, for the invitations and their counts.
status_sql::Fragment delivered(const QString& sent, const QString& via);
} // namespace statistics_sql

class InvitationCountsSummary;
struct InvitationVisibility;

// The grouped counts behind statistics, scoped like InvitationRepository::list() and to the
// invitations created within a range. Never loads an invitation row. The whole platform's,
// for all time, come from the kept counts (InvitationCountsSummary).
class InvitationStatisticsRepository {
public:
    InvitationStatisticsRepository(Database& database, QSqlDatabase db);
    ~InvitationStatisticsRepository();

    Result<InvitationCounts> counts(const Actor& actor, const QString& scopeUserId,
                                    const StatisticsRange& range, const QDateTime& now);
    // Per inviter (invited_by_id, with their name and e-mail), in no particular order;
    // byStatus holds only the statuses that occur. With `top` > 0 the lines may be only those
    // of the inviters ranked within the first `top` by invitations, ties included (the kept
    // counts' read ranks them in the database); inviters is the count of all.
    Result<InviterBreakdown> byInviter(const Actor& actor, const QString& scopeUserId,
                                       const StatisticsRange& range, const QDateTime& now,
                                       int top = 0);
    // Created and accepted in each of `weeks` ([start, end), StatisticsRange::trendWeeks).
    Result<QList<QPair<qint64, qint64>>>
    weeklyTrend(const Actor& actor, const QString& scopeUserId,
                const QList<QPair<QDateTime, QDateTime>>& weeks);

private:
    // The invitations a grouped read covers (defined in the .cpp): for a downline, its own
    // rows read through the closure, or a scan of every invitation tested against it, as
    // decided once per root by the downline's size.
    struct Source;
    Result<Source> sourceOf(const InvitationVisibility& visibility);
    // One for all three reads, so that what they share is read once.
    InvitationCountsSummary& summary();
    // A downline's counts, breakdown by inviter (names aside) and, without a range, weekly
    // trend, read in one pass over its rows (defined in the .cpp); kept for the calls that
    // ask next with the same arguments.
    struct DownlinePass;
    Result<const DownlinePass*> downlinePass(const InvitationVisibility& visibility,
                                             const Actor& actor, const QString& scopeUserId,
                                             const StatisticsRange& range, const QDateTime& now);
    // Names and addresses for lines keyed by inviter id.
    Result<InviterBreakdown> named(QHash<QString, InviterStatistics> lines);

    Database& m_database;
    QSqlDatabase m_db;
    std::unique_ptr<InvitationCountsSummary> m_summary;
    QString m_closureRoot;
    bool m_throughClosure = false;
    std::unique_ptr<DownlinePass> m_pass;
};

} // namespace invitedesk
