#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace invitedesk::ui {

// "in 3 days", "2 hours ago", "just now": a moment relative to now, for list cells whose
// tooltip carries the exact date.
class RelativeTime {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString describe(const QDateTime& moment, const QDateTime& now);
    // The exact local date and time in the current locale's long form.
    static QString exact(const QDateTime& moment);
};

} // namespace invitedesk::ui
