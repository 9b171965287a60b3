-- `serve` on invitedesk_accept alone (issue 15, item 1): acceptance and password resets by
-- link through owner functions,
-- so that the login of the internet-facing handler holds no table privilege at all and a
-- compromised `serve` host cannot list invitations. Each function finds its invitation by
-- the hash of a link (only the invitee and `serve`, in passing, ever hold the link itself).
-- On PostgreSQL the acceptance service calls these whatever its login (AcceptanceRepository),
-- so there is one path per backend; SQLite, which has no roles, keeps the service's own SQL.
--
-- Which statuses an invitation may be accepted from, and the status it gets, are rows of
-- invitation_lifecycle, written after every migration from the code's one table
-- (core/domain/InvitationLifecycle.cpp, RowSecurityRules), like invite_matrix.
CREATE TABLE invitation_lifecycle (
    event text NOT NULL,
    from_status text NOT NULL,
    to_status text NOT NULL,
    PRIMARY KEY (event, from_status)
);
-- ;;
-- Appends one event to the audit chain: the same canonical row and SHA-256 as AuditLog
-- (core/storage/AuditLog.cpp), under the same lock, so `audit verify` checks these events like
-- any other. p_details is the hashed part exactly as AuditLog::detailsJson writes it (compact,
-- keys sorted); p_personal the part kept outside the hash (011). Only other owner functions
-- call it: granting it to a role would let that role write events of any content.
CREATE FUNCTION invitedesk_audit_append(p_at timestamptz, p_actor uuid, p_action text,
                                        p_invitation uuid, p_details text, p_personal jsonb)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    at timestamptz := date_trunc('milliseconds', p_at);
    prev bytea;
    h bytea;
    s bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(7413002);
    SELECT hash INTO prev FROM audit_events ORDER BY seq DESC LIMIT 1;
    prev := COALESCE(prev, decode(repeat('00', 32), 'hex'));
    h := sha256(prev || convert_to(
        to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || chr(31) ||
        COALESCE(p_actor::text, '') || chr(31) || p_action || chr(31) ||
        COALESCE(p_invitation::text, '') || chr(31) || p_details, 'UTF8'));
    INSERT INTO audit_events (occurred_at, actor_user_id, action, invitation_id, details,
                              prev_hash, hash)
    VALUES (at, p_actor, p_action, p_invitation, CAST(p_details AS jsonb), prev, h)
    RETURNING seq INTO s;
    IF p_personal IS NOT NULL THEN
        INSERT INTO audit_personal (seq, data) VALUES (s, p_personal);
    END IF;
    RETURN s;
END;
$$;
-- ;;
-- 010's narrower lookup, which nothing called: the one below replaces it.
DROP FUNCTION invitedesk_invitation_by_link(bytea);
-- ;;
-- What the acceptance page shows, found by a link's hash: AcceptanceRepository's columns.
CREATE FUNCTION invitedesk_acceptance_by_link(p_token_hash bytea)
    RETURNS TABLE (id uuid, email text, first_name text, last_name text, invitation_type text,
                   status text, organization_id uuid, organization_name text,
                   organization_display_name text, invited_by_id uuid, inviter_first_name text,
                   inviter_last_name text, inviter_email text, parent_user_id uuid,
                   language text, expires_at timestamptz, opened_at timestamptz,
                   version integer, invitation_message text, revoked_reason text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT i.id, i.email, i.first_name, i.last_name, i.invitation_type, i.status,
           i.organization_id, o.name, o.display_name, i.invited_by_id, inv.first_name,
           inv.last_name, inv.email, i.parent_user_id, i.language, i.expires_at, i.opened_at,
           i.version, i.invitation_message, l.revoked_reason
    FROM invitation_links l JOIN user_invitations i ON i.id = l.invitation_id
    JOIN organizations o ON o.id = i.organization_id
    JOIN users inv ON inv.id = i.invited_by_id
    WHERE l.token_hash = p_token_hash
$$;
-- ;;
-- Whether an account already has the e-mail of the link's invitation (the page says so before
-- a password is hashed). Asked by link, so the role cannot probe addresses.
CREATE FUNCTION invitedesk_link_email_taken(p_token_hash bytea) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM invitation_links l
                   JOIN user_invitations i ON i.id = l.invitation_id
                   JOIN users u ON u.email = i.email
                   WHERE l.token_hash = p_token_hash)
