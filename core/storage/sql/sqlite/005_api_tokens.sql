-- Personal API tokens for the integration API (`invitedesk token create`). A token is shown
-- once; only its SHA-256 is kept. A request with it acts as its user. Revoked tokens stay
-- (the audit log names them); a name is unique among a user's live tokens.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    token_hash BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    read_only INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1)),
    created_at TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT,
    revoked_by_id TEXT REFERENCES users (id)
);
-- ;;
CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (user_id, name) WHERE revoked_at IS NULL;
-- ;;
-- What a create with an Idempotency-Key answered, per token and key, so that a retried
-- request gets the same answer instead of a second invitation. status 0: still running.
CREATE TABLE api_idempotency_keys (
    token_id TEXT NOT NULL REFERENCES api_tokens (id),
    idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash BLOB NOT NULL CHECK (length(request_hash) = 32),
    status INTEGER NOT NULL DEFAULT 0,
    response TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY (token_id, idempotency_key)
);
