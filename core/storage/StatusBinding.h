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

} // namespace invitedesk::status_sql
