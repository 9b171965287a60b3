#pragma once

#include "core/domain/Role.h"

#include <QDateTime>
#include <QString>

namespace invitedesk::http {

// The public pages' words (the acceptance page, the password-reset page) in the language of one
// request (Accept-Language). The texts are
// translated in the context "AcceptancePage" of translations/*.ts, looked up in that language's
// catalogue (translations::catalogue) rather than through the process-wide installed
// translator, so concurrent requests in different languages do not interfere. Texts with
// %1.. are filled by the caller (and HTML-escaped by the page renderer).
class AcceptanceTexts {
public:
    explicit AcceptanceTexts(const QString& language); // "en" or "es"; anything else: "en"

    const QString& language() const { return m_language; }
    // The text for a key; the key itself when unknown (a visible bug, never a crash).
    QString text(const char* key) const;
    // The page's message for a password the policy refused (password_policy::check said
    // no): which rule it broke, in this language.
    QString passwordError(const QString& password, const QString& email) const;
    QString roleLabel(Role role) const;
    // "25 November 2026, 14:00 UTC" / "25 de noviembre de 2026, 14:00 UTC"
    QString dateTime(const QDateTime& utc) const;

private:
    QString m_language;
};

} // namespace invitedesk::http
