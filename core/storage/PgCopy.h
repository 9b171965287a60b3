#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace invitedesk {

// COPY ... FROM STDIN on the QPSQL connection's own PGconn (db.driver()->handle()), so it
// runs inside the caller's transaction. QPSQL has no real batch; COPY is the fast path for
// bulk writes (PITFALLS). Rows are built in PostgreSQL's text format with the append*()
// helpers: fields separated by a tab, each row ended by appendRowEnd().
class PgCopy {
public:
    // Whether this build links libpq (otherwise callers fall back to multi-row INSERTs).
    static bool isAvailable();

    static void appendText(QByteArray& out, const QString& text);
    static void appendTextOrNull(QByteArray& out, const QString& text);
    static void appendNull(QByteArray& out);
    static void appendInt(QByteArray& out, qint64 value);
    static void appendBytea(QByteArray& out, const QByteArray& bytes);
    static void appendTime(QByteArray& out, const QDateTime& time);
    static void appendSeparator(QByteArray& out) { out.append('\t'); }
    static void appendRowEnd(QByteArray& out) { out.append('\n'); }

    // Sends `rows` (text format) into table(columns). A unique violation comes back as
    // Error::Conflict, a lost connection as Error::Environment.
    static Result<void> copyIn(QSqlDatabase& db, const QString& table, const QStringList& columns,
                               const QByteArray& rows);
};

} // namespace invitedesk
