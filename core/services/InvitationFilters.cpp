#include "core/services/InvitationFilters.h"

#include "core/domain/Role.h"

#include <QCoreApplication>

namespace invitedesk::invitation_filters {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("InvitationFilters", text);
}
} // namespace

Result<QList<InvitationStatus>> statuses(const QString& commaSeparated)
{
    QList<InvitationStatus> out;
    for (const QString& s : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto status = invitedesk::statuses::fromName(s.trimmed());
        if (!status)
            return Error::invalid(
                QStringLiteral("status"),
                tr("Unknown status \"%1\"; use one of: %2.")
                    .arg(s, invitedesk::statuses::allNames().join(QStringLiteral(", "))));
        out << *status;
    }
    return out;
}

Result<QList<InvitationType>> types(const QString& commaSeparated)
{
    QList<InvitationType> out;
    for (const QString& t : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto type = invitation_types::fromName(t.trimmed());
        if (!type)
            return Error::invalid(QStringLiteral("type"),
                                  tr("Unknown invitation type \"%1\"; use one of: %2.")
                                      .arg(t, roles::allNames().join(QStringLiteral(", "))));
        out << *type;
    }
    return out;
}

} // namespace invitedesk::invitation_filters
