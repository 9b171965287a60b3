-- Counts by inviter alone and by type alone: see PostgreSQL's 020, where they are kept tables
-- folded from the same changes. SQLite serves one office, whose kept counts are a few
-- hundred rows: grouping them per read costs less than keeping two more tables would cost
-- every write (its row triggers run per invitation; an import of 100,000 took 16 % longer
-- with them). Views of the same names keep the reader's SQL the same on both.
CREATE VIEW invitation_inviter_counts AS
SELECT invited_by_id, sum(n) AS n FROM invitation_counts GROUP BY invited_by_id;
-- ;;
CREATE VIEW invitation_type_counts AS
SELECT invitation_type, status, sent, opened, delivered_via, sum(n) AS n FROM invitation_counts
GROUP BY invitation_type, status, sent, opened, delivered_via;
