-- What row security costs the lists on a person's own login (issue 15, item 1; see
-- docs/performance.md, "Row security at the cost of the list"). The policies of 010 stay as
-- they are; what changes is what the planner and the executor pay for them.
--
-- 1. The session's functions in PL/pgSQL. A SECURITY DEFINER function in SQL is never
--    inlined, so its body was parsed and planned again on every call, and a list statement
--    calls them up to nine times (three reads of user_invitations, each with the policy's
--    role test and two downline sets). PL/pgSQL keeps its plans for the session.
--    invitedesk_downline, the one home of the downline rule, is installed the same way by
--    RowSecurityRules after every migration. (Their COST: see 2.)
CREATE OR REPLACE FUNCTION invitedesk_session_user_id() RETURNS uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp COST 1
AS $$
BEGIN
    RETURN (SELECT id FROM users WHERE db_role = session_user AND is_active);
END;
$$;
-- ;;
CREATE OR REPLACE FUNCTION invitedesk_session_role() RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp COST 1
AS $$
BEGIN
    RETURN (SELECT role FROM users WHERE db_role = session_user AND is_active);
END;
$$;
-- ;;
-- 2. What the planner thinks these functions cost. The policy calls them once per statement
--    (an InitPlan, and a hashed subplan built once), but the planner charges a subplan's
--    build again on every rescan of a parameterised index scan. With a function's defaults
--    (COST 100, 1,000 rows) the list's nested loops through the closure and the primary key
--    looked dearer than reading the whole table (a sales rep's first page became a
--    sequential scan), and its kept statement's generic plan dearer than planning it afresh
--    on every call (1 ms each time). At COST 1 and ten rows, the person's plans cost what
--    the service account's do, and the same plans are chosen. Ten rows is most people's
--    downline; a distributor's is larger, which only makes the one hash bigger than planned.
CREATE OR REPLACE FUNCTION invitedesk_session_downline() RETURNS SETOF uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp COST 1 ROWS 10
AS $$
BEGIN
    RETURN QUERY SELECT invitedesk_downline(invitedesk_session_user_id());
END;
$$;
-- ;;
-- 3. The policy reads both invited_by_id and parent_user_id of every row it filters. The
--    downline list reads each member's rows from the (invited_by_id, created_at, id) and
--    (parent_user_id, created_at, id) indexes alone (017); with row security each of those
--    rows was fetched from the table for the other column: a distributor's 17,000 rows took
--    25 ms instead of 5. Each index now carries the other column, so the policy is checked
--    in an index-only scan. Same names, so plans and docs keep reading them.
CREATE INDEX user_invitations_inviter_created_rls_idx
    ON user_invitations (invited_by_id, created_at, id) INCLUDE (parent_user_id);
-- ;;
DROP INDEX user_invitations_inviter_created_idx;
-- ;;
ALTER INDEX user_invitations_inviter_created_rls_idx RENAME TO user_invitations_inviter_created_idx;
-- ;;
CREATE INDEX user_invitations_upline_created_rls_idx
    ON user_invitations (parent_user_id, created_at, id) INCLUDE (invited_by_id);
-- ;;
DROP INDEX user_invitations_upline_created_idx;
-- ;;
ALTER INDEX user_invitations_upline_created_rls_idx RENAME TO user_invitations_upline_created_idx;
