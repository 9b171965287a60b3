#include "core/storage/postgres/PgCopy.h"

#include "core/storage/postgres/PooledPgDriver.h"

#include "core/storage/Database.h"
#include "core/storage/postgres/PgPreparedStatement.h"

#ifdef INVITEDESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace invitedesk {

namespace {
constexpr qsizetype SendThreshold = 256 * 1024;
} // namespace

bool PgCopy::isAvailable()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    return true;
#else
    return false;
#endif
}

PgCopy::PgCopy(QSqlDatabase db) : m_db(std::move(db)) {}

PgCopy::~PgCopy()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    if (m_open) {
        auto* conn = static_cast<PGconn*>(m_conn);
        PQputCopyEnd(conn, "abandoned");
        while (PGresult* r = PQgetResult(conn))
            PQclear(r);
    }
#endif
}

void PgCopy::appendText(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
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
    if (!time.isValid()) {
        appendNull(out);
        return;
    }
    // A bulk write repeats a handful of instants (now, the expiry): format each once.
    thread_local qint64 lastMs = 0;
    thread_local QByteArray lastText;
    const qint64 ms = time.toMSecsSinceEpoch();
    if (lastText.isEmpty() || ms != lastMs) {
        lastMs = ms;
        lastText = time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    }
    out.append(lastText);
}

Error PgCopy::failure(void* result)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* conn = static_cast<PGconn*>(m_conn);
    auto* res = static_cast<PGresult*>(result);
    const QString what = QStringLiteral("writing %1").arg(m_table);
    const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const QString detail =
        QString::fromUtf8(res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : nullptr);
    const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    Error e;
    if (state && qstrcmp(state, "23505") == 0) {
        e = Error::make(
            Error::Code::Conflict,
            QStringLiteral("A row already exists: %1").arg(detail.isEmpty() ? message : detail));
    } else if (PQstatus(conn) != CONNECTION_OK ||
               (state && Database::isConnectionState(QLatin1StringView(state)))) {
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
    m_open = false;
    return e;
#else
    Q_UNUSED(result);
    return Error::make(Error::Code::Internal, QStringLiteral("This build has no libpq for COPY."));
#endif
}

Result<void> PgCopy::begin(const QString& table, const QStringList& columns, Format format)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    if (m_db.driverName() != QLatin1String("QPSQL") &&
        m_db.driverName() != QLatin1String(PooledPgDriver::kName))
        return Error::make(Error::Code::Internal,
                           QStringLiteral("COPY needs a PostgreSQL connection (driver %1).")
                               .arg(m_db.driverName()));
    auto* conn = static_cast<PGconn*>(PgPreparedStatement::connectionOf(m_db));
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return Error::make(Error::Code::Environment,
                           QStringLiteral("The database connection was lost."),
                           QStringLiteral("database"));
    m_conn = conn;
    m_table = table;
    m_buffer.clear();
    // Table and column names come from the code, never from input.
    m_binary = format == Format::Binary;
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN%3")
                               .arg(table, columns.join(QStringLiteral(", ")),
                                    m_binary ? QStringLiteral(" (FORMAT binary)") : QString())
                               .toUtf8();
    PGresult* res = PQexec(conn, sql.constData());
    if (!res || PQresultStatus(res) != PGRES_COPY_IN)
        return failure(res);
    PQclear(res);
    m_open = true;
    if (m_binary) {
        // Signature, flags (no OIDs), header extension length.
        static const char header[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
        m_buffer.append(header, 19);
    }
    return {};
#else
    Q_UNUSED(table);
    Q_UNUSED(columns);
    Q_UNUSED(format);
    return Error::make(Error::Code::Internal, QStringLiteral("This build has no libpq for COPY."));
#endif
}

Result<void> PgCopy::send(bool all)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    if (!m_open)
        return Error::make(Error::Code::Internal, QStringLiteral("No COPY is open."));
    if (!all && m_buffer.size() < SendThreshold)
        return {};
    auto* conn = static_cast<PGconn*>(m_conn);
    constexpr qsizetype Piece = 1 << 20;
    for (qsizetype offset = 0; offset < m_buffer.size(); offset += Piece) {
        const int n = int(std::min(Piece, m_buffer.size() - offset));
        if (PQputCopyData(conn, m_buffer.constData() + offset, n) != 1) {
            PQputCopyEnd(conn, "client error");
            return failure(PQgetResult(conn));
        }
    }
    m_buffer.clear();
    return {};
#else
    Q_UNUSED(all);
    return Error::make(Error::Code::Internal, QStringLiteral("This build has no libpq for COPY."));
#endif
}

Result<void> PgCopy::put()
{
    return send(false);
}

Result<void> PgCopy::end()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    if (m_open && m_binary)
        m_buffer.append("\xff\xff", 2); // file trailer: a field count of -1
    if (auto r = send(true); !r)
        return r;
    auto* conn = static_cast<PGconn*>(m_conn);
    if (PQputCopyEnd(conn, nullptr) != 1)
        return failure(PQgetResult(conn));
    PGresult* res = PQgetResult(conn);
    if (!res || PQresultStatus(res) != PGRES_COMMAND_OK)
        return failure(res);
    PQclear(res);
    while (PGresult* more = PQgetResult(conn))
        PQclear(more);
    m_open = false;
    return {};
#else
    return Error::make(Error::Code::Internal, QStringLiteral("This build has no libpq for COPY."));
#endif
}

Result<void> PgCopy::copyIn(QSqlDatabase& db, const QString& table, const QStringList& columns,
                            const QByteArray& rows, Format format)
{
    PgCopy copy(db);
    if (auto r = copy.begin(table, columns, format); !r)
        return r;
    copy.buffer().append(rows);
    return copy.end();
}

} // namespace invitedesk
