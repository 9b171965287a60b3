#include "core/domain/StatisticsRange.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace invitedesk {

namespace {
constexpr qint64 kWeekSecs = 7 * 24 * 3600;
}

Result<StatisticsRange> StatisticsRange::fromDays(const QString& from, const QString& to)
{
    StatisticsRange range;
    for (const QString& field : {QStringLiteral("from"), QStringLiteral("to")}) {
        const QString text = (field == QLatin1String("from") ? from : to).trimmed();
        if (text.isEmpty())
            continue;
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid() || text.size() != 10)
            return Error::invalid(field, QCoreApplication::translate("StatisticsRange",
                                                                     "Give a date as YYYY-MM-DD."));
        if (field == QLatin1String("from"))
            range.from = day.startOfDay(QTimeZone::utc());
        else
            range.to = day.addDays(1).startOfDay(QTimeZone::utc());
    }
    return range;
}

QList<QPair<QDateTime, QDateTime>> StatisticsRange::trendWeeks(const QDateTime& now) const
{
    // Whole days: the weeks end with today (UTC), so every caller asking today (the desk, the
    // command line, the API) gets the same weeks.
    const QDateTime tomorrow = now.toUTC().date().addDays(1).startOfDay(QTimeZone::utc());
    QDateTime end = to.isValid() && to < tomorrow ? to : tomorrow;
    QDateTime start;
    int weeks = kTrendWeeks;
    if (!from.isValid()) {
        start = end.addSecs(-kWeekSecs * weeks);
    } else {
        if (end <= from)
            end = to.isValid() && to > from ? std::min(to, from.addSecs(kWeekSecs))
                                            : from.addSecs(kWeekSecs);
        const qint64 secs = from.secsTo(end);
        weeks = int(std::min<qint64>((secs + kWeekSecs - 1) / kWeekSecs, kMaxTrendWeeks));
        start = weeks == kMaxTrendWeeks && secs > kWeekSecs * kMaxTrendWeeks
                    ? end.addSecs(-kWeekSecs * weeks)
                    : from;
    }
    QList<QPair<QDateTime, QDateTime>> list;
    for (int i = 0; i < weeks; ++i) {
        const QDateTime weekStart = start.addSecs(kWeekSecs * i);
        list.append({weekStart, std::min(weekStart.addSecs(kWeekSecs), end)});
    }
    return list;
}

} // namespace invitedesk
