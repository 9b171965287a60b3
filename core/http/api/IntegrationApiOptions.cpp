#include "core/http/api/IntegrationApiOptions.h"

namespace invitedesk::http {

namespace {
// A per-minute rate as written (empty: keep the default); its burst is a sixth of it, at
// least 1 (100 at the default 600 a minute).
Result<void> readRate(const QString& text, const QString& field, int& perMinute, int& burst)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    bool ok = false;
    const int value = t.toInt(&ok);
    if (!ok || value < 0 || value > kMaxRatePerMinute)
        return Error::invalid(field, QStringLiteral("%1 takes a number of requests per minute "
                                                    "from 0 to %2 (0 turns the limit off), "
                                                    "not \"%3\".")
                                         .arg(field)
                                         .arg(kMaxRatePerMinute)
                                         .arg(t.left(40)));
    perMinute = value;
    burst = qMax(1, value / 6);
    return {};
}
} // namespace

Result<IntegrationApiOptions> IntegrationApiOptions::withRateLimits(IntegrationApiOptions options,
                                                                    const QString& perToken,
                                                                    const QString& perAddress)
{
    if (auto r = readRate(perToken, QStringLiteral("api_rate_limit_per_token"),
                          options.perTokenPerMinute, options.perTokenBurst);
        !r)
        return r.error();
    if (auto r = readRate(perAddress, QStringLiteral("api_rate_limit_per_address"),
                          options.perAddressPerMinute, options.perAddressBurst);
        !r)
        return r.error();
    return options;
}

} // namespace invitedesk::http
