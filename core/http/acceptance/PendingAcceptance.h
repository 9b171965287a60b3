#pragma once

#include "core/services/AcceptanceService.h"

#include <QHttpServerResponse>
#include <QString>

#include <variant>

namespace invitedesk::http {

// An acceptance between its steps: checked on the database pool, hashed on the hashing pool,
// committed on the database pool again.
struct PendingAcceptance {
    PreparedAcceptance prepared;
    QString token;        // to tell why, should the guarded update find nothing to change
    QString password;     // cleared once hashed
    QString passwordHash; // set by the hashing step
    QString language;     // the page's language (HTML form)
};

// A step's outcome: the answer (refused, or done), or the acceptance to carry on with.
using AcceptStep = std::variant<QHttpServerResponse, PendingAcceptance>;

} // namespace invitedesk::http
