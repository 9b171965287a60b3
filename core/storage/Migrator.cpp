#include "core/storage/Migrator.h"

#include "core/storage/Transaction.h"
#include "core/storage/postgres/RowSecurityRules.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace invitedesk {

Migrator::Migrator(DatabasePtr database) : m_database(std::move(database)) {}

QList<Migrator::Migration> Migrator::migrations() const
{
    const QString dir = m_database->isPostgres() ? QStringLiteral(":/sql/postgres")
                                                 : QStringLiteral(":/sql/sqlite");
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    QList<Migration> list;
    const auto files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto m = pattern.match(file);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), m.captured(2), dir + QLatin1Char('/') + file});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion() const
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

QList<int> Migrator::shippedVersions() const
{
    QList<int> versions;
    for (const Migration& m : migrations())
        versions.append(m.version);
    return versions;
}

Result<int> Migrator::currentVersion() const
{
    auto applied = appliedVersions();
    if (!applied)
        return applied.error();
    return newestOf(applied.value());
}

int Migrator::newestOf(const QSet<int>& applied)
{
    int newest = 0;
    for (int v : applied)
        newest = std::max(newest, v);
    return newest;
}

Result<QSet<int>> Migrator::appliedVersions() const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    const QString exists =
        m_database->isPostgres()
            // to_regclass, not information_schema: that lists only tables the login may use.
            ? QStringLiteral("SELECT count(*) FROM (SELECT to_regclass('public.schema_migrations') "
                             "AS t) c WHERE t IS NOT NULL")
            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                             "'schema_migrations'");
    if (!q.exec(exists) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the schema version"));
    QSet<int> applied;
    if (q.value(0).toInt() == 0)
        return applied;
    QString sql = QStringLiteral("SELECT version FROM schema_migrations");
    if (m_database->isPostgres()) {
        // `serve`'s accept-only login reads no table: it asks the owner function (022).
        if (!q.exec(QStringLiteral("SELECT has_table_privilege('public.schema_migrations', "
                                   "'SELECT')")) ||
            !q.next())
            return Database::fromSqlError(q.lastError(),
                                          QStringLiteral("reading the schema version"));
        if (!q.value(0).toBool())
            sql = QStringLiteral("SELECT * FROM invitedesk_schema_versions()");
    }
    if (!q.exec(sql))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the schema version"));
    while (q.next())
        applied.insert(q.value(0).toInt());
    return applied;
}

Result<int> Migrator::migrate(int upTo)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    {
        QSqlQuery q(conn.value());
        const QString create =
            m_database->isPostgres()
                ? QStringLiteral("CREATE TABLE IF NOT EXISTS public.schema_migrations ("
                                 "version integer PRIMARY KEY, name text NOT NULL, "
                                 "applied_at timestamptz NOT NULL)")
                : QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                 "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                 "applied_at TEXT NOT NULL)");
        if (!q.exec(create))
            return Database::fromSqlError(q.lastError(),
                                          QStringLiteral("creating schema_migrations"));
    }
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (current.value() > latestVersion()) {
        return Error::make(Error::Code::Environment,
                           QStringLiteral("The database schema is at version %1, newer than this "
                                          "InviteDesk (version %2). Install a newer InviteDesk.")
                               .arg(current.value())
                               .arg(latestVersion()),
                           QStringLiteral("database"));
    }
    for (const Migration& m : migrations()) {
        if (m.version > upTo)
            break;
        auto r = apply(m);
        if (!r)
            return r.error();
    }
    auto after = currentVersion();
    if (!after)
        return after.error();
    if (m_database->isPostgres() && after.value() >= kDownlineClosureVersion) {
        if (auto r = installRules(); !r)
            return r.error();
    }
    return after.value();
}

