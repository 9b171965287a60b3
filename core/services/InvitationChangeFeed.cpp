#include "core/services/InvitationChangeFeed.h"

#include <QSet>

namespace invitedesk {

InvitationChangeFeed::InvitationChangeFeed(QObject* parent) : QObject(parent) {}

void InvitationChangeFeed::publish(const QStringList& invitationIds)
{
    QStringList ids;
    QSet<QString> seen;
    for (const QString& id : invitationIds) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        ids << id;
    }
    if (!ids.isEmpty())
        emit invitationsChanged(ids);
}

void InvitationChangeFeed::publishAdded(int count)
{
    if (count > 0)
        emit invitationsAdded(count);
}

void InvitationChangeFeed::publishAll()
{
    emit everythingChanged();
}

} // namespace invitedesk
