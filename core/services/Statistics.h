#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace invitedesk {

// Figures over what the actor may see. Every status and type name is present, zeros included.
struct Statistics {
    qint64 total = 0;
    QMap<QString, qint64> byStatus;
    QMap<QString, qint64> byType;
    double acceptanceRate = 0.0;      // accepted / total, 0..1
    double medianHoursToAccept = 0.0; // from created_at to accepted_at; 0 when none accepted
    qint64 expiring48h = 0;           // open, expiring within the next 48 hours
    // Funnel: created -> sent -> opened -> accepted.
    qint64 created = 0;
    qint64 sent = 0;
    qint64 opened = 0;
    qint64 accepted = 0;
    // Last 12 weeks, oldest first: {created, accepted}.
    QList<QPair<qint64, qint64>> weekly;
    QDateTime computedAt;

    QJsonObject toJson() const;
};

} // namespace invitedesk
