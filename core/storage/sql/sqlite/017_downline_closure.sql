-- The downline as a closure table (issue 16): one row for every (ancestor, descendant) pair of
-- the users tree, each user its own ancestor at depth 0, so that "the downline of X" is one
-- index range (ancestor_id = X) instead of a recursive walk over users.parent_user_id, and
-- the invitations of a downline can be joined through it (UserRepository::downlineCte,
-- InvitationVisibility). Kept by the triggers below on every write of users (insert, a change
-- of parent_user_id), whoever writes it; the same triggers as PostgreSQL's.
CREATE TABLE user_downline (
    ancestor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    descendant_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    depth INTEGER NOT NULL CHECK (depth >= 0),
    PRIMARY KEY (ancestor_id, descendant_id)
) WITHOUT ROWID;
-- ;;
CREATE INDEX user_downline_descendant_idx ON user_downline (descendant_id, ancestor_id);
-- ;;
-- Backfill from the tree as it stands. The depth bound only stops a cycle (which the people
-- service never makes) from running forever: a cycle fails on the primary key instead.
WITH RECURSIVE pairs(ancestor_id, descendant_id, depth) AS (
    SELECT id, id, 0 FROM users
    UNION ALL
    SELECT p.ancestor_id, u.id, p.depth + 1 FROM pairs p JOIN users u ON u.parent_user_id = p.descendant_id
    WHERE p.depth < 10000)
INSERT INTO user_downline (ancestor_id, descendant_id, depth)
SELECT ancestor_id, descendant_id, depth FROM pairs;
-- ;;
-- A new user: itself, and below every ancestor of its upline (SQLite has one writer, so no
-- lock is needed against a concurrent move).
CREATE TRIGGER users_downline_insert AFTER INSERT ON users
BEGIN
    INSERT INTO user_downline (ancestor_id, descendant_id, depth)
    SELECT NEW.id, NEW.id, 0
    UNION ALL
    SELECT ancestor_id, NEW.id, depth + 1 FROM user_downline WHERE descendant_id = NEW.parent_user_id;
END;
-- ;;
-- A move: the moved user's subtree leaves every ancestor above it, then joins every ancestor
-- of the new upline. Moving a user under its own downline would make (x, x) twice and fails
-- on the primary key (the service refuses it before).
CREATE TRIGGER users_downline_move AFTER UPDATE OF parent_user_id ON users
WHEN OLD.parent_user_id IS NOT NEW.parent_user_id
BEGIN
    DELETE FROM user_downline
    WHERE descendant_id IN (SELECT s.descendant_id FROM user_downline s WHERE s.ancestor_id = NEW.id)
      AND ancestor_id IN (SELECT a.ancestor_id FROM user_downline a
                          WHERE a.descendant_id = NEW.id AND a.ancestor_id <> NEW.id);
    INSERT INTO user_downline (ancestor_id, descendant_id, depth)
    SELECT a.ancestor_id, s.descendant_id, a.depth + s.depth + 1
    FROM user_downline a JOIN user_downline s ON s.ancestor_id = NEW.id
    WHERE a.descendant_id = NEW.parent_user_id;
END;
-- ;;
-- The downline list reads each member's invitations newest first, by inviter and by upline
-- (InvitationVisibility): (column, created_at, id). They replace the (invited_by_id,
-- created_at) and (parent_user_id) indexes, whose prefixes they keep.
CREATE INDEX user_invitations_inviter_created_idx
    ON user_invitations (invited_by_id, created_at, id);
-- ;;
CREATE INDEX user_invitations_upline_created_idx
    ON user_invitations (parent_user_id, created_at, id);
-- ;;
DROP INDEX IF EXISTS user_invitations_invited_by_idx;
-- ;;
DROP INDEX IF EXISTS user_invitations_parent_idx;
