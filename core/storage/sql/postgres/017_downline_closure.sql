-- The downline as a closure table (issue 16): one row for every (ancestor, descendant) pair of
-- the users tree, each user its own ancestor at depth 0, so that "the downline of X" is one
-- index range (ancestor_id = X) instead of a recursive walk over users.parent_user_id, and
-- the invitations of a downline can be joined through it (UserRepository::downlineCte,
-- InvitationVisibility). Kept by the triggers below on every write of users (insert, a change
-- of parent_user_id), whoever writes it: the services, imports, the bench's seeder, a DBA.
CREATE TABLE user_downline (
    ancestor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    descendant_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    depth integer NOT NULL CHECK (depth >= 0),
    PRIMARY KEY (ancestor_id, descendant_id)
);
-- ;;
-- The upline of a user (the move trigger, the row security's checks by descendant).
CREATE INDEX user_downline_descendant_idx ON user_downline (descendant_id, ancestor_id);
-- ;;
-- Backfill from the tree as it stands. The depth bound only stops a cycle (which the people
-- service never makes) from running forever: a cycle fails on the primary key instead.
INSERT INTO user_downline (ancestor_id, descendant_id, depth)
WITH RECURSIVE pairs(ancestor_id, descendant_id, depth) AS (
    SELECT id, id, 0 FROM users
    UNION ALL
    SELECT p.ancestor_id, u.id, p.depth + 1 FROM pairs p JOIN users u ON u.parent_user_id = p.descendant_id
    WHERE p.depth < 10000)
SELECT ancestor_id, descendant_id, depth FROM pairs;
-- ;;
-- A new user: itself, and below every ancestor of its upline. Takes the people service's
-- hierarchy lock (PeopleRepository::lockHierarchy) so that a user added under a subtree that
-- another transaction is moving waits for the move and reads the new upline.
CREATE FUNCTION invitedesk_user_downline_insert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF NEW.parent_user_id IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(7413003);
    END IF;
    INSERT INTO user_downline (ancestor_id, descendant_id, depth)
    SELECT NEW.id, NEW.id, 0
    UNION ALL
    SELECT ancestor_id, NEW.id, depth + 1 FROM user_downline WHERE descendant_id = NEW.parent_user_id;
    RETURN NULL;
END;
$$;
-- ;;
-- A move: the moved user's subtree leaves every ancestor above it, then joins every ancestor
-- of the new upline. Moving a user under its own downline would make (x, x) twice and fails
-- on the primary key (the service refuses it before).
CREATE FUNCTION invitedesk_user_downline_move() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7413003);
    DELETE FROM user_downline l
    WHERE l.descendant_id IN (SELECT s.descendant_id FROM user_downline s WHERE s.ancestor_id = NEW.id)
      AND l.ancestor_id IN (SELECT a.ancestor_id FROM user_downline a
                            WHERE a.descendant_id = NEW.id AND a.ancestor_id <> NEW.id);
    INSERT INTO user_downline (ancestor_id, descendant_id, depth)
    SELECT a.ancestor_id, s.descendant_id, a.depth + s.depth + 1
    FROM user_downline a JOIN user_downline s ON s.ancestor_id = NEW.id
    WHERE a.descendant_id = NEW.parent_user_id;
    RETURN NULL;
END;
$$;
-- ;;
CREATE TRIGGER users_downline_insert AFTER INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION invitedesk_user_downline_insert();
-- ;;
CREATE TRIGGER users_downline_move AFTER UPDATE OF parent_user_id ON users
    FOR EACH ROW WHEN (OLD.parent_user_id IS DISTINCT FROM NEW.parent_user_id)
    EXECUTE FUNCTION invitedesk_user_downline_move();
-- ;;
-- People's logins read the downline through it (the list's visibility, row security's
-- invitedesk_downline runs as its owner); nobody but the triggers writes it.
GRANT SELECT ON user_downline TO invitedesk_app;
-- ;;
-- The downline list reads each member's invitations newest first, by inviter and by upline
-- (InvitationVisibility::candidates): (column, created_at, id) so that the newest ids come
-- from the index alone. They replace the (invited_by_id, created_at) and (parent_user_id)
-- indexes, whose prefixes they keep (countCreatedBy, the foreign keys' checks).
CREATE INDEX user_invitations_inviter_created_idx
    ON user_invitations (invited_by_id, created_at, id);
-- ;;
CREATE INDEX user_invitations_upline_created_idx
    ON user_invitations (parent_user_id, created_at, id);
-- ;;
DROP INDEX user_invitations_invited_by_idx;
-- ;;
DROP INDEX user_invitations_parent_idx;
-- ;;
ANALYZE user_downline;
