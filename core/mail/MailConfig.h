#pragma once

#include "core/Error.h"
#include "core/mail/MailAddress.h"
#include "core/mail/MailTransport.h"
#include "core/mail/MailUrl.h"

#include <functional>
#include <memory>

namespace invitedesk {

// The mail settings in force, from flags over environment over settings:
//   url        --mail, INVITEDESK_MAIL (empty: file:// into the application data folder)
//   password   INVITEDESK_MAIL_PASSWORD, else the keychain hook
//   from       INVITEDESK_MAIL_FROM (default "InviteDesk <no-reply@HOST>", HOST of publicUrl)
//   publicUrl  INVITEDESK_PUBLIC_URL
struct MailConfig {
    QString url;
    QString password;
    QString from;
    QString publicUrl;

    // Reads the four environment variables.
    static MailConfig fromEnvironment();
    // Where the desktop app plugs in the OS keychain; returns empty for "none".
    using PasswordProvider = std::function<QString(const MailUrl&)>;
    static void setPasswordProvider(PasswordProvider provider);

    QString effectiveUrl() const
    {
        return url.trimmed().isEmpty() ? MailUrl::defaultFileUrl() : url;
    }
    // The deployment's sender: `from` when set, else InviteDesk <no-reply@HOST>.
    Result<MailAddress> defaultFrom() const;
    static QString defaultFromFor(const QString& publicUrl);

    // A transport for effectiveUrl(); errors are InvalidInput for a bad URL.
    Result<std::unique_ptr<MailTransport>> createTransport() const;
};

} // namespace invitedesk
