#include "ui/models/RelativeTime.h"

#include <QLocale>

#include <algorithm>

namespace invitedesk::ui {

QString RelativeTime::describe(const QDateTime& moment, const QDateTime& now)
{
    if (!moment.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(moment); // > 0: in the future
    const bool future = seconds > 0;
    const qint64 a = std::abs(seconds);
    if (a < 60)
        return tr("just now");
    if (a < 3600) {
        const int minutes = int(std::clamp<qint64>((a + 30) / 60, 1, 59));
        return future ? tr("in %n minute(s)", "", minutes) : tr("%n minute(s) ago", "", minutes);
    }
    if (a < 86400) {
        const int hours = int(std::clamp<qint64>((a + 1800) / 3600, 1, 23));
        return future ? tr("in %n hour(s)", "", hours) : tr("%n hour(s) ago", "", hours);
    }
    const qint64 calendarDays = now.toLocalTime().date().daysTo(moment.toLocalTime().date());
    const int days = int(std::max<qint64>(1, std::abs(calendarDays)));
    return future ? tr("in %n day(s)", "", days) : tr("%n day(s) ago", "", days);
}

QString RelativeTime::day(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    return QLocale().toString(moment.toLocalTime().date(), QStringLiteral("d MMM yyyy"));
}

QString RelativeTime::exact(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    return QLocale().toString(moment.toLocalTime(), QLocale::LongFormat);
}

} // namespace invitedesk::ui
