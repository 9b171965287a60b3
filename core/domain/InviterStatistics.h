#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace invitedesk {

// One inviter's line of the statistics: who (name and e-mail), how many invitations they sent
// by the status each shows now, how many reached the invitee and how many of those were
// accepted (acceptance_rate::of).
struct InviterStatistics {
    QString userId;
    QString name;
    QString email;
    qint64 total = 0;
    QMap<QString, qint64> byStatus; // every status name, zeros included
    qint64 delivered = 0;
    qint64 acceptedDelivered = 0;

    double acceptanceRate() const;
    QJsonObject toJson() const;
};

// The lines of a breakdown by inviter as read, in no order, and how many inviters it has in
// all: when only the first ones were asked for, `lines` holds at least those.
struct InviterBreakdown {
    QList<InviterStatistics> lines;
    qint64 inviters = 0;
};

} // namespace invitedesk
