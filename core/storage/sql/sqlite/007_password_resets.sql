-- Password resets (issue 14); see PostgreSQL's 007 for the why. No token at rest: the
-- dispatcher mints each reset e-mail's token when it renders it and keeps only its SHA-256
-- (password_reset_links), valid 24 hours; a reset is used once. SQLite cannot change a CHECK
-- in place, so email_outbox is rebuilt with the new kind and its password_reset_id (the
-- Migrator turns foreign keys off around a migration and checks them all before it commits).
CREATE TABLE password_resets (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    requested_by_id TEXT NOT NULL REFERENCES users (id),
    language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
    created_at TEXT NOT NULL,
    used_at TEXT,
    revoked_at TEXT,
    revoked_reason TEXT,
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL)),
    CHECK (used_at IS NULL OR revoked_at IS NULL)
);
-- ;;
CREATE INDEX password_resets_open_idx ON password_resets (user_id)
    WHERE used_at IS NULL AND revoked_at IS NULL;
-- ;;
CREATE TABLE password_reset_links (
    token_hash BLOB PRIMARY KEY CHECK (length(token_hash) = 32),
    reset_id TEXT NOT NULL REFERENCES password_resets (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    CHECK (expires_at > created_at)
) WITHOUT ROWID;
-- ;;
CREATE INDEX password_reset_links_reset_idx ON password_reset_links (reset_id);
-- ;;
CREATE TABLE email_outbox_new (
    id TEXT PRIMARY KEY,
    invitation_id TEXT REFERENCES user_invitations (id),
    kind TEXT NOT NULL DEFAULT 'invitation'
        CHECK (kind IN ('invitation', 'reminder', 'test', 'password_reset')),
    recipient TEXT NOT NULL,
    subject TEXT,
    text_body TEXT,
    html_body TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    public_url TEXT,
    status TEXT NOT NULL DEFAULT 'queued'
        CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    claimed_by TEXT,
    claimed_until TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    password_reset_id TEXT REFERENCES password_resets (id),
    CHECK ((kind = 'password_reset') = (password_reset_id IS NOT NULL))
);
-- ;;
INSERT INTO email_outbox_new (id, invitation_id, kind, recipient, subject, text_body, html_body,
    language, public_url, status, attempts, next_attempt_at, last_error, claimed_by,
    claimed_until, created_at, sent_at)
    SELECT id, invitation_id, kind, recipient, subject, text_body, html_body,
    language, public_url, status, attempts, next_attempt_at, last_error, claimed_by,
    claimed_until, created_at, sent_at
    FROM email_outbox;
-- ;;
DROP TABLE email_outbox;
-- ;;
ALTER TABLE email_outbox_new RENAME TO email_outbox;
-- ;;
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status = 'queued';
-- ;;
CREATE INDEX email_outbox_invitation_idx ON email_outbox (invitation_id);
-- ;;
CREATE INDEX email_outbox_password_reset_idx ON email_outbox (password_reset_id)
    WHERE password_reset_id IS NOT NULL;
