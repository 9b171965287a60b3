-- When each API token was last used (shown by `token list`), written at most once a minute
-- per token so that authenticating stays a read. Null: not used since this migration.
ALTER TABLE api_tokens ADD COLUMN last_used_at TEXT;
-- ;;
-- The headers a replayed idempotent create must answer with again (Location, ETag), as one
-- JSON object of name to value; '{}' for rows answered before this migration.
ALTER TABLE api_idempotency_keys ADD COLUMN response_headers TEXT NOT NULL DEFAULT '{}';
