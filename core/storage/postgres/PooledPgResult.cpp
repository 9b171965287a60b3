#include "core/storage/postgres/PooledPgResult.h"

#include "core/storage/postgres/PooledPgDriver.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>

#include <cctype>

#ifdef INVITEDESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace invitedesk {

namespace {
// Type OIDs from PostgreSQL's pg_type.dat (stable across releases).
constexpr unsigned kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26,
                   kFloat4 = 700, kFloat8 = 701, kDate = 1082, kTime = 1083, kTimestamp = 1114,
                   kTimestampTz = 1184, kNumeric = 1700;

// A character of an identifier or a dollar quote's tag (bytes of UTF-8 letters included).
bool isWordChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || u >= 0x80;
}

QMetaType::Type metaTypeOf(unsigned oid)
{
    switch (oid) {
    case kBool:
        return QMetaType::Bool;
    case kBytea:
        return QMetaType::QByteArray;
    case kInt8:
        return QMetaType::LongLong;
    case kInt2:
    case kInt4:
    case kOid:
        return QMetaType::Int;
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return QMetaType::Double;
    case kDate:
        return QMetaType::QDate;
    case kTime:
        return QMetaType::QTime;
    case kTimestamp:
    case kTimestampTz:
        return QMetaType::QDateTime;
    default:
        return QMetaType::QString; // text, uuid, json(b), arrays...
    }
}

// "2026-12-07 01:02:03.456789+00" (the session's zone is UTC) as a UTC QDateTime.
QDateTime readTimestamp(QByteArray text, bool withZone)
{
    text.replace(' ', 'T');
    qsizetype zone = withZone ? qMax(text.lastIndexOf('+'), text.lastIndexOf('-')) : -1;
    if (zone < 10) // the date's own dashes
        zone = -1;
    QByteArray offset = zone > 0 ? text.mid(zone) : QByteArray();
    QByteArray local = zone > 0 ? text.left(zone) : text;
    const qsizetype dot = local.indexOf('.');
    if (dot > 0 && local.size() - dot > 4)
        local.truncate(dot + 4); // Qt keeps milliseconds
    if (offset.size() == 3)
        offset += ":00";
    QDateTime t = QDateTime::fromString(QString::fromLatin1(local + (withZone ? offset : "Z")),
                                        Qt::ISODateWithMs);
    return t.toUTC();
}
} // namespace

PooledPgResult::PooledPgResult(const PooledPgDriver* driver) : QSqlResult(driver), m_driver(driver)
{}

PooledPgResult::~PooledPgResult()
{
    clearResult();
}

void PooledPgResult::clearResult()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    if (m_result)
        PQclear(static_cast<PGresult*>(m_result));
#endif
    m_result = nullptr;
    m_record = QSqlRecord();
}

QByteArray PooledPgResult::interpolate(const QString& sql, const QList<QByteArray>& literals,
                                       QString* error)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 64 * literals.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '\'' || c == '"') { // a string or quoted identifier ('' and "" stay inside)
            const qsizetype end = in.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? in.size() : end + 1;
            out += in.mid(i, stop - i);
            i = stop - 1;
        } else if (c == '-' && i + 1 < in.size() && in.at(i + 1) == '-') { // to the line's end
            const qsizetype end = in.indexOf('\n', i);
            const qsizetype stop = end < 0 ? in.size() : end;
            out += in.mid(i, stop - i);
            i = stop - 1;
        } else if (c == '$' && (i == 0 || !isWordChar(in.at(i - 1)))) {
            // $tag$ ... $tag$ (a $1 parameter is not one: no second $ after digits)
            const qsizetype close = in.indexOf('$', i + 1);
            const QByteArray tag = close > i ? in.mid(i, close - i + 1) : QByteArray();
            bool isTag = !tag.isEmpty();
            for (qsizetype k = 1; isTag && k + 1 < tag.size(); ++k)
                isTag = isWordChar(tag.at(k));
            const qsizetype end = isTag ? in.indexOf(tag, close + 1) : -1;
            if (end < 0) {
                out += c;
                continue;
            }
            out += in.mid(i, end + tag.size() - i);
            i = end + tag.size() - 1;
        } else if (c == '?') {
            if (next >= literals.size()) {
                *error = QStringLiteral("The statement has more placeholders than bound values.");
                return {};
            }
            out += literals.at(next++);
        } else {
            out += c;
        }
    }
    if (next < literals.size()) {
        *error = QStringLiteral("The statement has fewer placeholders than bound values.");
        return {};
    }
    return out;
}

bool PooledPgResult::prepare(const QString& query)
{
    // Nothing to send: the server keeps no statement (see PooledPgDriver).
    clearResult();
    setQuery(query);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    return true;
}

