#pragma once

#include "core/Error.h"

#include <QString>

namespace invitedesk {

// Where mail goes, as a URL (flag --mail, env INVITEDESK_MAIL, or settings):
//   smtp://[user@]host[:port][?tls=none|starttls|implicit][&ca=PATH][&timeout=SECONDS]
//   smtps://[user@]host[:port][?ca=PATH]            implicit TLS, port 465
//   file:///folder                                   one .eml file per message
// smtp:// without tls= uses STARTTLS when the server offers it (certificate verified) and
// plain otherwise; tls=none never upgrades. Default ports: 465 for implicit TLS, 587 for
// tls=starttls, 25 otherwise. The password comes from INVITEDESK_MAIL_PASSWORD or the OS
// keychain; one given in the URL is accepted but never shown.
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
    // The URL without its password, safe to log and show.
    QString display() const;
    static QString tlsName(Tls tls);
};

} // namespace invitedesk
