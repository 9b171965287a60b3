#pragma once

#include "core/Error.h"

#include <QString>

namespace invitedesk {

// `invitedesk check`'s public-URL line (issue 17, item 7): GET <public URL>/healthz, as the
// reverse proxy in front of `invitedesk serve` exposes it, must answer 200 within the time
// limit (TLS verified for https). Errors are Environment, naming what answered instead.
class PublicUrlProbe {
public:
    // The status line, e.g. "200 in 35 ms".
    static Result<QString> healthz(const QString& publicUrl, int timeoutMs = 10000);
};

} // namespace invitedesk