$$;
-- ;;
-- First views of acceptance pages (FirstLookRecorder): opened_at where it is still empty, with
-- an invitation.opened event each. Returns the invitations marked. By invitation id: the
-- background queue keeps ids, which `serve` learnt from a lookup by link; marking a page seen
-- is all a made-up id could do.
CREATE FUNCTION invitedesk_record_first_looks(p_ids uuid[], p_ats timestamptz[])
    RETURNS SETOF uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    r record;
BEGIN
    FOR r IN UPDATE user_invitations AS i SET opened_at = v.at
             FROM unnest(p_ids, p_ats) AS v(id, at)
             WHERE i.id = v.id AND i.opened_at IS NULL
             RETURNING i.id, v.at
    LOOP
        PERFORM invitedesk_audit_append(r.at, NULL, 'invitation.opened', r.id, '{}', NULL);
        RETURN NEXT r.id;
    END LOOP;
END;
$$;
-- ;;
-- Accepts the invitation of a link as AcceptanceService::complete does: claims it at the
-- version the page was shown (anything that changed it since wins), creates the account and
-- its login (p_verifier: a SCRAM verifier made by the client), records a first view the page
-- never recorded (at p_opened_at), marks it accepted, appends user.created and
-- invitation.accepted, and cancels its mail still queued. The account's e-mail, role,
-- organisation and upline come from the invitation, never from the caller. Returns 'accepted',
-- or 'changed' when the claim lost (the caller says why); a taken e-mail raises
-- unique_violation like the service's own insert.
CREATE FUNCTION invitedesk_accept_by_link(p_token_hash bytea, p_version integer, p_user_id uuid,
                                          p_first_name text, p_last_name text,
                                          p_password_hash text, p_verifier text,
                                          p_opened_at timestamptz, p_at timestamptz)
    RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    inv record;
    target text;
BEGIN
    SELECT i.id, i.email, i.invitation_type, i.organization_id, i.parent_user_id,
           i.invited_by_id, i.opened_at
    INTO inv
    FROM invitation_links l JOIN user_invitations i ON i.id = l.invitation_id
    WHERE l.token_hash = p_token_hash AND l.revoked_at IS NULL;
    IF NOT FOUND THEN
        RETURN 'changed';
    END IF;
    SELECT min(to_status) INTO target FROM invitation_lifecycle WHERE event = 'accept';
    UPDATE user_invitations SET version = version + 1, updated_at = p_at
    WHERE id = inv.id AND version = p_version AND expires_at > p_at
      AND status IN (SELECT from_status FROM invitation_lifecycle WHERE event = 'accept');
    IF NOT FOUND OR target IS NULL THEN
        RETURN 'changed';
    END IF;
    INSERT INTO users (id, email, password_hash, first_name, last_name, role, organization_id,
                       parent_user_id, is_active, created_at, invited_by_id, invitation_id,
                       invitation_accepted_at)
    VALUES (p_user_id, inv.email, p_password_hash, p_first_name, p_last_name,
            inv.invitation_type, inv.organization_id, inv.parent_user_id, true, p_at,
            inv.invited_by_id, inv.id, p_at);
    PERFORM invitedesk_sync_login(p_user_id, p_verifier);
    IF inv.opened_at IS NULL THEN
        PERFORM invitedesk_record_first_looks(ARRAY[inv.id],
                                              ARRAY[COALESCE(p_opened_at, p_at)]);
    END IF;
    UPDATE user_invitations SET status = target, accepted_at = p_at,
                                accepted_user_id = p_user_id, updated_at = p_at
    WHERE id = inv.id AND version = p_version + 1;
    PERFORM invitedesk_audit_append(p_at, p_user_id, 'user.created', inv.id,
        '{"role":' || to_json(inv.invitation_type)::text || ',"user_id":' ||
        to_json(p_user_id::text)::text || ',"via":"invitation"}',
        jsonb_build_object('email', inv.email));
    PERFORM invitedesk_audit_append(p_at, p_user_id, 'invitation.accepted', inv.id,
        '{"role":' || to_json(inv.invitation_type)::text || ',"user_id":' ||
        to_json(p_user_id::text)::text || '}', NULL);
    -- OutboxRepository::cancelQueued's update.
    UPDATE email_outbox SET status = 'cancelled', claimed_by = NULL, claimed_until = NULL,
                            last_error = 'cancelled at ' ||
                                to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE invitation_id = inv.id AND status IN ('queued', 'sending');
    RETURN 'accepted';
