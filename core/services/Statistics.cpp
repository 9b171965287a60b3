#include "core/services/Statistics.h"

#include <QJsonArray>

namespace invitedesk {

namespace {
QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonObject Statistics::toJson() const
{
    QJsonObject statusObj;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        statusObj.insert(it.key(), it.value());
    QJsonObject typeObj;
    for (auto it = byType.begin(); it != byType.end(); ++it)
        typeObj.insert(it.key(), it.value());
    QJsonArray weeks;
    for (qsizetype i = 0; i < weekly.size(); ++i)
        weeks.append(QJsonObject{{QStringLiteral("start"), timeOrNull(weekStarts.value(i))},
                                 {QStringLiteral("created"), weekly.at(i).first},
                                 {QStringLiteral("accepted"), weekly.at(i).second}});
    QJsonArray inviters;
    for (const InviterStatistics& inviter : byInviter)
        inviters.append(inviter.toJson());
    return QJsonObject{
        {QStringLiteral("total"), total},
        {QStringLiteral("by_status"), statusObj},
        {QStringLiteral("by_type"), typeObj},
        {QStringLiteral("acceptance_rate"), acceptanceRate},
        {QStringLiteral("delivered"), delivered},
        {QStringLiteral("accepted_delivered"), acceptedDelivered},
        {QStringLiteral("median_hours_to_accept"), medianHoursToAccept},
        {QStringLiteral("expiring_48h"), expiring48h},
        {QStringLiteral("funnel"), QJsonObject{{QStringLiteral("created"), created},
                                               {QStringLiteral("sent"), sent},
                                               {QStringLiteral("opened"), opened},
                                               {QStringLiteral("accepted"), accepted}}},
        {QStringLiteral("weekly"), weeks},
        {QStringLiteral("by_inviter"), inviters},
        {QStringLiteral("inviter_count"), inviterCount},
        {QStringLiteral("range"), QJsonObject{{QStringLiteral("from"), timeOrNull(range.from)},
                                              {QStringLiteral("to"), timeOrNull(range.to)}}},
    };
}

} // namespace invitedesk
