-- Live desks (issue 16, item 3): every committed change to an invitation, whoever makes it (a
-- desk, `serve` accepting, a dispatcher recording a delivery, an import, psql), is announced on
-- the channel `invitedesk_invitations`, which desks LISTEN to. NOTIFY is transactional: a
-- rolled-back change announces nothing. The payload carries ids only, never personal data:
-- "u:<id>,<id>…" for changed rows, "i:<count>:<server pid>" for new ones (a desk cannot place
-- rows it has not read, so it tells the user, unless one of its own sessions added them), and "u:*" when one statement changed more rows
-- than a payload should carry (a bulk expiry or import): read the list again.
-- Statement-level triggers with transition tables, so an import of 100,000 rows sends one
-- notification, not 100,000.
CREATE FUNCTION invitedesk_announce_updated() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    n bigint;
    ids text;
BEGIN
    SELECT count(*) INTO n FROM changed_rows;
    IF n = 0 THEN
        RETURN NULL;
    ELSIF n > 100 THEN
        PERFORM pg_notify('invitedesk_invitations', 'u:*');
    ELSE
        SELECT string_agg(id::text, ',') INTO ids FROM changed_rows;
        PERFORM pg_notify('invitedesk_invitations', 'u:' || ids);
    END IF;
    RETURN NULL;
END $$;
-- ;;
CREATE FUNCTION invitedesk_announce_inserted() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM changed_rows;
    IF n > 0 THEN
        PERFORM pg_notify('invitedesk_invitations', 'i:' || n || ':' || pg_backend_pid());
    END IF;
    RETURN NULL;
END $$;
-- ;;
CREATE TRIGGER user_invitations_announce_update
    AFTER UPDATE ON user_invitations REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION invitedesk_announce_updated();
-- ;;
CREATE TRIGGER user_invitations_announce_insert
    AFTER INSERT ON user_invitations REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION invitedesk_announce_inserted();
-- ;;
REVOKE ALL ON FUNCTION invitedesk_announce_updated(), invitedesk_announce_inserted() FROM PUBLIC;
