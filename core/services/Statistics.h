#pragma once

#include "core/domain/InviterStatistics.h"
#include "core/domain/StatisticsRange.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace invitedesk {

// Figures over what the actor may see, created within `range`. Every status and type name is
// present, zeros included. A status count is the status an invitation shows now: "sent" is
// the invitations still awaiting acceptance, where the funnel's `sent` is every invitation
// ever sent.
struct Statistics {
    StatisticsRange range;
    qint64 total = 0;
    QMap<QString, qint64> byStatus;
    QMap<QString, qint64> byType;
    // acceptance_rate::of(acceptedDelivered, delivered): accepted among the invitations whose
    // e-mail reached the invitee (saved by the test-mode file transport is not delivered).
    double acceptanceRate = 0.0;
    qint64 delivered = 0;
    qint64 acceptedDelivered = 0;
    double medianHoursToAccept = 0.0; // from created_at to accepted_at; 0 when none accepted
    qint64 expiring48h = 0;           // open, expiring within the next 48 hours
    // Funnel: created -> ever sent -> opened -> accepted.
    qint64 created = 0;
    qint64 sent = 0;
    qint64 opened = 0;
    qint64 accepted = 0;
    // Per week, oldest first: {created, accepted}; the weeks of StatisticsRange::trendWeeks
    // (the last 12 weeks, or the weeks of the range), each starting at weekStarts' moment.
    QList<QPair<qint64, qint64>> weekly;
    QList<QDateTime> weekStarts;
    // One line per inviter, most invitations first: every inviter's, or only the first ones
    // when fewer were asked for (InvitationService::statistics).
    QList<InviterStatistics> byInviter;
    qint64 inviterCount = 0; // inviters in all, whether byInviter holds each or not
    // The Statistics page shows this many inviters at first, the rest on request: a large
    // platform has thousands, and reading, ranking and naming every one was most of the
    // statistics' time (docs/performance.md).
    static constexpr int kInvitersShownFirst = 100;
    QDateTime computedAt;

    bool hasEveryInviter() const { return byInviter.size() >= inviterCount; }

    // The `invitedesk stats --json` object: its keys only ever grow.
    QJsonObject toJson() const;
};

} // namespace invitedesk
