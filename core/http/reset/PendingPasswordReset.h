#pragma once

#include "core/services/PasswordResetService.h"

#include <QHttpServerResponse>
#include <QString>

#include <variant>

namespace invitedesk::http {

// A password reset between its steps: checked on the database pool, hashed on the hashing
// pool, committed on the database pool again (hashThenFinish).
struct PendingPasswordReset {
    PreparedPasswordReset prepared;
    QString token;        // to tell why, should the guarded update find nothing to change
    QString password;     // cleared once hashed
    QString passwordHash; // set by the hashing step
    QString language;     // the page's language (HTML form)
};

// A step's outcome: the answer (refused, or done), or the reset to carry on with.
using ResetStep = std::variant<QHttpServerResponse, PendingPasswordReset>;

} // namespace invitedesk::http
