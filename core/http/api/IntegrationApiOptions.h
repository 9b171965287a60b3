#pragma once

#include "core/Error.h"

#include <QString>
#include <QtGlobal>

namespace invitedesk::http {

inline constexpr int kMaxRatePerMinute = 1000000;

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

    // The per-token and per-address rates as `serve` reads them (settings
    // api/rate_limit_per_token and api/rate_limit_per_address, their INVITEDESK_API_* variables
    // and --api-rate-limit-per-* flags): requests per minute, 0 turns the limit off, empty
    // keeps the default; each burst becomes a sixth of its rate (at least 1).
    // Error::invalid naming api_rate_limit_per_token or api_rate_limit_per_address.
    static Result<IntegrationApiOptions> withRateLimits(IntegrationApiOptions options,
                                                        const QString& perToken,
                                                        const QString& perAddress);
};

} // namespace invitedesk::http
