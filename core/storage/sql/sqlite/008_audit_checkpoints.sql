-- Signed checkpoints of the audit chain (issue 15, item 2); see PostgreSQL's 008 for the why.
-- Only the public half of the Ed25519 key is stored; the rows are append-only.
CREATE TABLE audit_checkpoints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    seq INTEGER NOT NULL CHECK (seq > 0),
    hash BLOB NOT NULL CHECK (length(hash) = 32),
    signed_at TEXT NOT NULL,
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    signature BLOB NOT NULL CHECK (length(signature) = 64),
    signed_by TEXT REFERENCES users (id)
);
-- ;;
CREATE INDEX audit_checkpoints_seq_idx ON audit_checkpoints (seq);
-- ;;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
-- ;;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
