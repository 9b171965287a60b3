#pragma once

#include "core/domain/InvitationStatus.h"

#include <QString>
#include <QVariantList>

namespace invitedesk::status_sql {

// Invitation statuses reach SQL only as bound values, taken from the domain (the lifecycle's
// sources and targets, lifecycle::openStatuses()); the migrations' CHECK constraints are the
// one place the names are written in SQL. For "status IN (%1)": one "?" per status...
QString placeholders(const QList<InvitationStatus>& list);
// ...and the values to bind there, in the same order.
QVariantList values(const QList<InvitationStatus>& list);
QVariant value(InvitationStatus status);

// A piece of SQL with the values its "?" take, in order.
struct Fragment {
    QString sql;
    QVariantList binds;
};

// The status an invitation (alias i) has at `now`, a time value bound as Database::timeValue
// gives it. An invitation the lifecycle may still expire (sourcesOf(Expire)) whose expiry
// has passed reads as expired (targetOf(Expire)) before the sweep records it, so no read
// waits for the sweep and none shows a stale open status. The one place this rule is
// written: every read of an invitation's status selects, filters, groups and sorts by it.
Fragment current(const QVariant& now);
// "The current status is one of `wanted`", written so that the (status, created_at, id)
// index still serves it: a stored status, narrowed by the expiry where the sweep may yet
// change it. Empty `wanted` matches nothing.
Fragment currentIn(const QList<InvitationStatus>& wanted, const QVariant& now);
// The same as disjoint arms, each a conjunction (none, one or two of: settled, still live,
// expired unswept), for a caller that must AND more terms into each arm so that the
// planner can match every arm against a partial index's predicate (InvitationListFilter).
QList<Fragment> currentArms(const QList<InvitationStatus>& wanted, const QVariant& now);
// The arms joined by OR, each in parentheses, their binds in order; no arm matches nothing.
Fragment anyOf(const QList<Fragment>& arms);

} // namespace invitedesk::status_sql
