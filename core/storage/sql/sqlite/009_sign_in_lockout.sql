-- The unattended or stolen laptop (issue 15, item 3); see PostgreSQL's 009 for the why: the
-- run of failed sign-ins and the lock on the user, the desk's idle lock on the organisation.
ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0
    CHECK (failed_sign_ins >= 0);
-- ;;
ALTER TABLE users ADD COLUMN last_failed_sign_in_at TEXT;
-- ;;
ALTER TABLE users ADD COLUMN locked_until TEXT;
-- ;;
ALTER TABLE organizations ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 15
    CHECK (idle_lock_minutes BETWEEN 0 AND 1440);
