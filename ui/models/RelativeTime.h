#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace invitedesk::ui {

// "in 3 days", "2 hours ago", "just now": a moment relative to now, for list cells whose
// tooltip carries the exact date. Under an hour in whole minutes and under a day in whole
// hours, both rounded to the nearest; beyond that in calendar days between the two local
// dates, so an invitation valid for 7 days reads "in 7 days" all through the day it was sent.
class RelativeTime {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString describe(const QDateTime& moment, const QDateTime& now);
    // The local day alone, the same style in every language's order ("4 Dec 2026").
    static QString day(const QDateTime& moment);
    // The exact local date and time in the current locale's long form.
    static QString exact(const QDateTime& moment);
};

} // namespace invitedesk::ui
