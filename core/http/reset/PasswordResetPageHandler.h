#pragma once

#include "core/http/reset/PasswordResetPage.h"
#include "core/http/reset/PendingPasswordReset.h"
#include "core/http/server/RequestInfo.h"
#include "core/services/PasswordResetService.h"

#include <QHttpServerResponse>

#include <memory>

namespace invitedesk::http {

// The HTML routes of a password-reset link, for people:
//   GET  /reset/{token} -> the form (200); friendly pages for unknown (404) and for expired,
//        used, replaced links or a deactivated account (410)
//   POST /reset/{token} (form: password, password_confirmation) -> the confirmation (200);
//        the form again with the messages next to the fields (400); 404/409/410 pages
// Thin: every rule is PasswordResetService's. Runs on worker pools. The page language follows
// Accept-Language, else the reset e-mail's.
class PasswordResetPageHandler {
public:
    PasswordResetPageHandler(std::shared_ptr<PasswordResetService> service,
                             std::shared_ptr<const PasswordResetPage> page, qsizetype maxBodyBytes);

    QHttpServerResponse show(const RequestInfo& request) const;
    ResetStep beginReset(const RequestInfo& request) const;
    QHttpServerResponse finishReset(PendingPasswordReset&& pending) const;
    // For an unknown address under /reset (no database).
    QHttpServerResponse notFound(const QString& language) const;

private:
    QHttpServerResponse lookupFailure(const Error& error, const QString& language) const;
    QHttpServerResponse closedPage(const PasswordResetLookup& lookup,
                                   const QString& language) const;
    // A Gone, NotFound or Conflict from the service, said with the link's state now.
    QHttpServerResponse failurePage(const Error& error, const QString& token,
                                    const QString& language) const;

    std::shared_ptr<PasswordResetService> m_service;
    std::shared_ptr<const PasswordResetPage> m_page;
    qsizetype m_maxBodyBytes;
};

} // namespace invitedesk::http
