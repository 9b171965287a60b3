#include "core/services/StatisticsCsv.h"

#include "core/domain/InvitationStatus.h"
#include "core/io/CsvWriter.h"

namespace invitedesk {

QStringList StatisticsCsv::header()
{
    QStringList columns{QStringLiteral("inviter_name"), QStringLiteral("inviter_email"),
                        QStringLiteral("total")};
    for (const QString& status : statuses::allNames())
        columns << status;
    columns << QStringLiteral("delivered") << QStringLiteral("accepted_delivered")
            << QStringLiteral("acceptance_rate");
    return columns;
}

QStringList StatisticsCsv::row(const InviterStatistics& inviter)
{
    QStringList cells{inviter.name, inviter.email, QString::number(inviter.total)};
    for (const QString& status : statuses::allNames())
        cells << QString::number(inviter.byStatus.value(status));
    cells << QString::number(inviter.delivered) << QString::number(inviter.acceptedDelivered)
          << QString::number(inviter.acceptanceRate(), 'f', 4);
    return cells;
}

Result<qint64> StatisticsCsv::write(const Statistics& statistics, QIODevice* out)
{
    CsvWriter csv(out);
    if (auto r = csv.writeRow(header()); !r)
        return r.error();
    for (const InviterStatistics& inviter : statistics.byInviter) {
        if (auto r = csv.writeRow(row(inviter)); !r)
            return r.error();
    }
    return qint64(statistics.byInviter.size());
}

} // namespace invitedesk
