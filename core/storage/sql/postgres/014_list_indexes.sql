-- The list's indexes (issue 16, item 2; docs/performance.md has the plans and figures).
--
-- 1. Substring search (sql_search::nameOrEmail: "email LIKE '%term%' OR lower(first_name ||
--    ' ' || last_name) LIKE '%term%'") by trigram indexes, pg_trgm. It is a trusted extension
--    (PostgreSQL 13+) in Debian's postgresql package (contrib). invitedesk_owner may not create
--    in the database, so the extension is created as the migrating account (a superuser or
--    the database's owner). When that account cannot, or the server lacks pg_trgm, the
--    migration goes on without it: search works as before, by scanning. A DBA may later run
--    "CREATE EXTENSION pg_trgm" and the CREATE INDEX statements of step 2 by hand.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')
       AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        BEGIN
            RESET ROLE;
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            SET LOCAL ROLE invitedesk_owner;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'pg_trgm not installed (%): search scans the invitations', SQLERRM;
        END;
    END IF;
END
$$;
-- ;;
-- 2. The trigram indexes, when pg_trgm is there (an index the planner can only use for LIKE
--    patterns of three characters or more; shorter terms scan, as before).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX IF NOT EXISTS user_invitations_email_trgm_idx ON user_invitations '
                'USING gin (email gin_trgm_ops)';
        EXECUTE 'CREATE INDEX IF NOT EXISTS user_invitations_name_trgm_idx ON user_invitations '
                'USING gin (lower(first_name || '' '' || last_name) gin_trgm_ops)';
        EXECUTE 'CREATE INDEX IF NOT EXISTS users_email_trgm_idx ON users '
                'USING gin (email gin_trgm_ops)';
        EXECUTE 'CREATE INDEX IF NOT EXISTS users_name_trgm_idx ON users '
                'USING gin (lower(first_name || '' '' || last_name) gin_trgm_ops)';
    END IF;
END
$$;
-- ;;
-- 3. The desk's status-and-type filter, newest first: one range of this index per (type,
--    status) pair instead of walking every row of the status to find the type's.
CREATE INDEX user_invitations_type_status_created_idx
    ON user_invitations (invitation_type, status, created_at, id);
