-- The unattended or stolen laptop (issue 15, item 3). Sign-in slows down after repeated
-- failures and the 10th failure in a row locks the account for 15 minutes
-- (core/domain/SignInThrottle); the run of failures and the lock live on the user so that
-- every desk, command and host sees the same count. A right password ends the run; an
-- administrator (or an upline, where PeoplePolicy allows) can unlock sooner.
ALTER TABLE users ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0
    CHECK (failed_sign_ins >= 0);
-- ;;
ALTER TABLE users ADD COLUMN last_failed_sign_in_at timestamptz;
-- ;;
ALTER TABLE users ADD COLUMN locked_until timestamptz;
-- ;;
-- The desk locks after this many idle minutes and asks for the password again (HIPAA
-- 164.312(a)(2)(iii)); 0 turns the idle lock off.
ALTER TABLE organizations ADD COLUMN idle_lock_minutes integer NOT NULL DEFAULT 15
    CHECK (idle_lock_minutes BETWEEN 0 AND 1440);
