-- The statistics' count of open invitations expiring within 48 hours (issue 16) read every
-- such row from the expiry index: 75,000 at the bench's million invitations, 9 ms of the
-- whole platform's 23 ms floor. Invitations are now also counted by the UTC hour of their
-- expiry and their status, kept like 018's counts (the statement triggers append changes,
-- the fold moves them); the count reads the whole hours inside the window from here and only
-- the two partial hours at its ends from the index (InvitationCountsSummary::expiringBetween).
-- PostgreSQL only: SQLite counts an office's few such rows from its index.
--
-- Writers wait while this migrates, so that the backfill below and the replaced trigger see
-- the same rows; a fold in progress is waited for too.
LOCK TABLE user_invitations IN SHARE ROW EXCLUSIVE MODE;
-- ;;
SELECT pg_advisory_xact_lock(7413018);
-- ;;
-- Hours are the UTC hour's start, whatever the session's time zone.
CREATE TABLE invitation_expiry_hours (
    hour timestamptz NOT NULL,
    status text NOT NULL,
    n integer NOT NULL,
    PRIMARY KEY (hour, status)
);
-- ;;
CREATE TABLE invitation_expiry_hours_delta (hour timestamptz NOT NULL, status text NOT NULL,
                                            n integer NOT NULL);
-- ;;
-- 018's trigger function, with the expiry hours appended as a fourth change.
CREATE OR REPLACE FUNCTION invitedesk_count_invitations() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    added text := CASE WHEN TG_OP = 'DELETE' THEN '(SELECT * FROM old_rows WHERE false)' ELSE 'new_rows' END;
    removed text := CASE WHEN TG_OP = 'INSERT' THEN '(SELECT * FROM new_rows WHERE false)' ELSE 'old_rows' END;
BEGIN
    EXECUTE format($q$
        INSERT INTO invitation_counts_delta
        SELECT invited_by_id, invitation_type, status, sent, opened, delivered_via, sum(n) FROM (
            SELECT invited_by_id, invitation_type, status, sent_at IS NOT NULL AS sent,
                   opened_at IS NOT NULL AS opened, coalesce(email_delivered_via, '') AS delivered_via,
                   1 AS n FROM %1$s a
            UNION ALL
            SELECT invited_by_id, invitation_type, status, sent_at IS NOT NULL,
                   opened_at IS NOT NULL, coalesce(email_delivered_via, ''), -1 FROM %2$s r) c
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0 $q$, added, removed);
    EXECUTE format($q$
        INSERT INTO invitation_day_counts_delta
        SELECT day, sum(created), sum(accepted) FROM (
            SELECT (created_at AT TIME ZONE 'UTC')::date AS day, 1 AS created, 0 AS accepted FROM %1$s a
            UNION ALL
            SELECT (accepted_at AT TIME ZONE 'UTC')::date, 0, 1 FROM %1$s a WHERE accepted_at IS NOT NULL
            UNION ALL
            SELECT (created_at AT TIME ZONE 'UTC')::date, -1, 0 FROM %2$s r
            UNION ALL
            SELECT (accepted_at AT TIME ZONE 'UTC')::date, 0, -1 FROM %2$s r WHERE accepted_at IS NOT NULL) d
        GROUP BY day HAVING sum(created) <> 0 OR sum(accepted) <> 0 $q$, added, removed);
    EXECUTE format($q$
        INSERT INTO invitation_accept_minutes_delta
        SELECT status, minutes, sum(n) FROM (
            SELECT status, accept_minutes AS minutes, 1 AS n FROM %1$s a WHERE accept_minutes IS NOT NULL
            UNION ALL
            SELECT status, accept_minutes, -1 FROM %2$s r WHERE accept_minutes IS NOT NULL) m
        GROUP BY 1, 2 HAVING sum(n) <> 0 $q$, added, removed);
    EXECUTE format($q$
        INSERT INTO invitation_expiry_hours_delta
        SELECT hour, status, sum(n) FROM (
            SELECT date_trunc('hour', expires_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS hour,
                   status, 1 AS n FROM %1$s a
            UNION ALL
            SELECT date_trunc('hour', expires_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
                   status, -1 FROM %2$s r) h
        GROUP BY 1, 2 HAVING sum(n) <> 0 $q$, added, removed);
    RETURN NULL;
END;
$$;
-- ;;
-- 020's fold, with the expiry hours moved as well.
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
    WITH moved AS (DELETE FROM invitation_expiry_hours_delta RETURNING *)
    INSERT INTO invitation_expiry_hours AS c
    SELECT hour, status, sum(n) FROM moved GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (hour, status) DO UPDATE SET n = c.n + excluded.n;
END;
$$;
-- ;;
CREATE OR REPLACE FUNCTION invitedesk_count_truncated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    TRUNCATE invitation_counts, invitation_day_counts, invitation_accept_minutes,
             invitation_inviter_counts, invitation_type_counts, invitation_expiry_hours,
             invitation_counts_delta, invitation_day_counts_delta, invitation_accept_minutes_delta,
             invitation_expiry_hours_delta;
    RETURN NULL;
END;
$$;
-- ;;
INSERT INTO invitation_expiry_hours
SELECT date_trunc('hour', expires_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', status, count(*)
FROM user_invitations GROUP BY 1, 2;
