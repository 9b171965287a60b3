#pragma once

#include "core/http/reset/PendingPasswordReset.h"
#include "core/http/server/RequestInfo.h"
#include "core/services/PasswordResetService.h"

#include <QHttpServerResponse>

#include <memory>

namespace invitedesk::http {

// The JSON route of a password-reset link:
//   POST /api/v1/password-reset/{token} (JSON or form: password, optional
//        password_confirmation or confirm_password) -> 200 {user_id, email, password_reset};
//        400 naming the field; 404 {"error": "not_found"} for an unknown link; 409; 410
//        {"error": "gone", "reason": expired|used|replaced|deactivated}
// Thin: every rule is PasswordResetService's. Runs on worker pools; errors are JSON
// {"error", "message", "field"} as on the acceptance routes.
class PasswordResetApiHandler {
public:
    PasswordResetApiHandler(std::shared_ptr<PasswordResetService> service, qsizetype maxBodyBytes);

    ResetStep beginReset(const RequestInfo& request) const;
    QHttpServerResponse finishReset(PendingPasswordReset&& pending) const;

private:
    // A Gone from the service, said with the link's state now.
    QHttpServerResponse goneNow(const Error& error, const QString& token) const;

    std::shared_ptr<PasswordResetService> m_service;
    qsizetype m_maxBodyBytes;
};

} // namespace invitedesk::http
