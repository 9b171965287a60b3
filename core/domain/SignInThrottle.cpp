#include "core/domain/SignInThrottle.h"

#include <algorithm>

namespace invitedesk::sign_in_throttle {

int delayAfter(int failures)
{
    if (failures <= kFreeFailures || failures >= kLockAfterFailures)
        return 0;
    const int doublings = std::min(failures - kFreeFailures - 1, 10);
    return std::min(1 << doublings, kMaxDelaySeconds);
}

SignInState current(const SignInState& stored, const QDateTime& now)
{
    if (stored.lockedUntil.isValid() && now >= stored.lockedUntil)
        return {}; // served its time: a new run of failures starts
    return stored;
}

Decision decide(const SignInState& stored, const QDateTime& now)
{
    const SignInState state = current(stored, now);
    Decision d;
    if (state.isLocked(now)) {
        d.kind = Decision::Kind::Locked;
        d.lockedUntil = state.lockedUntil;
        return d;
    }
    const int delay = delayAfter(state.failures);
    if (delay > 0 && state.lastFailureAt.isValid()) {
        const qint64 waitedMs = state.lastFailureAt.msecsTo(now);
        const qint64 leftMs = qint64(delay) * 1000 - waitedMs;
        if (leftMs > 0) {
            d.kind = Decision::Kind::Wait;
            d.retryAfterSeconds = int((leftMs + 999) / 1000);
        }
    }
    return d;
}

SignInState afterFailure(const SignInState& stored, const QDateTime& now)
{
    SignInState next = current(stored, now);
    if (next.isLocked(now))
        return next; // refused before the check; never counted
    next.failures += 1;
    next.lastFailureAt = now;
    if (next.failures >= kLockAfterFailures)
        next.lockedUntil = now.addSecs(qint64(kLockMinutes) * 60);
    return next;
}

} // namespace invitedesk::sign_in_throttle