bool PooledPgResult::exec()
{
    const QVariantList values = boundValues();
    if (values.isEmpty())
        return send(lastQuery().toUtf8());
    QList<QByteArray> literals;
    literals.reserve(values.size());
    for (const QVariant& v : values)
        literals.append(m_driver->literal(v));
    QString error;
    const QByteArray sql = interpolate(lastQuery(), literals, &error);
    if (sql.isEmpty()) {
        setLastError(QSqlError(QStringLiteral("Unable to execute the statement"), error,
                               QSqlError::StatementError));
        return false;
    }
    return send(sql);
}

bool PooledPgResult::reset(const QString& query)
{
    setQuery(query);
    return send(query.toUtf8());
}

bool PooledPgResult::send(const QByteArray& sql)
{
    clearResult();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* conn = static_cast<PGconn*>(m_driver->connection());
    if (!conn) {
        setLastError(QSqlError(QStringLiteral("Unable to execute the statement"),
                               QStringLiteral("The database is not open."),
                               QSqlError::ConnectionError));
        return false;
    }
    PGresult* res = PQexec(conn, sql.constData());
    const ExecStatusType status = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        const QString message =
            QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(conn)).trimmed();
        if (res)
            PQclear(res);
        setLastError(QSqlError(QStringLiteral("Unable to execute the statement"), message,
                               PQstatus(conn) == CONNECTION_OK ? QSqlError::StatementError
                                                               : QSqlError::ConnectionError,
                               state ? QString::fromLatin1(state) : QString()));
        return false;
    }
    m_result = res;
    setSelect(status == PGRES_TUPLES_OK);
    for (int c = 0; c < PQnfields(res); ++c) {
        QSqlField field(QString::fromUtf8(PQfname(res, c)), QMetaType(metaTypeOf(PQftype(res, c))));
        m_record.append(field);
    }
    setActive(true);
    return true;
#else
    Q_UNUSED(sql);
    return false;
#endif
}

QVariant PooledPgResult::data(int column)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* res = static_cast<PGresult*>(m_result);
    if (!res || at() < 0 || column < 0 || column >= PQnfields(res))
        return {};
    const unsigned oid = PQftype(res, column);
    QMetaType::Type type = metaTypeOf(oid);
    if (oid == kNumeric && numericalPrecisionPolicy() == QSql::HighPrecision)
        type = QMetaType::QString;
    if (PQgetisnull(res, at(), column))
        return QVariant(QMetaType(type));
    const char* value = PQgetvalue(res, at(), column);
    const QByteArray text = QByteArray::fromRawData(value, PQgetlength(res, at(), column));
    switch (type) {
    case QMetaType::Bool:
        return value[0] == 't';
    case QMetaType::Int:
        return text.toInt();
    case QMetaType::LongLong:
        return text.toLongLong();
    case QMetaType::Double: {
        // As QPSQL: numeric as text only when asked for high precision; then the policy.
        const double d = text.toDouble();
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(d).toInt();
        case QSql::LowPrecisionInt64:
            return QVariant(d).toLongLong();
        default:
            return d;
        }
    }
    case QMetaType::QDate:
        return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
    case QMetaType::QTime:
        return QTime::fromString(QString::fromLatin1(text.left(12)), Qt::ISODateWithMs);
    case QMetaType::QDateTime:
        return readTimestamp(QByteArray(value), oid == kTimestampTz);
    case QMetaType::QByteArray: {
        size_t length = 0;
        unsigned char* bytes =
            PQunescapeBytea(reinterpret_cast<const unsigned char*>(value), &length);
        const QByteArray out(reinterpret_cast<const char*>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return out;
    }
    default:
        return QString::fromUtf8(text);
    }
#else
    Q_UNUSED(column);
    return {};
#endif
}

bool PooledPgResult::isNull(int column)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* res = static_cast<PGresult*>(m_result);
    return !res || at() < 0 || PQgetisnull(res, at(), column);
#else
    Q_UNUSED(column);
    return true;
#endif
}

bool PooledPgResult::fetch(int row)
{
    if (!isActive() || !isSelect() || row < 0 || row >= size())
        return false;
    setAt(row);
    return true;
}

bool PooledPgResult::fetchFirst()
{
    return fetch(0);
}

bool PooledPgResult::fetchLast()
{
    return fetch(size() - 1);
}

int PooledPgResult::size()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    return m_result && isSelect() ? PQntuples(static_cast<PGresult*>(m_result)) : -1;
#else
    return -1;
#endif
}

int PooledPgResult::numRowsAffected()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    return m_result ? QByteArray(PQcmdTuples(static_cast<PGresult*>(m_result))).toInt() : -1;
#else
    return -1;
#endif
}

QSqlRecord PooledPgResult::record() const
{
    return m_record;
}

QVariant PooledPgResult::handle() const
{
    return QVariant::fromValue(m_result);
}

void PooledPgResult::detachFromResultSet()
{
    clearResult();
    setActive(false);
}

} // namespace invitedesk
