-- The (created_at, id) indexes ascending, as on PostgreSQL: new rows carry the newest
-- created_at and a time-ordered id, so they append at the right edge of each index instead
-- of splitting its leftmost page; lists newest first scan them backwards. (The inviter /
-- organisation foreign key of PostgreSQL's 002 stays as it was here: SQLite can only change
-- a table's keys by rebuilding it, and its key checks are plain index look-ups.)
DROP INDEX user_invitations_created_idx;
-- ;;
CREATE INDEX user_invitations_created_idx ON user_invitations (created_at, id);
-- ;;
DROP INDEX user_invitations_status_created_idx;
-- ;;
CREATE INDEX user_invitations_status_created_idx ON user_invitations (status, created_at, id);
-- ;;
DROP INDEX user_invitations_type_created_idx;
-- ;;
CREATE INDEX user_invitations_type_created_idx ON user_invitations (invitation_type, created_at, id);
-- ;;
DROP INDEX user_invitations_invited_by_idx;
-- ;;
CREATE INDEX user_invitations_invited_by_idx ON user_invitations (invited_by_id, created_at);
