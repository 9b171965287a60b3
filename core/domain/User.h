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

    QString fullName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

// Who is acting: the signed-in user. Every service call takes one.
using Actor = User;

} // namespace invitedesk
