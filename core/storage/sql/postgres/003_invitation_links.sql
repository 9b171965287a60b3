-- No link token at rest (issue 11, finding 1). The outbox used to keep each message's token
-- until the message went out (queued reminders for most of an invitation's life), so anyone
-- who could read the database could accept an open invitation. From this version the
-- dispatcher mints each message's token when it renders the message; only the token's
-- SHA-256 is kept, here, among the invitation's live links, and committed before the message
-- leaves. A resend revokes the earlier links (they answer 410, "replaced by a newer
-- invitation e-mail"); cancel, accept and expiry end them through the invitation's status.
CREATE TABLE invitation_links (
    token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    invitation_id uuid NOT NULL REFERENCES user_invitations (id),
    kind text NOT NULL CHECK (kind IN ('invitation', 'reminder')),
    created_at timestamptz NOT NULL,
    revoked_at timestamptz,
    revoked_reason text,
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
-- ;;
-- A resend revokes all live links of one invitation.
CREATE INDEX invitation_links_invitation_idx ON invitation_links (invitation_id)
    WHERE revoked_at IS NULL;
-- ;;
-- Links already delivered keep working: each invitation's hash becomes its first link (the
-- closed ones' too, so their old links still answer 410 rather than 404).
INSERT INTO invitation_links (token_hash, invitation_id, kind, created_at)
    SELECT token_hash, id, 'invitation', COALESCE(last_sent_at, created_at)
    FROM user_invitations;
-- ;;
-- Queued messages get a fresh token when they are sent; the stored ones go. (The old tuples
-- stay in the table's pages until VACUUM: docs/deploy.md says to run VACUUM FULL after.)
UPDATE email_outbox SET token = NULL WHERE token IS NOT NULL;
-- ;;
ALTER TABLE email_outbox DROP COLUMN token;
-- ;;
-- No token exists when an invitation is created: the hash lives in invitation_links only.
ALTER TABLE user_invitations DROP COLUMN token_hash;
