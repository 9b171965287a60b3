#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <QSet>

#include <limits>

namespace invitedesk {

// Versioned migrations from :/sql/<dialect>/NNN_name.sql, each applied in its own
// transaction and recorded in schema_migrations.
class Migrator {
public:
    explicit Migrator(DatabasePtr database);

    // Highest migration this binary ships.
    int latestVersion() const;
    // Every migration this binary ships, in order; numbers may leave gaps.
    QList<int> shippedVersions() const;
    // Version the database is at (0 when it has no schema_migrations table).
    Result<int> currentVersion() const;
    // Applies every missing migration up to `upTo` (all by default; tests stop early to
    // upgrade a database holding data). Refuses a database newer than this binary.
    Result<int> migrate(int upTo = std::numeric_limits<int>::max());
    // For commands other than `migrate`: Error::Environment when the schema is older
    // ("run invitedesk migrate") or newer (names both versions) than this binary.
    Result<void> check() const;

private:
    // The versions recorded in schema_migrations (none before the first migration).
    Result<QSet<int>> appliedVersions() const;
    static int newestOf(const QSet<int>& applied);
    struct Migration {
        int version;
        QString name;
        QString path;
    };
    QList<Migration> migrations() const;
    Result<void> apply(const Migration& migration);
    // PostgreSQL from 010 on: the rules row-level security reads (RowSecurityRules), written
    // after every migrate so that a new release's matrix reaches the database. The downline
    // rule reads the closure table of 017, so they are written from that version on (a
    // database left at 010-016, which only the migrations' tests make, keeps 010's
    // placeholders: its people's logins see nothing).
    Result<void> installRules();
    static constexpr int kDatabaseRolesVersion = 10;
    static constexpr int kDownlineClosureVersion = 17;

    DatabasePtr m_database;
};

} // namespace invitedesk
