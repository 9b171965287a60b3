-- Settings of the whole platform, held in the database so that every desk and every
-- `invitedesk serve` uses the same value: for now the public base URL of invitation links
-- (key 'public_url'). Changed only by an admin, through OrganizationService, with an audit
-- event. No row: each desk's own setting applies, as before.
CREATE TABLE platform_settings (
    key TEXT PRIMARY KEY CHECK (key IN ('public_url')),
    value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 2000),
    updated_at TEXT NOT NULL,
    updated_by_id TEXT REFERENCES users (id)
);
