-- Password resets (issue 14): `user reset-password` (and the desk) e-mails a person a link to
-- set a new password. The links follow the rules of invitation links (003): no token at rest.
-- The request queues an outbox row naming its reset; the dispatcher mints the message's token
-- when it renders it and keeps only the token's SHA-256 here, committed before the message
-- leaves. Each link is valid 24 hours from then; a reset is used once (used_at), whichever of
-- its links sets the password. A newer request for the same person revokes the open ones
-- (their links answer 410, "replaced by a newer e-mail").
CREATE TABLE password_resets (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    requested_by_id uuid NOT NULL REFERENCES users (id),
    language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
    created_at timestamptz NOT NULL,
    used_at timestamptz,
    revoked_at timestamptz,
    revoked_reason text,
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL)),
    CHECK (used_at IS NULL OR revoked_at IS NULL)
);
-- ;;
-- A new request revokes the person's open resets.
CREATE INDEX password_resets_open_idx ON password_resets (user_id)
    WHERE used_at IS NULL AND revoked_at IS NULL;
-- ;;
CREATE TABLE password_reset_links (
    token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    reset_id uuid NOT NULL REFERENCES password_resets (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    CHECK (expires_at > created_at)
);
-- ;;
CREATE INDEX password_reset_links_reset_idx ON password_reset_links (reset_id);
-- ;;
-- The reset e-mail is an outbox row like the others; it names its reset (and no invitation).
ALTER TABLE email_outbox ADD COLUMN password_reset_id uuid REFERENCES password_resets (id);
-- ;;
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_kind_check;
-- ;;
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_kind_check
    CHECK (kind IN ('invitation', 'reminder', 'test', 'password_reset'));
-- ;;
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_password_reset_check
    CHECK ((kind = 'password_reset') = (password_reset_id IS NOT NULL));
-- ;;
CREATE INDEX email_outbox_password_reset_idx ON email_outbox (password_reset_id)
    WHERE password_reset_id IS NOT NULL;
