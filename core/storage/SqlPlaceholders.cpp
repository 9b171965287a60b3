#include "core/storage/SqlPlaceholders.h"

#include <QStringList>

namespace invitedesk::sql {

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace invitedesk::sql
