#include "core/services/Statistics.h"

#include <QJsonArray>

namespace invitedesk {

QJsonObject Statistics::toJson() const
{
    QJsonObject statusObj;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        statusObj.insert(it.key(), it.value());
    QJsonObject typeObj;
    for (auto it = byType.begin(); it != byType.end(); ++it)
        typeObj.insert(it.key(), it.value());
    QJsonArray weeks;
    for (const auto& w : weekly)
        weeks.append(QJsonObject{{QStringLiteral("created"), w.first},
                                 {QStringLiteral("accepted"), w.second}});
    return QJsonObject{
        {QStringLiteral("total"), total},
        {QStringLiteral("by_status"), statusObj},
        {QStringLiteral("by_type"), typeObj},
        {QStringLiteral("acceptance_rate"), acceptanceRate},
        {QStringLiteral("median_hours_to_accept"), medianHoursToAccept},
        {QStringLiteral("expiring_48h"), expiring48h},
        {QStringLiteral("funnel"), QJsonObject{{QStringLiteral("created"), created},
                                               {QStringLiteral("sent"), sent},
                                               {QStringLiteral("opened"), opened},
                                               {QStringLiteral("accepted"), accepted}}},
        {QStringLiteral("weekly"), weeks},
    };
}

} // namespace invitedesk
