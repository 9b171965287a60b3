#include "core/security/RateLimiter.h"

#include <QMutexLocker>

#include <algorithm>
#include <chrono>
#include <vector>

namespace invitedesk {

namespace {
qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
} // namespace

RateLimiter::RateLimiter(int perMinute, int burst, Clock clock, int maxKeys)
    : m_perMinute(std::max(0, perMinute)), m_burst(std::max(1, burst)),
      m_maxKeys(std::max(1, maxKeys)),
      m_refillFullMs(m_perMinute > 0
                         ? (qint64(m_burst) * UnitsPerRequest + m_perMinute - 1) / m_perMinute
                         : 0),
      m_clock(clock ? std::move(clock) : Clock(steadyNowMs))
{
    m_lastSweepMs = m_clock();
}

bool RateLimiter::allow(const QString& key, int* retryAfterSeconds)
{
    if (retryAfterSeconds)
        *retryAfterSeconds = 0;
    if (m_perMinute == 0)
        return true;

    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock();
    if (now - m_lastSweepMs >= m_refillFullMs || m_buckets.size() >= m_maxKeys)
        sweepLocked(now);

    const qint64 capacity = qint64(m_burst) * UnitsPerRequest;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{capacity, now});
    Bucket& bucket = *it;
    // A clock that steps back (it shouldn't: it is monotonic) earns nothing. Past the refill
    // time the bucket is full anyway, which also keeps the product below overflow.
    const qint64 elapsed = std::clamp<qint64>(now - bucket.updatedMs, 0, m_refillFullMs);
    bucket.units = std::min(capacity, bucket.units + elapsed * m_perMinute);
    bucket.updatedMs = std::max(bucket.updatedMs, now);

    if (bucket.units >= UnitsPerRequest) {
        bucket.units -= UnitsPerRequest;
        return true;
    }
    if (retryAfterSeconds) {
        const qint64 waitMs = (UnitsPerRequest - bucket.units + m_perMinute - 1) / m_perMinute;
        *retryAfterSeconds = int(std::max<qint64>(1, (waitMs + 999) / 1000));
    }
    return false;
}

int RateLimiter::trackedKeys() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_buckets.size());
}

void RateLimiter::sweepLocked(qint64 now)
{
    m_lastSweepMs = now;
    // Buckets that have refilled completely carry no state.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (now - it->updatedMs >= m_refillFullMs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    // Still near the cap: keep the most recently seen half, so the O(n) sweep stays rare.
    if (m_buckets.size() < qsizetype(m_maxKeys) * 3 / 4 || m_buckets.isEmpty())
        return;
    std::vector<qint64> times;
    times.reserve(size_t(m_buckets.size()));
    for (const Bucket& b : std::as_const(m_buckets))
        times.push_back(b.updatedMs);
    const size_t keep = size_t(std::max(1, m_maxKeys / 2));
    if (keep >= times.size())
        return;
    const auto nth = times.end() - qsizetype(keep);
    std::nth_element(times.begin(), nth, times.end());
    const qint64 cutoff = *nth;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->updatedMs < cutoff)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace invitedesk
