#pragma once

#include <QDateTime>

namespace invitedesk {

// The invitations statistics cover: created in [from, to). A null bound is open, so the
// default covers everything.
struct StatisticsRange {
    QDateTime from;
    QDateTime to;

    bool isBounded() const { return from.isValid() || to.isValid(); }
    // Both bounds set and the range empty or backwards.
    bool isBackwards() const { return from.isValid() && to.isValid() && from >= to; }
};

} // namespace invitedesk
