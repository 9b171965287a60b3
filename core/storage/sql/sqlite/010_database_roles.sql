-- Per-person database logins exist on PostgreSQL only (see PostgreSQL's 010); the column is
-- here too so that both backends read users alike. It stays empty on SQLite.
ALTER TABLE users ADD COLUMN db_role TEXT;
-- ;;
CREATE UNIQUE INDEX users_db_role_key ON users (db_role) WHERE db_role IS NOT NULL;
