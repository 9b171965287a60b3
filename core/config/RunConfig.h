#pragma once

#include "core/mail/MailConfig.h"
#include "core/services/ServiceConfig.h"

#include <QString>

namespace invitedesk {

class AppSettings;

// The configuration of one run of InviteDesk (the desk, a command, `serve`), made in one place
// from the settings with their one precedence: the system-wide file IT deploys, then the
// user's file, then the environment (INVITEDESK_DATABASE, INVITEDESK_MAIL, ...), then the
// command-line flags (AppSettings::setCommandLine). The desk and the command line both call
// RunConfig::from, so they cannot read the same setting differently.
struct RunConfig {
    QString databaseUrl;   // settings::databaseUrl; the default SQLite file when unset
    ServiceConfig service; // publicUrl (without trailing slashes), mailFrom
    // url, from, publicUrl as above; password from INVITEDESK_MAIL_PASSWORD (never a setting:
    // else the keychain, through MailConfig's password provider).
    MailConfig mail;
    QString trustedProxies; // `serve`'s reverse proxies, as written
    // `serve`'s integration API: on or off, and its rate limits as written (parsed by
    // http::IntegrationApiOptions::withRateLimits).
    bool apiEnabled = true;
    QString apiRateLimitPerToken;
    QString apiRateLimitPerAddress;
    // `serve`'s audit checkpoint schedule as written (service.auditKeyPath names the key):
    // parsed by AuditCheckpointSchedule's reader in `serve`.
    QString auditCheckpointEvents;
    QString auditCheckpointMinutes;

    static RunConfig from(const AppSettings& settings);
};

} // namespace invitedesk
