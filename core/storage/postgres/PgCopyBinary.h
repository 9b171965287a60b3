#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace invitedesk::pg_copy_binary {

// Rows for `COPY ... FROM STDIN (FORMAT binary)` (PgCopy::Format::Binary): the server
// receives each value in its internal form instead of parsing text (uuid_in, timestamptz_in,
// the hex of bytea and the escapes of every field), and the client skips escaping. PgCopy
// writes the file header and trailer; a row is rowStart(fields) followed by exactly that many
// values, each of the column's exact type (uuid, text, bytea, timestamptz, integer, bigint,
// jsonb).

void rowStart(QByteArray& out, int fields);
void null(QByteArray& out);
// False (and nothing written) when `text` is not a UUID; an empty text writes NULL.
bool uuidOrNull(QByteArray& out, const QString& text);
void text(QByteArray& out, const QString& value);
void text(QByteArray& out, const char* latin1);
void textOrNull(QByteArray& out, const QString& value); // empty -> NULL
void bytea(QByteArray& out, const QByteArray& bytes);
void int4(QByteArray& out, qint32 value);
void int8(QByteArray& out, qint64 value);
void timestamptz(QByteArray& out, const QDateTime& time); // invalid -> NULL
void jsonb(QByteArray& out, const QByteArray& jsonUtf8);

} // namespace invitedesk::pg_copy_binary