Result<void> Migrator::apply(const Migration& migration)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Internal,
                           QStringLiteral("Missing migration %1").arg(migration.path));
    const QString script = QString::fromUtf8(file.readAll());

    // SQLite changes a table's columns by rebuilding it (new table, copy, drop, rename), which
    // its documentation does with foreign keys off: dropping the old table would otherwise
    // delete its rows and break the rows that reference them. The pragma is a no-op inside a
    // transaction, so it goes around it; every key is checked before the commit instead.
    struct ForeignKeysOff {
        DatabasePtr database;
        bool active = false;
        ~ForeignKeysOff()
        {
            if (!active)
                return;
            if (auto conn = database->connection())
                QSqlQuery(conn.value()).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        }
    } keysOff{m_database};
    if (!m_database->isPostgres()) {
        auto conn = m_database->connection();
        if (!conn)
            return conn.error();
        QSqlQuery off(conn.value());
        if (!off.exec(QStringLiteral("PRAGMA foreign_keys=OFF")))
            return Database::fromSqlError(off.lastError(), QStringLiteral("preparing a migration"));
        keysOff.active = true;
    }

    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(tx.db());
    if (m_database->isPostgres()) {
        // Two processes migrating at once: the second waits here, then sees the version.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7413001)")))
            return Database::fromSqlError(q.lastError(), QStringLiteral("locking for migration"));
        // After 010 every object belongs to invitedesk_owner: later migrations create theirs
        // as it (the migrating account is its member, or a superuser).
        if (migration.version > kDatabaseRolesVersion &&
            !q.exec(QStringLiteral("SET LOCAL ROLE invitedesk_owner")))
            return Database::fromSqlError(q.lastError(),
                                          QStringLiteral("acting as invitedesk_owner"));
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = ?"));
    q.addBindValue(migration.version);
    if (!q.exec() || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading schema_migrations"));
    if (q.value(0).toInt() > 0)
        return {};

    static const QRegularExpression separator(QStringLiteral("^--\\s*;;\\s*$"),
                                              QRegularExpression::MultilineOption);
    const auto statements = script.split(separator, Qt::SkipEmptyParts);
    for (const QString& raw : statements) {
        const QString sql = raw.trimmed();
        // Skip pieces that hold only comments.
        bool onlyComments = true;
        for (const QString& line : sql.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1String("--"))) {
                onlyComments = false;
                break;
            }
        }
        if (onlyComments)
            continue;
        if (!q.exec(sql)) {
            return Error::make(Error::Code::Internal,
                               QStringLiteral("Migration %1 (%2) failed: %3")
                                   .arg(migration.version)
                                   .arg(migration.name, q.lastError().text()));
        }
    }
    if (!m_database->isPostgres()) {
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return Database::fromSqlError(q.lastError(), QStringLiteral("checking foreign keys"));
        if (q.next())
            return Error::make(
                Error::Code::Internal,
                QStringLiteral("Migration %1 (%2) left a row of %3 whose "
                               "reference to %4 points nowhere.")
                    .arg(migration.version)
                    .arg(migration.name, q.value(0).toString(), q.value(2).toString()));
        q.finish();
    }
    q.prepare(QStringLiteral(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    q.addBindValue(migration.version);
    q.addBindValue(migration.name);
    q.addBindValue(m_database->timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("recording the migration"));
    return tx.commit();
}

Result<void> Migrator::installRules()
{
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(tx.db());
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7413001)")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("locking for migration"));
    if (auto r = RowSecurityRules::install(tx.db()); !r)
        return r.error();
    return tx.commit();
}

Result<void> Migrator::check() const
{
    auto applied = appliedVersions();
    if (!applied)
        return applied.error();
    const int current = newestOf(applied.value());
    const int latest = latestVersion();
    // Every migration this binary ships must be applied, not only the highest: numbers may
    // leave gaps that a later release fills (004 shipped before 003), and a database
    // migrated in between is at the top version yet misses the filled one.
    int missing = 0;
    if (current > 0 && current <= latest) {
        for (const Migration& m : migrations()) {
            if (!applied->contains(m.version) && missing == 0)
                missing = m.version;
        }
    }
    if (current < latest || missing > 0) {
        if (missing > 0 && current >= latest) {
            return Error::make(Error::Code::Environment,
                               QStringLiteral("The database schema lacks migration %1 that this "
                                              "InviteDesk needs: run `invitedesk migrate`.")
                                   .arg(missing),
                               QStringLiteral("database"));
        }
        return Error::make(
            Error::Code::Environment,
            QStringLiteral("The database schema is at version %1 but this InviteDesk "
                           "needs version %2: run `invitedesk migrate`.")
                .arg(current)
                .arg(latest),
            QStringLiteral("database"));
    }
    if (current > latest) {
        return Error::make(Error::Code::Environment,
                           QStringLiteral("The database schema is at version %1, newer than this "
                                          "InviteDesk (version %2). Install a newer InviteDesk.")
                               .arg(current)
                               .arg(latest),
                           QStringLiteral("database"));
    }
    return {};
}

} // namespace invitedesk
