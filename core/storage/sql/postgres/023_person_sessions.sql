-- The desk on a person's own login (issue 15, item 1). A database URL that names no user
-- makes the desk (and `--as`) connect as the signed-in person's login, so PostgreSQL checks
-- their password and row security decides what they see and change: one sign-in for both.
--
-- 1. A login's name follows from what the person types. The desk must know which login to
--    connect as before it can ask the database anything, so the name is derived from the
--    database's name and the person's e-mail as stored (lower case, never changed),
--    no longer from their id. Existing logins are renamed; SCRAM verifiers survive a rename.
--    PersonLoginRepository::loginName computes the same on the client (test_person_session
--    compares the two).
CREATE FUNCTION invitedesk_login_name(p_email text) RETURNS text
    LANGUAGE sql STABLE SET search_path = public, pg_temp
    AS $$ SELECT 'idk_' || left(encode(sha256(convert_to(
              current_database() || '/' || p_email, 'UTF8')), 'hex'), 24) $$;
-- ;;
CREATE OR REPLACE FUNCTION invitedesk_sync_login(p_user uuid, p_verifier text) RETURNS text
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
    SELECT id, email, is_active, db_role INTO u FROM users WHERE id = p_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_user USING ERRCODE = 'no_data_found';
    END IF;
    IF p_verifier IS NULL AND u.db_role IS NULL THEN
        RETURN NULL;
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    name := invitedesk_login_name(u.email);
    IF u.db_role IS NOT NULL AND u.db_role <> name
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u.db_role) THEN
        EXECUTE format('ALTER ROLE %I RENAME TO %I', u.db_role, name);
    END IF;
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
DO $$
DECLARE
    u record;
    name text;
BEGIN
    FOR u IN SELECT id, email, db_role FROM users WHERE db_role IS NOT NULL LOOP
        name := invitedesk_login_name(u.email);
        CONTINUE WHEN name = u.db_role;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u.db_role)
           AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('ALTER ROLE %I RENAME TO %I', u.db_role, name);
        END IF;
        UPDATE users SET db_role = name WHERE id = u.id;
    END LOOP;
END;
$$;
-- ;;
-- 2. Links: a person's desk mints and revokes the links of the invitations it may change
--    (create, resend, share). Their hashes stay unreadable: only the columns a revoke's WHERE
--    needs are granted for reading.
GRANT SELECT (invitation_id, kind, created_at, revoked_at, revoked_reason),
    INSERT (token_hash, invitation_id, kind, created_at),
    UPDATE (revoked_at, revoked_reason) ON invitation_links TO invitedesk_app;
-- ;;
ALTER TABLE invitation_links ENABLE ROW LEVEL SECURITY;
-- ;;
-- A link goes with its invitation (the subquery is itself under row security).
CREATE POLICY person_links ON invitation_links FOR ALL TO invitedesk_app
    USING (EXISTS (SELECT 1 FROM user_invitations i WHERE i.id = invitation_links.invitation_id))
    WITH CHECK (EXISTS (SELECT 1 FROM user_invitations i
                        WHERE i.id = invitation_links.invitation_id));
-- ;;
CREATE POLICY mailer_links ON invitation_links FOR ALL TO invitedesk_mailer
    USING (true) WITH CHECK (true);
-- ;;
-- 3. The audit events of a person's own changes and reads. People still cannot write
--    audit_events: this owner function appends for them, in the caller's transaction, with
--    the chain computed here (invitedesk_audit_append). It refuses an event in anybody
--    else's name, and one about an invitation the person may not see, judged by the very
--    expression of the person_reads policy (read from the catalogue, so it has one home).
--    The time is the server's: a person cannot date an event.
CREATE FUNCTION invitedesk_person_audit_append(p_actor uuid, p_action text, p_invitation uuid,
                                               p_details text, p_personal jsonb)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me uuid := invitedesk_session_user_id();
    rule text;
    seen boolean;
BEGIN
    IF me IS NULL OR p_actor IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'a person may write audit events only in their own name'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_invitation IS NOT NULL THEN
        SELECT pg_get_expr(polqual, polrelid) INTO rule FROM pg_policy
        WHERE polrelid = 'user_invitations'::regclass AND polname = 'person_reads';
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM user_invitations WHERE id = $1 AND (%s))',
                       rule) INTO seen USING p_invitation;
        IF NOT seen THEN
            RAISE EXCEPTION 'no invitation % for this person', p_invitation
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN invitedesk_audit_append(clock_timestamp(), me, p_action, p_invitation, p_details,
                                   p_personal);
END;
$$;
-- ;;
REVOKE ALL ON FUNCTION invitedesk_person_audit_append(uuid, text, uuid, text, jsonb),
    invitedesk_login_name(text) FROM PUBLIC;
-- ;;
GRANT EXECUTE ON FUNCTION invitedesk_person_audit_append(uuid, text, uuid, text, jsonb)
    TO invitedesk_app;
-- ;;
-- 4. The personal part of the events a person may read (their history shows the addresses
--    and names it names); nothing else of audit_personal.
GRANT SELECT ON audit_personal TO invitedesk_app;
-- ;;
ALTER TABLE audit_personal ENABLE ROW LEVEL SECURITY;
-- ;;
CREATE POLICY person_personal ON audit_personal FOR SELECT TO invitedesk_app
    USING (EXISTS (SELECT 1 FROM audit_events a WHERE a.seq = audit_personal.seq));
-- ;;
CREATE POLICY mailer_personal ON audit_personal FOR ALL TO invitedesk_mailer
    USING (true) WITH CHECK (true);
-- ;;
-- 5. Whether the person's account is locked (by failed sign-ins elsewhere, or an admin's
--    choice): the desk honours it after PostgreSQL accepted the password.
GRANT SELECT (locked_until) ON users TO invitedesk_app;
-- ;;
-- 6. A person changes their own password from their desk (PeopleService::changeOwnPassword:
--    the hash here, the login's verifier through invitedesk_sync_login) and nobody else's.
GRANT UPDATE (password_hash) ON users TO invitedesk_app;
-- ;;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
-- ;;
CREATE POLICY person_reads_people ON users FOR SELECT TO invitedesk_app USING (true);
-- ;;
CREATE POLICY person_own_password ON users FOR UPDATE TO invitedesk_app
    USING (db_role = session_user) WITH CHECK (db_role = session_user);
-- ;;
CREATE POLICY mailer_reads_people ON users FOR SELECT TO invitedesk_mailer USING (true);
