#pragma once

#include <QDateTime>

namespace invitedesk {

// An account's run of failed sign-ins, as users.failed_sign_ins, last_failed_sign_in_at and
// locked_until hold it (migration 009).
struct SignInState {
    int failures = 0;        // failed sign-ins in a row (right password: back to 0)
    QDateTime lastFailureAt; // the newest of them; invalid when none
    QDateTime lockedUntil;   // set by the 10th; invalid when never locked

    bool isLocked(const QDateTime& now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

// The rule of sign-in throttling and lockout, in one place for every way in (the desk's
// sign-in dialog and idle lock, `--as` on the command line, changing one's own password), read
// by AuthService:
//   - the first kFreeFailures failures in a row cost nothing more than the password check;
//   - after that each further try must wait 1, 2, 4, 8 ... seconds (at most kMaxDelaySeconds)
//     from the last failure; a try within that wait is refused without checking the password
//     and does not count;
//   - the kLockAfterFailures-th failure in a row locks the account for kLockMinutes: every try
//     is refused, right password or not, until then or until someone unlocks it
//     (PeopleService::unlock); a lock that has run out starts a new run of failures;
//   - a right password ends the run.
namespace sign_in_throttle {

inline constexpr int kFreeFailures = 4;
inline constexpr int kLockAfterFailures = 10;
inline constexpr int kLockMinutes = 15;
inline constexpr int kMaxDelaySeconds = 30;

// What a try at `now` may do before its password is checked.
struct Decision {
    enum class Kind { Check, Wait, Locked };
    Kind kind = Kind::Check;
    int retryAfterSeconds = 0; // Wait: whole seconds until a try is checked again (>= 1)
    QDateTime lockedUntil;     // Locked: until when
};

// Seconds a try must wait after the `failures`-th failure in a row (0: none).
int delayAfter(int failures);
// The state as it stands at `now`: a lock that has run out starts afresh.
SignInState current(const SignInState& stored, const QDateTime& now);
Decision decide(const SignInState& stored, const QDateTime& now);
// The state after one more failure at `now`; locks it on the kLockAfterFailures-th.
SignInState afterFailure(const SignInState& stored, const QDateTime& now);

} // namespace sign_in_throttle

} // namespace invitedesk
