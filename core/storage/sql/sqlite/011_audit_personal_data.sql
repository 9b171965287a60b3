-- Personal data of audit events outside the hash chain (issue 15, item 2); see PostgreSQL's
-- 011 for the why. Events written before this migration keep their details as they are (their
-- hashes cover them). Rows are written with their event and never changed; DELETE is the
-- erasure (`invitedesk audit erase`), refused by no trigger.
CREATE TABLE audit_personal (
    seq INTEGER PRIMARY KEY REFERENCES audit_events (seq) ON DELETE CASCADE,
    data TEXT NOT NULL CHECK (json_valid(data) AND json_type(data) = 'object')
);
-- ;;
CREATE TRIGGER audit_personal_no_update BEFORE UPDATE ON audit_personal
BEGIN
    SELECT RAISE(ABORT, 'audit_personal rows are never changed, only erased (DELETE)');
END;
