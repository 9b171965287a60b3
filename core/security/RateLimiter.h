#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

namespace invitedesk {

// A token bucket per key (a client address on the acceptance routes). Each key starts with
// `burst` requests and earns perMinute requests a minute back, up to `burst`. perMinute 0
// turns limiting off. Thread-safe.
//
// Memory stays bounded: a bucket idle long enough to be full again is the same as no bucket and
// is dropped by a periodic sweep; beyond maxKeys the least recently seen buckets are dropped
// too (those keys then start afresh, which favours availability over strictness under a flood
// of addresses).
class RateLimiter {
public:
    // Milliseconds from a monotonic clock; tests inject their own.
    using Clock = std::function<qint64()>;

    RateLimiter(int perMinute, int burst, Clock clock = {}, int maxKeys = 100000);
    RateLimiter(const RateLimiter&) = delete;
    RateLimiter& operator=(const RateLimiter&) = delete;

    // True when the request may go ahead (and counts it). When refused, *retryAfterSeconds
    // (if given) is the whole seconds until the next request for this key is allowed (>= 1);
    // when allowed it is set to 0.
    bool allow(const QString& key, int* retryAfterSeconds = nullptr);

    int perMinute() const { return m_perMinute; }
    int burst() const { return m_burst; }
    // Keys currently tracked (for tests and diagnostics).
    int trackedKeys() const;

private:
    // Fixed point, so refills add up exactly: one request costs 60,000 units and every
    // millisecond earns perMinute units.
    static constexpr qint64 UnitsPerRequest = 60000;
    struct Bucket {
        qint64 units = 0;
        qint64 updatedMs = 0;
    };

    void sweepLocked(qint64 now);

    const int m_perMinute;
    const int m_burst;
    const int m_maxKeys;
    const qint64 m_refillFullMs;
    Clock m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace invitedesk
