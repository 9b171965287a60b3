#pragma once

#include "core/Error.h"
#include "core/domain/InvitationStatus.h"
#include "core/domain/InviterStatistics.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>

namespace invitedesk {

struct InvitationCounts;
struct InvitationVisibility;
struct StatisticsRange;

// The whole platform's statistics for all time, read from the counts migration 018 keeps
// (invitation_counts, invitation_day_counts, invitation_accept_minutes and, on PostgreSQL,
// the changes not yet folded into them) instead of from every invitation. The same figures
// as InvitationStatisticsRepository's grouped reads: statuses as they show now (an open
// invitation past its expiry counts as expired, read from the few such rows the sweep has
// not reached yet).
class InvitationCountsSummary {
public:
    InvitationCountsSummary(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    // These counts answer for everything the actor may see, all time, and weeks that start and
    // end on whole UTC days.
    // Never on a person's own login, which may not read everybody's counts (018).
    static bool answers(const Database& database, const InvitationVisibility& visibility,
                        const StatisticsRange& range);
    static bool answersWeeks(const Database& database, const InvitationVisibility& visibility,
                             const QList<QPair<QDateTime, QDateTime>>& weeks);

    // Folds the changes waiting on PostgreSQL into the counts (one reader at a time; the
    // others read both). Nothing to do on SQLite, whose triggers count directly.
    Result<void> fold();

    // Every field of InvitationCounts but expiringWithin48h.
    Result<void> addCounts(InvitationCounts& counts, const QDateTime& now);
    // Whether expiringBetween() answers here: PostgreSQL, which keeps the expiry hours
    // (migration 021); SQLite counts from its index.
    bool answersExpiring() const;
    // Invitations in one of `statuses` whose expiry is in (from, to]: the whole UTC hours
    // inside from the kept expiry hours, the partial hours at both ends from the index.
    Result<qint64> expiringBetween(const QList<InvitationStatus>& statuses, const QDateTime& from,
                                   const QDateTime& to);
    // With `top` > 0, only the inviters ranked within the first `top` by invitations (ties
    // included): the rest are counted, not read or named.
    Result<InviterBreakdown> byInviter(const QDateTime& now, int top = 0);
    Result<QList<QPair<qint64, qint64>>>
    weeklyTrend(const QList<QPair<QDateTime, QDateTime>>& weeks);

    // The median of accepted-after minutes given as (minutes, how many), ascending, in hours:
    // the middle value, or the mean of the middle two; 0 when there are none. Every path's
    // median goes through here.
    static double medianHours(const QList<QPair<qint64, qint64>>& minutes);

private:
    // Open invitations past their expiry that the sweep has not recorded yet, by inviter and
    // stored status: they show as expired.
    struct Unswept {
        QString invitedById;
        QString status;
        qint64 n = 0;
    };
    // Read once for a given now: counts and the breakdown by inviter both need them.
    Result<QList<Unswept>> unswept(const QDateTime& now);

    Database& m_database;
    QSqlDatabase m_db;
    QDateTime m_unsweptAt;
    QList<Unswept> m_unswept;
};

} // namespace invitedesk
