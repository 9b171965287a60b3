#include "core/storage/postgres/PgPreparedStatement.h"

#include "core/storage/Database.h"
#include "core/storage/postgres/PooledPgDriver.h"

#include <QSqlDriver>
#include <QVariant>

#include <vector>

#ifdef INVITEDESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace invitedesk {

PgPreparedStatement::PgPreparedStatement(void* conn, QByteArray name)
    : m_conn(conn), m_name(std::move(name))
{}

Error PgPreparedStatement::failureOf(void* connection, void* result, const char* what)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* conn = static_cast<PGconn*>(connection);
    auto* res = static_cast<PGresult*>(result);
    const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const bool lost = PQstatus(conn) != CONNECTION_OK ||
                      (state && Database::isConnectionState(QLatin1StringView(state)));
    if (res)
        PQclear(res);
    if (!lost) {
        return Error::make(
            Error::Code::Internal,
            QStringLiteral("Database error while %1: %2").arg(QString::fromLatin1(what), message));
    }
#else
    Q_UNUSED(connection);
    Q_UNUSED(result);
    Q_UNUSED(what);
#endif
    return Error::make(Error::Code::Environment,
                       QStringLiteral("The database connection was lost."),
                       QStringLiteral("database"));
}

std::optional<QByteArrayList> PgPreparedStatement::firstRowOf(const void* result)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    const auto* res = static_cast<const PGresult*>(result);
    if (PQntuples(res) == 0)
        return std::nullopt;
    QByteArrayList columns;
    const int count = PQnfields(res);
    columns.reserve(count);
    for (int c = 0; c < count; ++c) {
        if (PQgetisnull(res, 0, c))
            columns.append(QByteArray());
        else
            columns.append(QByteArray(PQgetvalue(res, 0, c), PQgetlength(res, 0, c)));
    }
    return columns;
#else
    Q_UNUSED(result);
    return std::nullopt;
#endif
}

// The server drops the statement with the connection; nothing to send here.
PgPreparedStatement::~PgPreparedStatement() = default;

void* PgPreparedStatement::connectionOf(const QSqlDatabase& db)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    if (const auto* pooled = qobject_cast<const PooledPgDriver*>(db.driver()))
        return pooled->connection();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // The metatype is named after the struct behind libpq's typedef on some Qt versions.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

bool PgPreparedStatement::isBroken(const QSqlDatabase& db)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* conn = static_cast<PGconn*>(connectionOf(db));
    return conn && PQstatus(conn) == CONNECTION_BAD;
#else
    Q_UNUSED(db);
    return false;
#endif
}

std::unique_ptr<PgPreparedStatement>
PgPreparedStatement::prepare(const QSqlDatabase& db, const QByteArray& name, const QByteArray& sql,
                             int parameterCount, QString* error)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    // Through a transaction pooler a named statement would stay on whichever server connection
    // prepared it: none, and the caller takes its plain path.
    if (qobject_cast<const PooledPgDriver*>(db.driver()))
        return nullptr;
    auto* conn = static_cast<PGconn*>(connectionOf(db));
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return nullptr;
    const std::vector<Oid> types(std::size_t(parameterCount), Oid(17)); // bytea
    PGresult* res =
        PQprepare(conn, name.constData(), sql.constData(), parameterCount, types.data());
    const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    // 42P05: prepared before on this connection (by an earlier owner of the thread).
    const bool ok =
        res && (PQresultStatus(res) == PGRES_COMMAND_OK || (state && qstrcmp(state, "42P05") == 0));
    if (!ok) {
        if (error)
            *error = failureOf(conn, res, "preparing a statement").message;
        else if (res)
            PQclear(res);
        return nullptr;
    }
    PQclear(res);
    return std::unique_ptr<PgPreparedStatement>(new PgPreparedStatement(conn, name));
#else
    Q_UNUSED(db);
    Q_UNUSED(name);
    Q_UNUSED(sql);
    Q_UNUSED(parameterCount);
    Q_UNUSED(error);
    return nullptr;
#endif
}

bool PgPreparedStatement::isPreparedOn(const QSqlDatabase& db) const
{
    return m_conn && connectionOf(db) == m_conn;
}

Result<std::optional<QByteArrayList>>
PgPreparedStatement::fetchFirstRow(const QByteArrayList& binaryParameters)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* conn = static_cast<PGconn*>(m_conn);
    const int n = int(binaryParameters.size());
    std::vector<const char*> values(static_cast<std::size_t>(n));
    std::vector<int> lengths(static_cast<std::size_t>(n));
    const std::vector<int> formats(static_cast<std::size_t>(n), 1);
    for (int i = 0; i < n; ++i) {
        values[std::size_t(i)] = binaryParameters[i].constData();
        lengths[std::size_t(i)] = int(binaryParameters[i].size());
    }
    PGresult* res = PQexecPrepared(conn, m_name.constData(), n, values.data(), lengths.data(),
                                   formats.data(), 0);
    if (!res || PQresultStatus(res) != PGRES_TUPLES_OK)
        return failureOf(conn, res, "reading");
    std::optional<QByteArrayList> row = firstRowOf(res);
    PQclear(res);
    return row;
#else
    Q_UNUSED(binaryParameters);
    return Error::make(Error::Code::Internal, QStringLiteral("This build has no libpq."));
#endif
}

} // namespace invitedesk
