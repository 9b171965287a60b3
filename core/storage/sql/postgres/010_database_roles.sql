-- Least privilege in the database (issue 15, item 1). Until now every desk held a credential
-- that could read and change every row, so the checks in the desk's process were the only
-- ones. This migration gives the database its own:
--   invitedesk_owner   owns every object; only it can ALTER anything. NOLOGIN, CREATEROLE so
--                      that its functions can make per-person logins (nobody else needs it).
--   invitedesk_app     what people act through: each person's login (users.db_role) is a
--                      member; row-level security limits it to that person's downline and the
--                      invite matrix.
--   invitedesk_accept  what `serve` needs: no table privileges at all, only the functions
--                      below (lookup by token hash, creating an accepted person's login).
--   invitedesk_mailer  what dispatchers need: the outbox and the delivery fields.
-- Roles are cluster-wide and several databases (tests, staging) may migrate at once: each step
-- runs only when still needed, and a step that loses a race with another database's migration
-- ("tuple concurrently updated", a duplicate) is retried after a pause.
DO $$
DECLARE
    r text;
    attempt integer := 0;
BEGIN
    LOOP
        BEGIN
            FOREACH r IN ARRAY ARRAY['invitedesk_owner', 'invitedesk_app', 'invitedesk_accept',
                                     'invitedesk_mailer'] LOOP
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                END IF;
            END LOOP;
            IF NOT (SELECT rolcreaterole FROM pg_roles WHERE rolname = 'invitedesk_owner') THEN
                ALTER ROLE invitedesk_owner CREATEROLE;
            END IF;
            -- PostgreSQL 16 asks for ADMIN OPTION on a role to add members to it (15 does not).
            IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                           WHERE m.roleid = 'invitedesk_app'::regrole
                             AND m.member = 'invitedesk_owner'::regrole AND m.admin_option) THEN
                GRANT invitedesk_app TO invitedesk_owner WITH ADMIN OPTION;
            END IF;
            -- The migrating account (a superuser, or the database owner with CREATEROLE) hands
            -- its objects over below and acts as the owner in later migrations (Migrator).
            IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
               AND NOT pg_has_role(current_user, 'invitedesk_owner', 'MEMBER') THEN
                EXECUTE format('GRANT invitedesk_owner TO %I', current_user);
            END IF;
            EXIT;
        EXCEPTION WHEN duplicate_object OR unique_violation OR internal_error THEN
            attempt := attempt + 1;
            IF attempt > 50 THEN
                RAISE;
            END IF;
            PERFORM pg_sleep(0.02 * attempt);
        END;
    END LOOP;
