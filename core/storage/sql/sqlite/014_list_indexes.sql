-- The list's indexes (issue 16, item 2); see PostgreSQL's 014. SQLite has no trigram index:
-- its search stays a scan (LIKE '%term%'), which the desk's single-user file never outgrows.
-- The desk's status-and-type filter, newest first.
CREATE INDEX user_invitations_type_status_created_idx
    ON user_invitations (invitation_type, status, created_at, id);
