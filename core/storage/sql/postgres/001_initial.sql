-- InviteDesk schema, PostgreSQL 13+. Timestamps are timestamptz in UTC; ids are UUIDs made
-- by the application. Statements are separated by lines holding only "-- ;;" so that
-- function bodies may contain semicolons.
CREATE TABLE organizations (
    id uuid PRIMARY KEY,
    name text NOT NULL CHECK (length(btrim(name)) > 0),
    kind text NOT NULL DEFAULT 'platform'
        CHECK (kind IN ('platform', 'chp', 'distributor', 'practice', 'vendor')),
    parent_id uuid REFERENCES organizations (id),
    display_name text,
    brand_color text CHECK (brand_color IS NULL OR brand_color ~ '^#[0-9A-Fa-f]{6}$'),
    logo_url text,
    reply_to text,
    sender_address text,
    expiry_days integer NOT NULL DEFAULT 7 CHECK (expiry_days BETWEEN 1 AND 365),
    daily_invite_quota integer CHECK (daily_invite_quota IS NULL OR daily_invite_quota > 0),
    reminders_enabled boolean NOT NULL DEFAULT true,
    reminder_after_days integer NOT NULL DEFAULT 2 CHECK (reminder_after_days >= 1),
    reminder_before_expiry_days integer NOT NULL DEFAULT 1 CHECK (reminder_before_expiry_days >= 1),
    created_at timestamptz NOT NULL
);
-- ;;
CREATE INDEX organizations_parent_idx ON organizations (parent_id);
-- ;;
CREATE TABLE users (
    id uuid PRIMARY KEY,
    email text NOT NULL CHECK (email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    password_hash text NOT NULL,
    first_name text NOT NULL CHECK (length(btrim(first_name)) > 0),
    last_name text NOT NULL CHECK (length(btrim(last_name)) > 0),
    role text NOT NULL CHECK (role IN ('doctor', 'sales', 'distributor', 'master_distributor',
        'office_admin', 'medical_staff', 'ivr_company', 'shipping_logistics', 'admin', 'chp_admin')),
    organization_id uuid NOT NULL REFERENCES organizations (id),
    parent_user_id uuid REFERENCES users (id),
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL,
    invited_by_id uuid REFERENCES users (id),
    invitation_id uuid,
    invitation_accepted_at timestamptz,
    CONSTRAINT users_email_key UNIQUE (email)
);
-- ;;
CREATE INDEX users_parent_idx ON users (parent_user_id);
-- ;;
CREATE INDEX users_organization_idx ON users (organization_id);
-- ;;
CREATE TABLE user_invitations (
    id uuid PRIMARY KEY,
    email text NOT NULL CHECK (email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    first_name text NOT NULL CHECK (length(btrim(first_name)) > 0),
    last_name text NOT NULL CHECK (length(btrim(last_name)) > 0),
    invitation_type text NOT NULL CHECK (invitation_type IN ('doctor', 'sales', 'distributor',
        'master_distributor', 'office_admin', 'medical_staff', 'ivr_company', 'shipping_logistics',
        'admin', 'chp_admin')),
    role_name text NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'sent', 'accepted', 'failed', 'cancelled', 'expired')),
    organization_id uuid NOT NULL REFERENCES organizations (id),
    invited_by_id uuid NOT NULL REFERENCES users (id),
    parent_user_id uuid REFERENCES users (id),
    token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
    invitation_message text,
    language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
    details jsonb NOT NULL DEFAULT '{}'::jsonb,
    npi text CHECK (npi IS NULL OR npi ~ '^[0-9]{10}$'),
    expires_at timestamptz NOT NULL,
    sent_at timestamptz,
    last_sent_at timestamptz,
    opened_at timestamptz,
    resend_count integer NOT NULL DEFAULT 0 CHECK (resend_count >= 0),
    reminder_count integer NOT NULL DEFAULT 0 CHECK (reminder_count >= 0),
    email_delivery_status text NOT NULL DEFAULT 'queued'
        CHECK (email_delivery_status IN ('queued', 'sent', 'deferred', 'failed', 'cancelled')),
    email_attempts integer NOT NULL DEFAULT 0,
    last_email_error text,
    accepted_at timestamptz,
    accepted_user_id uuid REFERENCES users (id),
    cancelled_at timestamptz,
    cancelled_by_id uuid REFERENCES users (id),
    cancel_reason text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version integer NOT NULL DEFAULT 1,
    CONSTRAINT user_invitations_token_hash_key UNIQUE (token_hash),
    CONSTRAINT user_invitations_role_matches_type CHECK (role_name = invitation_type),
    CONSTRAINT user_invitations_accepted_has_user CHECK (status <> 'accepted' OR accepted_user_id IS NOT NULL)
);
-- ;;
-- At most one open invitation per (email, organization).
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
    id uuid PRIMARY KEY,
    invitation_id uuid REFERENCES user_invitations (id),
    kind text NOT NULL DEFAULT 'invitation' CHECK (kind IN ('invitation', 'reminder', 'test')),
    recipient text NOT NULL,
    -- Either a rendered message (subject/text_body/html_body) or what rendering at send time
    -- needs (token, language, public_url). The token is cleared once delivery succeeds or
    -- fails for good.
    subject text,
    text_body text,
    html_body text,
    token text,
    language text NOT NULL DEFAULT 'en',
    public_url text,
    status text NOT NULL DEFAULT 'queued'
        CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error text,
    claimed_by text,
    claimed_until timestamptz,
    created_at timestamptz NOT NULL,
    sent_at timestamptz
);
-- ;;
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status = 'queued';
-- ;;
CREATE INDEX email_outbox_invitation_idx ON email_outbox (invitation_id);
-- ;;
CREATE TABLE audit_events (
    seq bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor_user_id uuid,
    action text NOT NULL,
    invitation_id uuid,
    details jsonb NOT NULL DEFAULT '{}'::jsonb,
    prev_hash bytea NOT NULL,
    hash bytea NOT NULL CHECK (length(hash) = 32)
);
-- ;;
CREATE INDEX audit_events_invitation_idx ON audit_events (invitation_id, seq);
-- ;;
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);
-- ;;
-- The audit log is append-only: refuse UPDATE, DELETE and TRUNCATE for everyone.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
-- ;;
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
-- ;;
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
-- ;;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC;
