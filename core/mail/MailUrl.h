#pragma once

#include "core/Error.h"

#include <QString>

namespace invitedesk {

// Where mail goes, as a URL (flag --mail, env INVITEDESK_MAIL, or settings):
//   smtp://[user@]host[:port][?tls=none|starttls|implicit][&ca=PATH][&timeout=SECONDS]
//   smtps://[user@]host[:port][?ca=PATH]            implicit TLS, port 465
//   file:///folder                                   one .eml file per message
// smtp:// without tls= requires STARTTLS (certificate verified) from a relay beyond this
// machine and refuses to send when it is not offered; a relay on loopback may go without it.
// tls=none never upgrades (plain text, for a relay on a trusted network). Default ports: 465 for
// implicit TLS, 587 for tls=starttls, 25 otherwise. The password comes from
// INVITEDESK_MAIL_PASSWORD or the OS keychain; one given in the URL is accepted but never shown.
struct MailUrl {
    enum class Kind { Smtp, File };
    enum class Tls { Auto, None, StartTls, Implicit };

    Kind kind = Kind::File;
    Tls tls = Tls::Auto;
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString caFile;
    int timeoutSeconds = 30;
    QString folder; // file://

    static Result<MailUrl> parse(const QString& url);
    // file:///<application data>/mail-outbox: the embedded default when no relay is set.
    static QString defaultFileUrl();
    // The URL in its shortest form (no default port, no tls=auto), password included when it
    // has one: parse(toString()) gives this URL back. Never log or show it: display() is for that.
    QString toString() const;
    // The URL without its password and with its port, safe to log and show.
    QString display() const;
    static int defaultPort(Tls tls);

    bool operator==(const MailUrl&) const = default;
    static QString tlsName(Tls tls);
};

} // namespace invitedesk
