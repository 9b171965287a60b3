#include "core/storage/StatusBinding.h"

#include <QStringList>

namespace invitedesk::status_sql {

QString placeholders(const QList<InvitationStatus>& list)
{
    QStringList marks;
    for (qsizetype i = 0; i < list.size(); ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantList values(const QList<InvitationStatus>& list)
{
    QVariantList out;
    out.reserve(list.size());
    for (InvitationStatus s : list)
        out << value(s);
    return out;
}

QVariant value(InvitationStatus status)
{
    return statuses::name(status);
}

} // namespace invitedesk::status_sql