END;
$$;
-- ;;
ALTER TABLE users ADD COLUMN db_role text UNIQUE;
-- ;;
-- Who may invite whom, as rows the policies read. Written by the application after every
-- migration from its one table (core/domain/InvitePolicy.cpp), never by hand.
CREATE TABLE invite_matrix (
    inviter_role text NOT NULL,
    invitation_type text NOT NULL,
    PRIMARY KEY (inviter_role, invitation_type)
);
-- ;;
-- The person behind this session: the users row whose login it is. session_user, not
-- current_user: these run as their owner, and a person may SET ROLE to the group.
CREATE FUNCTION invitedesk_session_user_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT id FROM users WHERE db_role = session_user AND is_active $$;
-- ;;
CREATE FUNCTION invitedesk_session_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT role FROM users WHERE db_role = session_user AND is_active $$;
-- ;;
-- Placeholder replaced after every migration by the application's own downline rule
-- (UserRepository::downlineCte), so that the rule has one home.
CREATE FUNCTION invitedesk_downline(root uuid) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT root WHERE false $$;
-- ;;
CREATE FUNCTION invitedesk_session_downline() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT invitedesk_downline(invitedesk_session_user_id()) $$;
-- ;;
-- A person's login: created when the person is added or accepts, its password replaced when
-- theirs changes (a SCRAM verifier made by the client: the password never reaches the server),
-- LOGIN following is_active. Returns the login's name. A person's own session may only touch
-- its own login; accounts that are no person (serve, the desk's service account) any. Without
-- a verifier only an existing login is touched (NULL when there is none).
CREATE FUNCTION invitedesk_sync_login(p_user uuid, p_verifier text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    u record;
    me uuid := invitedesk_session_user_id();
    name text;
BEGIN
    IF EXISTS (SELECT 1 FROM users WHERE db_role = session_user) AND me IS DISTINCT FROM p_user THEN
        RAISE EXCEPTION 'a person may change only their own login'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT id, is_active, db_role INTO u FROM users WHERE id = p_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_user USING ERRCODE = 'no_data_found';
    END IF;
    -- Without a password there is nothing to create a login with: only an existing one follows.
    IF p_verifier IS NULL AND u.db_role IS NULL THEN
        RETURN NULL;
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- The database's name is part of the login's: logins are cluster-wide, users per database.
    name := COALESCE(u.db_role, 'idk_' || left(encode(sha256(convert_to(
        current_database() || '/' || p_user::text, 'UTF8')), 'hex'), 24));
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE invitedesk_app', name);
    END IF;
    IF p_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', name, p_verifier);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', name, CASE WHEN u.is_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF u.db_role IS DISTINCT FROM name THEN
        UPDATE users SET db_role = name WHERE id = p_user;
    END IF;
    RETURN name;
END;
$$;
-- ;;
-- What the acceptance page needs to show an invitation, found by its link's hash and nothing
-- else: the accept role can call this but cannot list anything.
CREATE FUNCTION invitedesk_invitation_by_link(p_token_hash bytea)
    RETURNS TABLE (id uuid, status text, email text, first_name text, last_name text,
                   invitation_type text, language text, expires_at timestamptz,
                   link_revoked boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT i.id, i.status, i.email, i.first_name, i.last_name, i.invitation_type, i.language,
           i.expires_at, l.revoked_at IS NOT NULL
    FROM invitation_links l JOIN user_invitations i ON i.id = l.invitation_id
    WHERE l.token_hash = p_token_hash
$$;
-- ;;
-- Hand the schema and every object in it to the owner. Later migrations run as it
-- (Migrator), so this is once.
ALTER SCHEMA public OWNER TO invitedesk_owner;
-- ;;
DO $$
DECLARE
    o record;
BEGIN
    FOR o IN SELECT c.relname, c.relkind FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') LOOP
        EXECUTE format('ALTER TABLE public.%I OWNER TO invitedesk_owner', o.relname);
    END LOOP;
    FOR o IN SELECT p.oid::regprocedure AS sig FROM pg_proc p
             JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.prokind = 'f'
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO invitedesk_owner', o.sig);
    END LOOP;
END;
$$;
-- ;;
-- Functions are executable by PUBLIC unless revoked; each role gets exactly what it needs.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
-- ;;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
-- ;;
GRANT USAGE ON SCHEMA public TO invitedesk_app, invitedesk_accept, invitedesk_mailer;
-- ;;
GRANT EXECUTE ON FUNCTION invitedesk_session_user_id(), invitedesk_session_role(),
    invitedesk_session_downline(), invitedesk_sync_login(uuid, text) TO invitedesk_app;
-- ;;
GRANT EXECUTE ON FUNCTION invitedesk_invitation_by_link(bytea), invitedesk_sync_login(uuid, text)
    TO invitedesk_accept;
-- ;;
-- People: what their desk shows. The users table without its secrets (password hash, the
-- run of failed sign-ins): column grants, since row security cannot hide a column.
GRANT SELECT ON organizations, platform_settings, invite_matrix, schema_migrations
    TO invitedesk_app;
-- ;;
GRANT SELECT (id, email, first_name, last_name, role, organization_id, parent_user_id, is_active,
              created_at, invited_by_id, invitation_id, invitation_accepted_at, db_role)
    ON users TO invitedesk_app;
-- ;;
GRANT SELECT, INSERT, UPDATE ON user_invitations, email_outbox TO invitedesk_app;
-- ;;
GRANT SELECT ON audit_events TO invitedesk_app;
-- ;;
-- Dispatchers: the outbox (claims, outcomes, the reminders they queue), what a message is
-- rendered from, the links they mint, the invitation's delivery fields, and the audit events
-- of their deliveries (appended; never changed). Nothing else is writable.
GRANT SELECT, INSERT, UPDATE ON email_outbox TO invitedesk_mailer;
-- ;;
GRANT SELECT ON user_invitations, organizations, platform_settings, password_resets,
    schema_migrations TO invitedesk_mailer;
-- ;;
GRANT SELECT (id, email, first_name, last_name, role, organization_id, parent_user_id, is_active)
    ON users TO invitedesk_mailer;
-- ;;
GRANT UPDATE (status, email_delivery_status, email_attempts, last_email_error, sent_at,
              last_sent_at, reminder_count, updated_at, version) ON user_invitations
    TO invitedesk_mailer;
-- ;;
GRANT SELECT, INSERT, UPDATE ON invitation_links, password_reset_links TO invitedesk_mailer;
-- ;;
GRANT SELECT, INSERT ON audit_events TO invitedesk_mailer;
-- ;;
GRANT USAGE ON SEQUENCE audit_events_seq_seq TO invitedesk_mailer;
-- ;;
-- Row-level security for people's logins. Accounts that own the tables (the owner role and
-- its members: migrate, service accounts) are not subject to it; invitedesk_app members are,
-- and a member that is no person sees nothing. Each subquery is an InitPlan or a hashed
-- subplan, evaluated once per statement, not per row.
ALTER TABLE user_invitations ENABLE ROW LEVEL SECURITY;
-- ;;
CREATE POLICY person_reads ON user_invitations FOR SELECT TO invitedesk_app
    USING ((SELECT invitedesk_session_role()) = 'admin'
           OR invited_by_id IN (SELECT invitedesk_session_downline())
           OR parent_user_id IN (SELECT invitedesk_session_downline()));
-- ;;
CREATE POLICY person_changes ON user_invitations FOR UPDATE TO invitedesk_app
    USING ((SELECT invitedesk_session_role()) = 'admin'
           OR invited_by_id IN (SELECT invitedesk_session_downline())
           OR parent_user_id IN (SELECT invitedesk_session_downline()))
    WITH CHECK ((SELECT invitedesk_session_role()) = 'admin'
           OR invited_by_id IN (SELECT invitedesk_session_downline())
           OR parent_user_id IN (SELECT invitedesk_session_downline()));
-- ;;
-- A person invites as themselves, only the types the matrix allows them, under an upline in
-- their own downline.
CREATE POLICY person_invites ON user_invitations FOR INSERT TO invitedesk_app
    WITH CHECK (invited_by_id = (SELECT invitedesk_session_user_id())
                AND EXISTS (SELECT 1 FROM invite_matrix m
                            WHERE m.inviter_role = (SELECT invitedesk_session_role())
                              AND m.invitation_type = user_invitations.invitation_type)
                AND (parent_user_id IS NULL
                     OR parent_user_id IN (SELECT invitedesk_session_downline())));
-- ;;
ALTER TABLE email_outbox ENABLE ROW LEVEL SECURITY;
-- ;;
-- A message is visible with its invitation (the subquery is itself under row security).
CREATE POLICY person_messages ON email_outbox FOR ALL TO invitedesk_app
    USING (EXISTS (SELECT 1 FROM user_invitations i WHERE i.id = email_outbox.invitation_id))
    WITH CHECK (EXISTS (SELECT 1 FROM user_invitations i WHERE i.id = email_outbox.invitation_id));
-- ;;
CREATE POLICY mailer_messages ON email_outbox FOR ALL TO invitedesk_mailer
    USING (true) WITH CHECK (true);
-- ;;
CREATE POLICY mailer_invitations ON user_invitations FOR ALL TO invitedesk_mailer
    USING (true) WITH CHECK (true);
-- ;;
CREATE POLICY mailer_history ON audit_events FOR ALL TO invitedesk_mailer
    USING (true) WITH CHECK (true);
-- ;;
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
-- ;;
-- People read the history of what they can see and of what they did; nobody but the owner
-- writes here (no INSERT, UPDATE or DELETE grant; the append-only triggers stay).
CREATE POLICY person_history ON audit_events FOR SELECT TO invitedesk_app
    USING (actor_user_id = (SELECT invitedesk_session_user_id())
           OR EXISTS (SELECT 1 FROM user_invitations i WHERE i.id = audit_events.invitation_id));
