#pragma once

#include "core/Error.h"
#include "core/mail/MailConfig.h"

#include <QString>

namespace invitedesk {

// `invitedesk check`'s mail line (issue 17, item 7): opens the configured transport as the
// outbox would (for SMTP: connect, EHLO, STARTTLS or implicit TLS with the certificate
// verified, AUTH when a user is named) and closes it again with QUIT. No message is sent.
struct MailRelayReport {
    bool relay = false; // false: the file transport (no relay configured)
    QString where;      // the transport as it describes itself, e.g. "smtp://relay:587 (TLS)"
    bool encrypted = false;
    bool signedIn = false;
};

class MailRelayProbe {
public:
    static Result<MailRelayReport> check(const MailConfig& config);
};

} // namespace invitedesk
