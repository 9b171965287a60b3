#include "core/storage/PgCopy.h"

#include <QSqlDriver>
#include <QVariant>

#ifdef INVITEDESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace invitedesk {

bool PgCopy::isAvailable()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    return true;
#else
    return false;
#endif
}

void PgCopy::appendText(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
}

void PgCopy::appendTextOrNull(QByteArray& out, const QString& text)
{
    if (text.isEmpty())
        appendNull(out);
    else
        appendText(out, text);
}

void PgCopy::appendNull(QByteArray& out)
{
    out.append("\\N");
}

void PgCopy::appendInt(QByteArray& out, qint64 value)
{
    out.append(QByteArray::number(value));
}

void PgCopy::appendBytea(QByteArray& out, const QByteArray& bytes)
{
    // bytea hex input "\x..." with the backslash escaped for the COPY text format.
    out.append("\\\\x");
    out.append(bytes.toHex());
}

void PgCopy::appendTime(QByteArray& out, const QDateTime& time)
{
    if (!time.isValid())
        appendNull(out);
    else
        out.append(time.toUTC().toString(Qt::ISODateWithMs).toLatin1());
}

Result<void> PgCopy::copyIn(QSqlDatabase& db, const QString& table, const QStringList& columns,
                            const QByteArray& rows)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // The metatype is named after the struct behind libpq's typedef on some Qt versions.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return Error::make(Error::Code::Internal,
                           QStringLiteral("COPY needs a PostgreSQL connection (driver handle %1).")
                               .arg(QString::fromLatin1(handle.typeName())));
    PGconn* conn = *static_cast<PGconn* const*>(handle.constData());
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return Error::make(Error::Code::Environment,
                           QStringLiteral("The database connection was lost."),
                           QStringLiteral("database"));

    // Table and column names come from the code, never from input.
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                               .arg(table, columns.join(QStringLiteral(", ")))
                               .toUtf8();
    auto failure = [&](PGresult* res, const QString& what) -> Error {
        const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        const QString detail =
            QString::fromUtf8(res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : nullptr);
        const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        Error e;
        if (state && qstrcmp(state, "23505") == 0) {
            e = Error::make(Error::Code::Conflict, QStringLiteral("A row already exists: %1")
                                                       .arg(detail.isEmpty() ? message : detail));
        } else if (PQstatus(conn) != CONNECTION_OK ||
                   (state && state[0] == '0' && state[1] == '8')) {
            e = Error::make(Error::Code::Environment,
                            QStringLiteral("The database connection was lost while %1.").arg(what),
                            QStringLiteral("database"));
        } else {
            e = Error::make(Error::Code::Internal,
                            QStringLiteral("The database refused %1: %2").arg(what, message));
        }
        if (res)
            PQclear(res);
        // Drain what is left so the connection is usable for ROLLBACK.
        while (PGresult* more = PQgetResult(conn))
            PQclear(more);
        return e;
    };

    const QString what = QStringLiteral("writing %1").arg(table);
    PGresult* res = PQexec(conn, sql.constData());
    if (!res || PQresultStatus(res) != PGRES_COPY_IN)
        return failure(res, what);
    PQclear(res);

    constexpr qsizetype Piece = 1 << 20;
    for (qsizetype offset = 0; offset < rows.size(); offset += Piece) {
        const int n = int(std::min(Piece, rows.size() - offset));
        if (PQputCopyData(conn, rows.constData() + offset, n) != 1) {
            PQputCopyEnd(conn, "client error");
            return failure(PQgetResult(conn), what);
        }
    }
    if (PQputCopyEnd(conn, nullptr) != 1)
        return failure(PQgetResult(conn), what);
    res = PQgetResult(conn);
    if (!res || PQresultStatus(res) != PGRES_COMMAND_OK)
        return failure(res, what);
    PQclear(res);
    while (PGresult* more = PQgetResult(conn))
        PQclear(more);
    return {};
#else
    Q_UNUSED(db);
    Q_UNUSED(table);
    Q_UNUSED(columns);
    Q_UNUSED(rows);
    return Error::make(Error::Code::Internal, QStringLiteral("This build has no libpq for COPY."));
#endif
}

} // namespace invitedesk
