#include "ui/models/RelativeTime.h"

#include <QLocale>

namespace invitedesk::ui {

QString RelativeTime::describe(const QDateTime& moment, const QDateTime& now)
{
    if (!moment.isValid())
        return {};
    const qint64 seconds = now.secsTo(moment); // > 0: in the future
    const bool future = seconds > 0;
    const qint64 a = std::abs(seconds);
    const int minutes = int(a / 60);
    const int hours = int(a / 3600);
    const int days = int(a / 86400);
    if (a < 60)
        return tr("just now");
    if (hours < 1)
        return future ? tr("in %n minute(s)", "", minutes) : tr("%n minute(s) ago", "", minutes);
    if (days < 1)
        return future ? tr("in %n hour(s)", "", hours) : tr("%n hour(s) ago", "", hours);
    if (days < 60)
        return future ? tr("in %n day(s)", "", days) : tr("%n day(s) ago", "", days);
    return QLocale().toString(moment.toLocalTime().date(), QLocale::ShortFormat);
}

QString RelativeTime::exact(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    return QLocale().toString(moment.toLocalTime(), QLocale::LongFormat);
}

} // namespace invitedesk::ui
