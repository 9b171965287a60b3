#pragma once

#include "core/domain/Role.h"

#include <QDateTime>
#include <QString>

namespace invitedesk {

struct User {
    QString id; // UUID
    QString email;
    QString firstName;
    QString lastName;
    Role role = Role::Doctor;
    QString organizationId;
    QString organizationName;
    QString parentUserId;
    bool isActive = true;
    QDateTime createdAt;
    QString invitedById;
    QString invitationId;
    QDateTime invitationAcceptedAt;
    // Set when the user acts through a personal API token (the integration API): every
    // audit event of the change names it. Empty for the desk and the command line.
    QString apiTokenId;
    QString apiTokenName;

    QString fullName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

// Who is acting: the signed-in user. Every service call takes one.
using Actor = User;

} // namespace invitedesk
