-- Cheaper writes for every new invitation, bulk imports most of all.
--
-- 1. One foreign key instead of two: the inviter together with the organisation. PostgreSQL
--    checks a foreign key with one query per inserted row; the two single-column keys on
--    organization_id and invited_by_id cost about a sixth of a COPY of invitations. The
--    composite key says more than both did: the inviter is a member of the organisation the
--    invitation belongs to (as the services always write it), and the organisation exists
--    because the inviter's row references it. NOT VALID: rows written before this version
--    keep their (already checked) single-column guarantees and are not re-read here; every
--    new or changed row is checked.
-- 2. The (created_at, id) indexes ascending. New rows carry the newest created_at and a
--    time-ordered id, so they now land on the rightmost leaf (PostgreSQL's fast path, and
--    full pages when it splits) instead of the leftmost one (a descent per row and half-empty
--    pages). Lists newest first read them backwards; keyset pages compare (column, id) in one
--    direction, so a backward scan serves them as the descending index did.
ALTER TABLE users ADD CONSTRAINT users_id_organization_key UNIQUE (id, organization_id);
-- ;;
ALTER TABLE user_invitations ADD CONSTRAINT user_invitations_inviter_organization_fkey
    FOREIGN KEY (invited_by_id, organization_id) REFERENCES users (id, organization_id) NOT VALID;
-- ;;
ALTER TABLE user_invitations DROP CONSTRAINT user_invitations_organization_id_fkey;
-- ;;
ALTER TABLE user_invitations DROP CONSTRAINT user_invitations_invited_by_id_fkey;
-- ;;
DROP INDEX user_invitations_created_idx;
-- ;;
CREATE INDEX user_invitations_created_idx ON user_invitations (created_at, id);
-- ;;
DROP INDEX user_invitations_status_created_idx;
-- ;;
CREATE INDEX user_invitations_status_created_idx ON user_invitations (status, created_at, id);
-- ;;
DROP INDEX user_invitations_type_created_idx;
-- ;;
CREATE INDEX user_invitations_type_created_idx ON user_invitations (invitation_type, created_at, id);
-- ;;
DROP INDEX user_invitations_invited_by_idx;
-- ;;
CREATE INDEX user_invitations_invited_by_idx ON user_invitations (invited_by_id, created_at);
