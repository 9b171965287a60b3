#pragma once

#include "core/settings/AppSettings.h"

// Every setting of InviteDesk in one place: key in the settings files, environment variable
// (the same names the command line reads), default. Command-line flags set the same keys
// through AppSettings::setCommandLine(). No password is a setting: passwords go to the
// SecretStore (the OS keychain) or come from PGPASSWORD / INVITEDESK_MAIL_PASSWORD.
namespace invitedesk::settings {

QString defaultDatabaseUrl();

// sqlite:///path or postgresql://user@host:port/db?sslmode=... (--database)
inline const Setting<QString> databaseUrl{"database/url", "INVITEDESK_DATABASE",
                                          &defaultDatabaseUrl};

// Mail transport URL (--mail): smtp://[user@]host[:port][?tls=none|starttls|implicit],
// smtps://[user@]host[:port] or file:///folder. Empty: .eml files in the application data
// folder, the embedded default.
inline const Setting<QString> mailUrl{"mail/url", "INVITEDESK_MAIL", [] { return QString(); }};
// Sender address; empty: InviteDesk <no-reply@HOST of the public URL>.
inline const Setting<QString> mailFrom{"mail/from", "INVITEDESK_MAIL_FROM",
                                       [] { return QString(); }};

// The base URL put in invitation links (--public-url), and the acceptance handler that the
// desktop app can run itself (one desk, or trying the product).
inline const Setting<QString> publicUrl{"acceptance/public_url", "INVITEDESK_PUBLIC_URL",
                                        [] { return QStringLiteral("http://127.0.0.1:8080"); }};
inline const Setting<bool> handlerEnabled{"acceptance/handler_enabled",
                                          "INVITEDESK_HANDLER_ENABLED", [] { return true; }};
inline const Setting<int> handlerPort{"acceptance/handler_port", "INVITEDESK_HANDLER_PORT",
                                      [] { return 8080; }};
// Reverse proxies besides loopback ones whose X-Forwarded-For `serve` believes
// (--trusted-proxies): "10.0.0.5, 10.1.0.0/16".
inline const Setting<QString> trustedProxies{
    "acceptance/trusted_proxies", "INVITEDESK_TRUSTED_PROXIES", [] { return QString(); }};

// The integration API on `serve` (/api/v1/invitations, personal API tokens): on unless
// turned off (--no-api).
inline const Setting<bool> apiEnabled{"api/enabled", "INVITEDESK_API_ENABLED", [] { return true; }};
// Its rate limits, in requests per minute as written (0 turns one off; empty: the defaults,
// 600 per token and 1200 per client address): --api-rate-limit-per-token and
// --api-rate-limit-per-address.
inline const Setting<QString> apiRateLimitPerToken{
    "api/rate_limit_per_token", "INVITEDESK_API_RATE_LIMIT_PER_TOKEN", [] { return QString(); }};
inline const Setting<QString> apiRateLimitPerAddress{"api/rate_limit_per_address",
                                                     "INVITEDESK_API_RATE_LIMIT_PER_ADDRESS",
                                                     [] { return QString(); }};

// The audit checkpoints (issue 15, item 2): the Ed25519 private key file that signs the audit
// chain's head (--audit-key; created 0600 by `audit checkpoint` when missing; its checkpoint
// log is the file beside it, `<key file>.checkpoints`). Empty: no checkpoints.
inline const Setting<QString> auditKeyFile{"audit/key_file", "INVITEDESK_AUDIT_KEY",
                                           [] { return QString(); }};
// `serve` signs a checkpoint after this many new events (--audit-checkpoint-events; empty:
// 1000, 0 turns it off) and after this many minutes when any event came since
// (--audit-checkpoint-minutes; empty: 60, 0 turns it off), as written.
inline const Setting<QString> auditCheckpointEvents{
    "audit/checkpoint_events", "INVITEDESK_AUDIT_CHECKPOINT_EVENTS", [] { return QString(); }};
inline const Setting<QString> auditCheckpointMinutes{
    "audit/checkpoint_minutes", "INVITEDESK_AUDIT_CHECKPOINT_MINUTES", [] { return QString(); }};

// Expiry offered in the create dialog, in days (1..365).
inline const Setting<int> defaultExpiryDays{"invitations/default_expiry_days",
                                            "INVITEDESK_EXPIRY_DAYS", [] { return 7; }};

// Interface language: "en", "es", or empty for the system's.
inline const Setting<QString> language{"ui/language", "INVITEDESK_LANGUAGE",
                                       [] { return QString(); }};

} // namespace invitedesk::settings
