-- Personal data of audit events outside the hash chain (issue 15, item 2). The keys
-- core/domain/AuditPersonalData names (e-mail addresses, names, the NPI, typed reasons, mail
-- servers' replies) of each new event are stored here, beside the event, instead of in
-- audit_events.details, which the chain's hash covers. An erasure request
-- (`invitedesk audit erase`) deletes the rows about an address and the chain still holds.
--
-- Events written before this migration keep their details as they are: their hashes cover
-- them, so nothing is moved out of them (audit erase reports how many of them still name the
-- address).
--
-- audit_events stays append-only. Rows here are written with their event (same transaction)
-- and never changed; DELETE is left to the tables' owner, the application's login (no trigger
-- refuses it): it is the erasure. A role that only reads the log needs SELECT here; one that
-- writes events needs INSERT, and the one that erases DELETE.
-- Number 011 was reserved while 010 was under way: the migrator applies every shipped
-- migration that is missing, so 010 arriving later is applied then.
CREATE TABLE audit_personal (
    seq bigint PRIMARY KEY REFERENCES audit_events (seq) ON DELETE CASCADE,
    data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object')
);
-- ;;
CREATE FUNCTION audit_personal_not_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_personal rows are never changed, only erased (DELETE)'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
-- ;;
CREATE TRIGGER audit_personal_no_update BEFORE UPDATE ON audit_personal
    FOR EACH ROW EXECUTE FUNCTION audit_personal_not_changed();
-- ;;
-- An erasure names the events it erases; emptying the whole table at once is not one.
CREATE TRIGGER audit_personal_no_truncate BEFORE TRUNCATE ON audit_personal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_personal_not_changed();
-- ;;
REVOKE UPDATE, TRUNCATE ON audit_personal FROM PUBLIC;
-- ;;
-- Least privilege (010): dispatchers append the personal part of their delivery events with
-- them. People's own logins (invitedesk_app) get nothing here: their history is under row
-- security in audit_events, and this table has none.
GRANT SELECT, INSERT ON audit_personal TO invitedesk_mailer;
