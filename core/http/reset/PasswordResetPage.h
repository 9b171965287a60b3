#pragma once

#include "core/domain/PasswordReset.h"
#include "core/http/acceptance/AcceptancePage.h"
#include "core/http/acceptance/AcceptanceTexts.h"
#include "core/http/server/HtmlTemplate.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace invitedesk::http {

// The pages of a password-reset link: the form (new password and its confirmation, the
// messages next to each field), the confirmation, and the pages for links that cannot be
// used. Framed by the acceptance page (same layout, stylesheet and therefore CSP hash, same
// field descriptions and ARIA states), in the request's language; every value escaped.
class PasswordResetPage {
public:
    explicit PasswordResetPage(std::shared_ptr<const AcceptancePage> frame);

    // The form; `errors` maps "password", "password_confirmation" (or "body") to messages.
    QByteArray form(const AcceptanceTexts& texts, const PasswordResetRecord& reset,
                    const QHash<QString, QString>& errors = {}) const;
    QByteArray done(const AcceptanceTexts& texts, const PasswordResetRecord& reset) const;
    // Why the link cannot be used (expired, used, replaced, deactivated).
    QByteArray closed(const AcceptanceTexts& texts, PasswordResetState state,
                      const PasswordResetRecord& reset) const;
    // "reset_notfound", "reset_changed", or any of the acceptance page's problems.
    QByteArray problem(const AcceptanceTexts& texts, const char* kind,
                       const QString& brand = {}) const;

    // The form's fields, in order.
    static const QStringList& fieldOrder();

private:
    std::shared_ptr<const AcceptancePage> m_frame;
    HtmlTemplate m_form;
    HtmlTemplate m_done;
};

} // namespace invitedesk::http
