-- Signed checkpoints of the audit chain (issue 15, item 2). A checkpoint is the head of the
-- chain (the newest event's seq and hash) signed with an Ed25519 key that is kept outside the
-- database (a key file IT names, INVITEDESK_AUDIT_KEY); only its public half is stored here.
-- Each checkpoint is also appended to a log beside the key file, so deleting events, or these
-- rows, up to a checkpoint is caught by `audit verify`. Append-only, like audit_events.
CREATE TABLE audit_checkpoints (
    id bigserial PRIMARY KEY,
    seq bigint NOT NULL CHECK (seq > 0),
    hash bytea NOT NULL CHECK (length(hash) = 32),
    signed_at timestamptz NOT NULL,
    public_key bytea NOT NULL CHECK (length(public_key) = 32),
    signature bytea NOT NULL CHECK (length(signature) = 64),
    signed_by uuid REFERENCES users (id)
);
-- ;;
CREATE INDEX audit_checkpoints_seq_idx ON audit_checkpoints (seq);
-- ;;
CREATE FUNCTION audit_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_checkpoints is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
-- ;;
CREATE TRIGGER audit_checkpoints_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only();
-- ;;
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_append_only();
-- ;;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoints FROM PUBLIC;