END;
$$;
-- ;;
-- The reset page's lookup by a reset link's hash: PasswordResetRepository's columns.
CREATE FUNCTION invitedesk_password_reset_by_link(p_token_hash bytea)
    RETURNS TABLE (id uuid, user_id uuid, email text, first_name text, last_name text,
                   role text, is_active boolean, organization_id uuid, organization_name text,
                   organization_display_name text, requested_by_id uuid,
                   requester_first_name text, requester_last_name text, requester_email text,
                   language text, created_at timestamptz, used_at timestamptz,
                   revoked_at timestamptz, revoked_reason text, link_expires_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT r.id, r.user_id, u.email, u.first_name, u.last_name, u.role, u.is_active,
           u.organization_id, o.name, o.display_name, r.requested_by_id, q.first_name,
           q.last_name, q.email, r.language, r.created_at, r.used_at, r.revoked_at,
           r.revoked_reason, l.expires_at
    FROM password_reset_links l JOIN password_resets r ON r.id = l.reset_id
    JOIN users u ON u.id = r.user_id
    JOIN organizations o ON o.id = u.organization_id
    JOIN users q ON q.id = r.requested_by_id
    WHERE l.token_hash = p_token_hash
$$;
-- ;;
-- Sets a new password through a reset link as PasswordResetService::complete does: uses the
-- reset (still open, its link unexpired, its person active), stores the password hash, sets
-- the person's login to the same password (p_verifier) and appends user.password_reset.
-- Returns 'reset', or 'changed' when the link can no longer be used (the caller says why).
CREATE FUNCTION invitedesk_reset_password_by_link(p_token_hash bytea, p_password_hash text,
                                                  p_verifier text, p_at timestamptz)
    RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    r record;
BEGIN
    UPDATE password_resets AS pr SET used_at = p_at
    FROM password_reset_links l, users u
    WHERE l.token_hash = p_token_hash AND pr.id = l.reset_id AND l.expires_at > p_at
      AND pr.used_at IS NULL AND pr.revoked_at IS NULL
      AND u.id = pr.user_id AND u.is_active
    RETURNING pr.id, pr.user_id, pr.requested_by_id, u.email INTO r;
    IF NOT FOUND THEN
        RETURN 'changed';
    END IF;
    UPDATE users SET password_hash = p_password_hash WHERE id = r.user_id;
    PERFORM invitedesk_sync_login(r.user_id, p_verifier);
    PERFORM invitedesk_audit_append(p_at, r.user_id, 'user.password_reset', NULL,
        '{"password_reset_id":' || to_json(r.id::text)::text || ',"requested_by_id":' ||
        COALESCE(to_json(r.requested_by_id::text)::text, '""') || ',"user_id":' ||
        to_json(r.user_id::text)::text || '}',
        jsonb_build_object('email', r.email));
    RETURN 'reset';
END;
$$;
-- ;;
-- The platform's public address (in every e-mail anyway), which `serve` prints on start.
CREATE FUNCTION invitedesk_platform_setting(p_key text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT value FROM platform_settings WHERE key = p_key AND key = 'public_url' $$;
-- ;;
-- The migrations applied, for a login that may not read schema_migrations (Migrator::check
-- on `serve`'s start, AcceptanceRepository::ping).
CREATE FUNCTION invitedesk_schema_versions() RETURNS SETOF integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT version FROM schema_migrations $$;
-- ;;
REVOKE ALL ON FUNCTION invitedesk_audit_append(timestamptz, uuid, text, uuid, text, jsonb),
    invitedesk_acceptance_by_link(bytea), invitedesk_link_email_taken(bytea),
    invitedesk_record_first_looks(uuid[], timestamptz[]),
    invitedesk_accept_by_link(bytea, integer, uuid, text, text, text, text, timestamptz,
                              timestamptz),
    invitedesk_password_reset_by_link(bytea),
    invitedesk_reset_password_by_link(bytea, text, text, timestamptz),
    invitedesk_platform_setting(text), invitedesk_schema_versions() FROM PUBLIC;
-- ;;
GRANT EXECUTE ON FUNCTION invitedesk_acceptance_by_link(bytea), invitedesk_link_email_taken(bytea),
    invitedesk_record_first_looks(uuid[], timestamptz[]),
    invitedesk_accept_by_link(bytea, integer, uuid, text, text, text, text, timestamptz,
                              timestamptz),
    invitedesk_password_reset_by_link(bytea),
    invitedesk_reset_password_by_link(bytea, text, text, timestamptz),
    invitedesk_platform_setting(text), invitedesk_schema_versions() TO invitedesk_accept;
-- ;;
GRANT EXECUTE ON FUNCTION invitedesk_platform_setting(text)
    TO invitedesk_app, invitedesk_mailer;
