-- Statistics from kept counts (issue 16): see PostgreSQL's 018. The same tables and the same
-- counts; SQLite has one writer, so its row triggers add to the counts directly, and the
-- *_delta tables (where PostgreSQL's writers put their changes first) stay empty here, so
-- that the reader's SQL is the same on both.
--
-- The minutes from creation to acceptance, truncated to the whole minute (times are kept to
-- the millisecond here).
ALTER TABLE user_invitations ADD COLUMN accept_minutes INTEGER
    GENERATED ALWAYS AS (CASE WHEN accepted_at IS NULL THEN NULL ELSE
        CAST(round((julianday(accepted_at) - julianday(created_at)) * 86400000) AS INTEGER) / 60000 END)
    VIRTUAL;
-- ;;
CREATE TABLE invitation_counts (
    invited_by_id TEXT NOT NULL,
    invitation_type TEXT NOT NULL,
    status TEXT NOT NULL,
    sent INTEGER NOT NULL,
    opened INTEGER NOT NULL,
    delivered_via TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (invited_by_id, invitation_type, status, sent, opened, delivered_via)
) WITHOUT ROWID;
-- ;;
CREATE TABLE invitation_day_counts (
    day TEXT PRIMARY KEY,
    created INTEGER NOT NULL,
    accepted INTEGER NOT NULL
) WITHOUT ROWID;
-- ;;
CREATE TABLE invitation_accept_minutes (
    status TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (status, minutes)
) WITHOUT ROWID;
-- ;;
CREATE TABLE invitation_counts_delta (invited_by_id TEXT NOT NULL, invitation_type TEXT NOT NULL,
    status TEXT NOT NULL, sent INTEGER NOT NULL, opened INTEGER NOT NULL,
    delivered_via TEXT NOT NULL, n INTEGER NOT NULL);
-- ;;
CREATE TABLE invitation_day_counts_delta (day TEXT NOT NULL, created INTEGER NOT NULL,
    accepted INTEGER NOT NULL);
-- ;;
CREATE TABLE invitation_accept_minutes_delta (status TEXT NOT NULL, minutes INTEGER NOT NULL,
    n INTEGER NOT NULL);
-- ;;
-- One row's counts, added (sign 1) or taken away (-1): inserting into this view applies them,
-- so the triggers below only say which row and which sign.
CREATE VIEW invitation_count_change AS
SELECT 0 AS sign, '' AS invited_by_id, '' AS invitation_type, '' AS status, 0 AS sent,
       0 AS opened, '' AS delivered_via, '' AS created_day, '' AS accepted_day, 0 AS accept_minutes
WHERE 0;
-- ;;
CREATE TRIGGER invitation_count_change_apply INSTEAD OF INSERT ON invitation_count_change
BEGIN
    INSERT INTO invitation_counts (invited_by_id, invitation_type, status, sent, opened, delivered_via, n)
    VALUES (NEW.invited_by_id, NEW.invitation_type, NEW.status, NEW.sent, NEW.opened,
            NEW.delivered_via, NEW.sign)
    ON CONFLICT (invited_by_id, invitation_type, status, sent, opened, delivered_via)
    DO UPDATE SET n = n + excluded.n;
    INSERT INTO invitation_day_counts (day, created, accepted) VALUES (NEW.created_day, NEW.sign, 0)
    ON CONFLICT (day) DO UPDATE SET created = created + excluded.created;
    INSERT INTO invitation_day_counts (day, created, accepted)
    SELECT NEW.accepted_day, 0, NEW.sign WHERE NEW.accepted_day IS NOT NULL
    ON CONFLICT (day) DO UPDATE SET accepted = accepted + excluded.accepted;
    INSERT INTO invitation_accept_minutes (status, minutes, n)
    SELECT NEW.status, NEW.accept_minutes, NEW.sign WHERE NEW.accept_minutes IS NOT NULL
    ON CONFLICT (status, minutes) DO UPDATE SET n = n + excluded.n;
END;
-- ;;
CREATE TRIGGER user_invitations_count_insert AFTER INSERT ON user_invitations
BEGIN
    INSERT INTO invitation_count_change
    VALUES (1, NEW.invited_by_id, NEW.invitation_type, NEW.status, NEW.sent_at IS NOT NULL,
            NEW.opened_at IS NOT NULL, coalesce(NEW.email_delivered_via, ''),
            substr(NEW.created_at, 1, 10), substr(NEW.accepted_at, 1, 10), NEW.accept_minutes);
END;
-- ;;
CREATE TRIGGER user_invitations_count_delete AFTER DELETE ON user_invitations
BEGIN
    INSERT INTO invitation_count_change
    VALUES (-1, OLD.invited_by_id, OLD.invitation_type, OLD.status, OLD.sent_at IS NOT NULL,
            OLD.opened_at IS NOT NULL, coalesce(OLD.email_delivered_via, ''),
            substr(OLD.created_at, 1, 10), substr(OLD.accepted_at, 1, 10), OLD.accept_minutes);
END;
-- ;;
-- An update takes the old row's counts away and adds the new row's, only when a counted
-- column changed (most updates, such as a resend's last_sent_at, change none).
CREATE TRIGGER user_invitations_count_update AFTER UPDATE ON user_invitations
WHEN OLD.invited_by_id IS NOT NEW.invited_by_id OR OLD.invitation_type IS NOT NEW.invitation_type
  OR OLD.status IS NOT NEW.status OR (OLD.sent_at IS NULL) <> (NEW.sent_at IS NULL)
  OR (OLD.opened_at IS NULL) <> (NEW.opened_at IS NULL)
  OR OLD.email_delivered_via IS NOT NEW.email_delivered_via
  OR OLD.created_at IS NOT NEW.created_at OR OLD.accepted_at IS NOT NEW.accepted_at
BEGIN
    INSERT INTO invitation_count_change
    VALUES (-1, OLD.invited_by_id, OLD.invitation_type, OLD.status, OLD.sent_at IS NOT NULL,
            OLD.opened_at IS NOT NULL, coalesce(OLD.email_delivered_via, ''),
            substr(OLD.created_at, 1, 10), substr(OLD.accepted_at, 1, 10), OLD.accept_minutes);
    INSERT INTO invitation_count_change
    VALUES (1, NEW.invited_by_id, NEW.invitation_type, NEW.status, NEW.sent_at IS NOT NULL,
            NEW.opened_at IS NOT NULL, coalesce(NEW.email_delivered_via, ''),
            substr(NEW.created_at, 1, 10), substr(NEW.accepted_at, 1, 10), NEW.accept_minutes);
END;
-- ;;
INSERT INTO invitation_counts (invited_by_id, invitation_type, status, sent, opened, delivered_via, n)
SELECT invited_by_id, invitation_type, status, sent_at IS NOT NULL, opened_at IS NOT NULL,
       coalesce(email_delivered_via, ''), count(*)
FROM user_invitations WHERE 1 GROUP BY 1, 2, 3, 4, 5, 6;
-- ;;
INSERT INTO invitation_day_counts (day, created, accepted)
SELECT day, sum(created), sum(accepted) FROM (
    SELECT substr(created_at, 1, 10) AS day, 1 AS created, 0 AS accepted FROM user_invitations
    UNION ALL
    SELECT substr(accepted_at, 1, 10), 0, 1 FROM user_invitations WHERE accepted_at IS NOT NULL)
WHERE 1 GROUP BY day;
-- ;;
INSERT INTO invitation_accept_minutes (status, minutes, n)
SELECT status, accept_minutes, count(*) FROM user_invitations WHERE accept_minutes IS NOT NULL
GROUP BY 1, 2;
