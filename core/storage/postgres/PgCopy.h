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
//
// As a stream (begin, put..., end) the server inserts rows while the caller is still making
// the next ones; no other query may run on the connection between begin() and end().
class PgCopy {
public:
    // Text: rows built with the append*() helpers below. Binary: rows built with
    // core/storage/postgres/PgCopyBinary.h (no parsing on the server); begin() and end() add the
    // format's header and trailer.
    enum class Format { Text, Binary };

    explicit PgCopy(QSqlDatabase db);
    ~PgCopy(); // aborts a COPY still open
    PgCopy(const PgCopy&) = delete;
    PgCopy& operator=(const PgCopy&) = delete;

    Result<void> begin(const QString& table, const QStringList& columns,
                       Format format = Format::Text);
    // The row text to append to; put() sends it once it has grown past a few hundred KiB.
    QByteArray& buffer() { return m_buffer; }
    Result<void> put();
    // Sends what is left and waits for the server's verdict on the whole COPY. A unique
    // violation comes back as Error::Conflict, a lost connection as Error::Environment.
    Result<void> end();

    // Whether this build links libpq (otherwise callers fall back to INSERTs).
    static bool isAvailable();
    // begin + the whole text + end.
    static Result<void> copyIn(QSqlDatabase& db, const QString& table, const QStringList& columns,
                               const QByteArray& rows, Format format = Format::Text);

    static void appendText(QByteArray& out, const QString& text);
    static void appendTextOrNull(QByteArray& out, const QString& text);
    static void appendNull(QByteArray& out);
    static void appendInt(QByteArray& out, qint64 value);
    static void appendBytea(QByteArray& out, const QByteArray& bytes);
    static void appendTime(QByteArray& out, const QDateTime& time);
    static void appendSeparator(QByteArray& out) { out.append('\t'); }
    static void appendRowEnd(QByteArray& out) { out.append('\n'); }

private:
    Result<void> send(bool all);
    Error failure(void* result);

    QSqlDatabase m_db;
    void* m_conn = nullptr; // PGconn*
    QString m_table;
    QByteArray m_buffer;
    bool m_open = false;
    bool m_binary = false;
};

} // namespace invitedesk
