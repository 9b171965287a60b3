#include "core/domain/InviterStatistics.h"

#include "core/domain/AcceptanceRate.h"

namespace invitedesk {

double InviterStatistics::acceptanceRate() const
{
    return acceptance_rate::of(acceptedDelivered, delivered);
}

QJsonObject InviterStatistics::toJson() const
{
    QJsonObject statusObj;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        statusObj.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("total"), total},
        {QStringLiteral("by_status"), statusObj},
        {QStringLiteral("delivered"), delivered},
        {QStringLiteral("accepted_delivered"), acceptedDelivered},
        {QStringLiteral("acceptance_rate"), acceptanceRate()},
    };
}

} // namespace invitedesk
