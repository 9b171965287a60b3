#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace invitedesk {

// A protocol-level prepared statement on a QPSQL connection's own PGconn, for the few hot
// reads where QPSQL's own prepare costs too much: QPSQL sends `EXECUTE name(values)` as SQL
// text, which the server parses on every call; this sends Bind/Execute with binary
// parameters. Same connection, so it sees the caller's transaction. Built without libpq,
// prepare() returns null and callers keep their QSqlQuery path.
class PgPreparedStatement {
public:
    ~PgPreparedStatement();
    PgPreparedStatement(const PgPreparedStatement&) = delete;
    PgPreparedStatement& operator=(const PgPreparedStatement&) = delete;

    // Prepares `sql` ($1, $2, ... placeholders, all parameters bytea/binary) as `name` on
    // db's connection. Null when db is not a PostgreSQL connection or libpq is missing;
    // *error is set when the server refused the statement.
    static std::unique_ptr<PgPreparedStatement> prepare(const QSqlDatabase& db,
                                                        const QByteArray& name,
                                                        const QByteArray& sql, int parameterCount,
                                                        QString* error);
    // Whether this statement was prepared on db's current connection (a reset connection has
    // a new PGconn, without the statement).
    bool isPreparedOn(const QSqlDatabase& db) const;

    // Runs the statement with binary parameters and returns the first row's columns as text
    // (a null column as a null QByteArray), or nullopt when there is no row. A lost
    // connection is Error::Environment.
    Result<std::optional<QByteArrayList>> fetchFirstRow(const QByteArrayList& binaryParameters);

    // Shared with PgCopy and PgLookupPipeline. The PGconn* behind a QPSQL connection, or null.
    static void* connectionOf(const QSqlDatabase& db);
    // libpq knows the connection is gone (a statement on it failed for that): QPSQL still
    // calls it open, so Database::connection() asks this before handing it out again.
    static bool isBroken(const QSqlDatabase& db);
    // A PGresult's (PGRES_TUPLES_OK) first row as text columns, nullopt for no row.
    static std::optional<QByteArrayList> firstRowOf(const void* result);
    // What a failed call means (clears `result`): Error::Environment for a lost connection.
    static Error failureOf(void* conn, void* result, const char* what);

private:
    PgPreparedStatement(void* conn, QByteArray name);

    void* m_conn = nullptr; // PGconn*
    QByteArray m_name;
};

} // namespace invitedesk
