#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QList>
#include <QPair>

namespace invitedesk {

// The invitations statistics cover: created in [from, to). A null bound is open, so the
// default covers everything.
struct StatisticsRange {
    QDateTime from;
    QDateTime to;

    // The weekly trend without a start: the last 12 weeks. With one, the weeks from it, at
    // most a year's (the last 53 weeks of the range).
    static constexpr int kTrendWeeks = 12;
    static constexpr int kMaxTrendWeeks = 53;

    bool isBounded() const { return from.isValid() || to.isValid(); }
    // Both bounds set and the range empty or backwards.
    bool isBackwards() const { return from.isValid() && to.isValid() && from >= to; }

    // Days as people and callers give them (`stats --from/--to`, the API's from/to query
    // parameters): YYYY-MM-DD in UTC, both inclusive; an empty text leaves that bound open. A
    // text that is not such a date is refused with its field ("from" or "to").
    static Result<StatisticsRange> fromDays(const QString& from, const QString& to);

    // The weekly trend's weeks, oldest first, each [start, end): they end at `to` or at the end
    // of now's day (UTC), whichever comes first. Without `from`, the kTrendWeeks weeks before that
    // end. With it, weeks from `from` on (the last may be shorter), at most kMaxTrendWeeks of them,
    // the latest kept; a range starting after its end (in the future) has one week from its start.
    QList<QPair<QDateTime, QDateTime>> trendWeeks(const QDateTime& now) const;
};

} // namespace invitedesk
