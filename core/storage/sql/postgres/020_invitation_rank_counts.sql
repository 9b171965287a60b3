-- The whole platform's statistics at a million invitations (issue 16) still grouped all of
-- invitation_counts (44,000 rows at 5,555 inviters) twice per call: once to rank the inviters
-- for the Statistics page's first 100, once for the counts by type and status. Two more kept
-- tables, folded from the same changes, answer those directly:
--   invitation_inviter_counts  one row per inviter, its total, with an index in rank order,
--                              so the first 100 inviters read about 100 index entries;
--   invitation_type_counts     invitation_counts without the inviter (a few hundred rows).
-- Writers are unchanged: they append to invitation_counts_delta, and the fold moves each
-- change into all three tables at once; a reader adds what is still waiting.
--
-- A fold running while this migrates would move changes into 018's table only: wait for it.
SELECT pg_advisory_xact_lock(7413018);
-- ;;
CREATE TABLE invitation_inviter_counts (
    invited_by_id uuid PRIMARY KEY,
    n integer NOT NULL
);
-- ;;
CREATE INDEX invitation_inviter_counts_rank_idx
    ON invitation_inviter_counts (n DESC, invited_by_id) WHERE n > 0;
-- ;;
CREATE TABLE invitation_type_counts (
    invitation_type text NOT NULL,
    status text NOT NULL,
    sent boolean NOT NULL,
    opened boolean NOT NULL,
    delivered_via text NOT NULL,
    n integer NOT NULL,
    PRIMARY KEY (invitation_type, status, sent, opened, delivered_via)
);
-- ;;
-- 018's fold, with each moved change also added to the two tables above in the same
-- statement (one snapshot: the three tables always hold the same changes).
CREATE OR REPLACE FUNCTION invitedesk_fold_invitation_counts() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT pg_try_advisory_xact_lock(7413018) THEN
        RETURN;
    END IF;
    WITH moved AS (DELETE FROM invitation_counts_delta RETURNING *),
    by_inviter AS (
        INSERT INTO invitation_inviter_counts AS c
        SELECT invited_by_id, sum(n) FROM moved GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1
        ON CONFLICT (invited_by_id) DO UPDATE SET n = c.n + excluded.n),
    by_type AS (
        INSERT INTO invitation_type_counts AS c
        SELECT invitation_type, status, sent, opened, delivered_via, sum(n) FROM moved
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (invitation_type, status, sent, opened, delivered_via)
        DO UPDATE SET n = c.n + excluded.n)
    INSERT INTO invitation_counts AS c
    SELECT invited_by_id, invitation_type, status, sent, opened, delivered_via, sum(n) FROM moved
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (invited_by_id, invitation_type, status, sent, opened, delivered_via)
    DO UPDATE SET n = c.n + excluded.n;
    WITH moved AS (DELETE FROM invitation_day_counts_delta RETURNING *)
    INSERT INTO invitation_day_counts AS c
    SELECT day, sum(created), sum(accepted) FROM moved GROUP BY 1 ORDER BY 1
    ON CONFLICT (day) DO UPDATE SET created = c.created + excluded.created,
                                    accepted = c.accepted + excluded.accepted;
    WITH moved AS (DELETE FROM invitation_accept_minutes_delta RETURNING *)
    INSERT INTO invitation_accept_minutes AS c
    SELECT status, minutes, sum(n) FROM moved GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (status, minutes) DO UPDATE SET n = c.n + excluded.n;
END;
$$;
-- ;;
CREATE OR REPLACE FUNCTION invitedesk_count_truncated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    TRUNCATE invitation_counts, invitation_day_counts, invitation_accept_minutes,
             invitation_inviter_counts, invitation_type_counts,
             invitation_counts_delta, invitation_day_counts_delta, invitation_accept_minutes_delta;
    RETURN NULL;
END;
$$;
-- ;;
-- From the kept counts as they stand; the changes still waiting are folded into all three
-- later, like any others.
INSERT INTO invitation_inviter_counts
SELECT invited_by_id, sum(n) FROM invitation_counts GROUP BY 1 HAVING sum(n) <> 0;
-- ;;
INSERT INTO invitation_type_counts
SELECT invitation_type, status, sent, opened, delivered_via, sum(n) FROM invitation_counts
GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0;
