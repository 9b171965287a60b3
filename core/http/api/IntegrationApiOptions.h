#pragma once

#include <QtGlobal>

namespace invitedesk::http {

// Limits of the integration API (the authenticated /api/v1/invitations routes). Each limit
// is a token bucket (see RateLimiter): perMinute refilled, burst at once; 0 turns it off.
struct IntegrationApiOptions {
    bool enabled = true;
    int perTokenPerMinute = 600;
    int perTokenBurst = 100;
    // Per client address, whatever token it sends (also bounds guessing with bad tokens).
    int perAddressPerMinute = 1200;
    int perAddressBurst = 200;
    // Larger bodies get 413 (a bulk create of 1,000 invitations fits). Below the
    // connection's hard cap (ConnectionLimits::maxBodyBytes, 1 MiB), which closes instead.
    qsizetype maxBodyBytes = 512 * 1024;
};

} // namespace invitedesk::http
