-- No link token at rest (issue 11, finding 1); see PostgreSQL's 003 for the why. Each
-- message's token is minted when the message is rendered; only its SHA-256 is kept, here.
-- SQLite cannot drop a UNIQUE column in place, so user_invitations is rebuilt without
-- token_hash (the Migrator turns foreign keys off around a migration and checks them all
-- before it commits).
CREATE TABLE invitation_links (
    token_hash BLOB PRIMARY KEY CHECK (length(token_hash) = 32),
    invitation_id TEXT NOT NULL REFERENCES user_invitations (id),
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'reminder')),
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    revoked_reason TEXT,
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
) WITHOUT ROWID;
-- ;;
CREATE INDEX invitation_links_invitation_idx ON invitation_links (invitation_id)
    WHERE revoked_at IS NULL;
-- ;;
INSERT INTO invitation_links (token_hash, invitation_id, kind, created_at)
    SELECT token_hash, id, 'invitation', COALESCE(last_sent_at, created_at)
    FROM user_invitations;
-- ;;
UPDATE email_outbox SET token = NULL WHERE token IS NOT NULL;
-- ;;
ALTER TABLE email_outbox DROP COLUMN token;
-- ;;
CREATE TABLE user_invitations_new (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%._%' AND email NOT GLOB '*[ 	]*'),
    first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
    last_name TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
    invitation_type TEXT NOT NULL CHECK (invitation_type IN ('doctor', 'sales', 'distributor',
        'master_distributor', 'office_admin', 'medical_staff', 'ivr_company', 'shipping_logistics',
        'admin', 'chp_admin')),
    role_name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'accepted', 'failed', 'cancelled', 'expired')),
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    invited_by_id TEXT NOT NULL REFERENCES users (id),
    parent_user_id TEXT REFERENCES users (id),
    invitation_message TEXT,
    language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
    details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
    npi TEXT CHECK (npi IS NULL OR (length(npi) = 10 AND npi NOT GLOB '*[^0-9]*')),
    expires_at TEXT NOT NULL,
    sent_at TEXT,
    last_sent_at TEXT,
    opened_at TEXT,
    resend_count INTEGER NOT NULL DEFAULT 0 CHECK (resend_count >= 0),
    reminder_count INTEGER NOT NULL DEFAULT 0 CHECK (reminder_count >= 0),
    email_delivery_status TEXT NOT NULL DEFAULT 'queued'
        CHECK (email_delivery_status IN ('queued', 'sent', 'deferred', 'failed', 'cancelled')),
    email_attempts INTEGER NOT NULL DEFAULT 0,
    last_email_error TEXT,
    accepted_at TEXT,
    accepted_user_id TEXT REFERENCES users (id),
    cancelled_at TEXT,
    cancelled_by_id TEXT REFERENCES users (id),
    cancel_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (role_name = invitation_type),
    CHECK (status <> 'accepted' OR accepted_user_id IS NOT NULL)
);
-- ;;
INSERT INTO user_invitations_new (id, email, first_name, last_name, invitation_type, role_name,
    status, organization_id, invited_by_id, parent_user_id, invitation_message, language, details,
    npi, expires_at, sent_at, last_sent_at, opened_at, resend_count, reminder_count,
    email_delivery_status, email_attempts, last_email_error, accepted_at, accepted_user_id,
    cancelled_at, cancelled_by_id, cancel_reason, created_at, updated_at, version)
    SELECT id, email, first_name, last_name, invitation_type, role_name,
    status, organization_id, invited_by_id, parent_user_id, invitation_message, language, details,
    npi, expires_at, sent_at, last_sent_at, opened_at, resend_count, reminder_count,
    email_delivery_status, email_attempts, last_email_error, accepted_at, accepted_user_id,
    cancelled_at, cancelled_by_id, cancel_reason, created_at, updated_at, version
    FROM user_invitations;
-- ;;
DROP TABLE user_invitations;
-- ;;
ALTER TABLE user_invitations_new RENAME TO user_invitations;
-- ;;
CREATE UNIQUE INDEX user_invitations_open_email_idx ON user_invitations (email, organization_id)
    WHERE status IN ('pending', 'sent');
-- ;;
CREATE INDEX user_invitations_created_idx ON user_invitations (created_at, id);
-- ;;
CREATE INDEX user_invitations_status_created_idx ON user_invitations (status, created_at, id);
-- ;;
CREATE INDEX user_invitations_type_created_idx ON user_invitations (invitation_type, created_at, id);
-- ;;
CREATE INDEX user_invitations_invited_by_idx ON user_invitations (invited_by_id, created_at);
-- ;;
CREATE INDEX user_invitations_parent_idx ON user_invitations (parent_user_id);
-- ;;
CREATE INDEX user_invitations_expires_idx ON user_invitations (expires_at) WHERE status IN ('pending', 'sent', 'failed');
-- ;;
CREATE INDEX user_invitations_email_idx ON user_invitations (email);
-- ;;
CREATE INDEX user_invitations_last_name_idx ON user_invitations (last_name, id);
-- ;;
CREATE INDEX user_invitations_accepted_idx ON user_invitations (accepted_at) WHERE accepted_at IS NOT NULL;
