#pragma once

#include "core/settings/AppSettings.h"

// Every setting of InviteDesk in one place: key in the settings files, environment variable,
// default. The command line sets the same keys through AppSettings::setCommandLine().
// No password is a setting: passwords go to the SecretStore (the OS keychain) or come from
// PGPASSWORD / INVITEDESK_SMTP_PASSWORD.
namespace invitedesk::settings {

QString defaultDatabaseUrl();
QString defaultMailFolder();

// Database: sqlite:///path or postgresql://user@host:port/db?sslmode=...
inline const Setting<QString> databaseUrl{"database/url", "INVITEDESK_DATABASE_URL",
                                          &defaultDatabaseUrl};

// Mail transport: "folder" (writes .eml files; the embedded default) or "smtp".
inline const Setting<QString> mailTransport{"mail/transport", "INVITEDESK_MAIL_TRANSPORT",
                                            [] { return QStringLiteral("folder"); }};
inline const Setting<QString> mailFolder{"mail/folder", "INVITEDESK_MAIL_FOLDER",
                                         &defaultMailFolder};
inline const Setting<QString> mailFrom{"mail/from", "INVITEDESK_MAIL_FROM",
                                       [] { return QStringLiteral("invitations@localhost"); }};
inline const Setting<QString> smtpHost{"mail/smtp_host", "INVITEDESK_SMTP_HOST",
                                       [] { return QString(); }};
inline const Setting<int> smtpPort{"mail/smtp_port", "INVITEDESK_SMTP_PORT", [] { return 587; }};
// "starttls" (587), "tls" (implicit TLS, 465) or "none" (a local relay).
inline const Setting<QString> smtpSecurity{"mail/smtp_security", "INVITEDESK_SMTP_SECURITY",
                                           [] { return QStringLiteral("starttls"); }};
inline const Setting<QString> smtpUser{"mail/smtp_user", "INVITEDESK_SMTP_USER",
                                       [] { return QString(); }};

// Acceptance: the base URL put in invitation links, and the handler inside the desktop app.
inline const Setting<QString> publicUrl{"acceptance/public_url", "INVITEDESK_PUBLIC_URL",
                                        [] { return QStringLiteral("http://127.0.0.1:8080"); }};
inline const Setting<bool> handlerEnabled{"acceptance/handler_enabled",
                                          "INVITEDESK_HANDLER_ENABLED", [] { return true; }};
inline const Setting<int> handlerPort{"acceptance/handler_port", "INVITEDESK_HANDLER_PORT",
                                      [] { return 8080; }};

// Invitations: expiry offered in the create dialog (the organisation's own setting wins
// where the service applies one).
inline const Setting<int> defaultExpiryDays{"invitations/default_expiry_days",
                                            "INVITEDESK_EXPIRY_DAYS", [] { return 7; }};

// Interface language: "en", "es", or empty for the system's.
inline const Setting<QString> language{"ui/language", "INVITEDESK_LANGUAGE",
                                       [] { return QString(); }};

} // namespace invitedesk::settings
