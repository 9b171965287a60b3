#pragma once

#include "core/domain/User.h"

#include <QJsonObject>

namespace invitedesk {

// An audit event's details, with the API token the actor acts through when there is one
// ({"api_token": {"id", "name"}}), so that every change made through the integration API
// names its token. The desk's and the command line's events stay as they were.
inline QJsonObject withActorToken(const Actor& actor, QJsonObject details)
{
    if (!actor.apiTokenId.isEmpty()) {
        details.insert(QStringLiteral("api_token"),
                       QJsonObject{{QStringLiteral("id"), actor.apiTokenId},
                                   {QStringLiteral("name"), actor.apiTokenName}});
    }
    return details;
}

} // namespace invitedesk
