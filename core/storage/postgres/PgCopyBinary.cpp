#include "core/storage/postgres/PgCopyBinary.h"

#include <QUuid>
#include <QtEndian>

namespace invitedesk::pg_copy_binary {

namespace {
void be32(QByteArray& out, qint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void be16(QByteArray& out, qint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

// Microseconds between 1970-01-01 and PostgreSQL's epoch, 2000-01-01 (UTC).
constexpr qint64 PgEpochOffsetUs = 946684800LL * 1000000LL;
} // namespace

void rowStart(QByteArray& out, int fields)
{
    be16(out, qint16(fields));
}

void null(QByteArray& out)
{
    be32(out, -1);
}

bool uuidOrNull(QByteArray& out, const QString& text)
{
    if (text.isEmpty()) {
        null(out);
        return true;
    }
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return false;
    be32(out, 16);
    out.append(id.toRfc4122());
    return true;
}

void text(QByteArray& out, const QString& value)
{
    const qsizetype lengthAt = out.size();
    be32(out, 0);
    out.append(value.toUtf8());
    qToBigEndian(qint32(out.size() - lengthAt - 4), out.data() + lengthAt);
}

void text(QByteArray& out, const char* latin1)
{
    const qint32 n = qint32(qstrlen(latin1));
    be32(out, n);
    out.append(latin1, n);
}

void textOrNull(QByteArray& out, const QString& value)
{
    if (value.isEmpty())
        null(out);
    else
        text(out, value);
}

void bytea(QByteArray& out, const QByteArray& bytes)
{
    be32(out, qint32(bytes.size()));
    out.append(bytes);
}

void int4(QByteArray& out, qint32 value)
{
    be32(out, 4);
    be32(out, value);
}

void int8(QByteArray& out, qint64 value)
{
    be32(out, 8);
    char b[8];
    qToBigEndian(value, b);
    out.append(b, 8);
}

void timestamptz(QByteArray& out, const QDateTime& time)
{
    if (!time.isValid()) {
        null(out);
        return;
    }
    be32(out, 8);
    char b[8];
    qToBigEndian(qint64(time.toMSecsSinceEpoch() * 1000 - PgEpochOffsetUs), b);
    out.append(b, 8);
}

void jsonb(QByteArray& out, const QByteArray& jsonUtf8)
{
    be32(out, qint32(jsonUtf8.size() + 1));
    out.append(char(1)); // jsonb's binary format version
    out.append(jsonUtf8);
}

} // namespace invitedesk::pg_copy_binary
