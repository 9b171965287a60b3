-- Kept counts by inviter alone and by type alone: see PostgreSQL's 020. SQLite's row triggers
-- count directly, so 018's change view now adds to these two tables as well.
CREATE TABLE invitation_inviter_counts (
    invited_by_id TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;
-- ;;
CREATE INDEX invitation_inviter_counts_rank_idx
    ON invitation_inviter_counts (n DESC, invited_by_id) WHERE n > 0;
-- ;;
CREATE TABLE invitation_type_counts (
    invitation_type TEXT NOT NULL,
    status TEXT NOT NULL,
    sent INTEGER NOT NULL,
    opened INTEGER NOT NULL,
    delivered_via TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (invitation_type, status, sent, opened, delivered_via)
) WITHOUT ROWID;
-- ;;
DROP TRIGGER invitation_count_change_apply;
-- ;;
CREATE TRIGGER invitation_count_change_apply INSTEAD OF INSERT ON invitation_count_change
BEGIN
    INSERT INTO invitation_counts (invited_by_id, invitation_type, status, sent, opened, delivered_via, n)
    VALUES (NEW.invited_by_id, NEW.invitation_type, NEW.status, NEW.sent, NEW.opened,
            NEW.delivered_via, NEW.sign)
    ON CONFLICT (invited_by_id, invitation_type, status, sent, opened, delivered_via)
    DO UPDATE SET n = n + excluded.n;
    INSERT INTO invitation_inviter_counts (invited_by_id, n) VALUES (NEW.invited_by_id, NEW.sign)
    ON CONFLICT (invited_by_id) DO UPDATE SET n = n + excluded.n;
    INSERT INTO invitation_type_counts (invitation_type, status, sent, opened, delivered_via, n)
    VALUES (NEW.invitation_type, NEW.status, NEW.sent, NEW.opened, NEW.delivered_via, NEW.sign)
    ON CONFLICT (invitation_type, status, sent, opened, delivered_via)
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
INSERT INTO invitation_inviter_counts (invited_by_id, n)
SELECT invited_by_id, sum(n) FROM invitation_counts GROUP BY 1 HAVING sum(n) <> 0;
-- ;;
INSERT INTO invitation_type_counts (invitation_type, status, sent, opened, delivered_via, n)
SELECT invitation_type, status, sent, opened, delivered_via, sum(n) FROM invitation_counts
GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0;
