-- InviteDesk schema, SQLite 3.35+. Timestamps are ISO-8601 UTC text with milliseconds
-- ("2026-11-25T14:00:00.000Z"), which sorts in time order; ids are UUID text.
-- Statements are separated by lines holding only "-- ;;".
CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL DEFAULT 'platform'
        CHECK (kind IN ('platform', 'chp', 'distributor', 'practice', 'vendor')),
    parent_id TEXT REFERENCES organizations (id),
    display_name TEXT,
    brand_color TEXT CHECK (brand_color IS NULL OR (length(brand_color) = 7 AND brand_color GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]')),
    logo_url TEXT,
    reply_to TEXT,
    sender_address TEXT,
    expiry_days INTEGER NOT NULL DEFAULT 7 CHECK (expiry_days BETWEEN 1 AND 365),
    daily_invite_quota INTEGER CHECK (daily_invite_quota IS NULL OR daily_invite_quota > 0),
    reminders_enabled INTEGER NOT NULL DEFAULT 1 CHECK (reminders_enabled IN (0, 1)),
    reminder_after_days INTEGER NOT NULL DEFAULT 2 CHECK (reminder_after_days >= 1),
    reminder_before_expiry_days INTEGER NOT NULL DEFAULT 1 CHECK (reminder_before_expiry_days >= 1),
    created_at TEXT NOT NULL
);
-- ;;
CREATE INDEX organizations_parent_idx ON organizations (parent_id);
-- ;;
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%._%' AND email NOT GLOB '*[ 	]*'),
    password_hash TEXT NOT NULL,
    first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
    last_name TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
    role TEXT NOT NULL CHECK (role IN ('doctor', 'sales', 'distributor', 'master_distributor',
        'office_admin', 'medical_staff', 'ivr_company', 'shipping_logistics', 'admin', 'chp_admin')),
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    parent_user_id TEXT REFERENCES users (id),
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at TEXT NOT NULL,
    invited_by_id TEXT REFERENCES users (id),
    invitation_id TEXT,
    invitation_accepted_at TEXT
);
-- ;;
CREATE INDEX users_parent_idx ON users (parent_user_id);
-- ;;
CREATE INDEX users_organization_idx ON users (organization_id);
-- ;;
CREATE TABLE user_invitations (
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
    token_hash BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
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
CREATE UNIQUE INDEX user_invitations_open_email_idx ON user_invitations (email, organization_id)
    WHERE status IN ('pending', 'sent');
-- ;;
CREATE INDEX user_invitations_created_idx ON user_invitations (created_at DESC, id DESC);
-- ;;
CREATE INDEX user_invitations_status_created_idx ON user_invitations (status, created_at DESC, id DESC);
-- ;;
CREATE INDEX user_invitations_type_created_idx ON user_invitations (invitation_type, created_at DESC, id DESC);
-- ;;
CREATE INDEX user_invitations_invited_by_idx ON user_invitations (invited_by_id, created_at DESC);
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
-- ;;
CREATE TABLE email_outbox (
    id TEXT PRIMARY KEY,
    invitation_id TEXT REFERENCES user_invitations (id),
    kind TEXT NOT NULL DEFAULT 'invitation' CHECK (kind IN ('invitation', 'reminder', 'test')),
    recipient TEXT NOT NULL,
    subject TEXT,
    text_body TEXT,
    html_body TEXT,
    token TEXT,
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
    sent_at TEXT
);
-- ;;
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status = 'queued';
-- ;;
CREATE INDEX email_outbox_invitation_idx ON email_outbox (invitation_id);
-- ;;
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at TEXT NOT NULL,
    actor_user_id TEXT,
    action TEXT NOT NULL,
    invitation_id TEXT,
    details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL CHECK (length(hash) = 32)
);
-- ;;
CREATE INDEX audit_events_invitation_idx ON audit_events (invitation_id, seq);
-- ;;
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);
-- ;;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
-- ;;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
