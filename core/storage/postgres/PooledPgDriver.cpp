#include "core/storage/postgres/PooledPgDriver.h"

#include "core/storage/postgres/PooledPgResult.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QUuid>

#include <mutex>
#include <vector>

#ifdef INVITEDESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace invitedesk {

bool PooledPgDriver::registerDriver()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    static std::once_flag once;
    std::call_once(once, [] {
        // The session's time zone must be UTC (Database sets it on its own connections), but a
        // SET would stay with a server connection that others get next. libpq sends PGTZ in
        // the startup packet instead, and PgBouncer sets it for this client's transactions.
        qputenv("PGTZ", "UTC");
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kName),
                                        new QSqlDriverCreator<PooledPgDriver>);
    });
    return true;
#else
    return false;
#endif
}

PooledPgDriver::PooledPgDriver(QObject* parent) : QSqlDriver(parent) {}

PooledPgDriver::~PooledPgDriver()
{
    close();
}

bool PooledPgDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case QuerySize:
    case BLOB:
    case Unicode:
    case PreparedQueries: // kept client-side; see the class comment
    case PositionalPlaceholders:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool PooledPgDriver::open(const QString& db, const QString& user, const QString& password,
                          const QString& host, int port, const QString& connectOptions)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    close();
    // libpq's own keywords; the connect options come as "key=value;key=value" like QPSQL's.
    QList<QByteArray> keys = {"host", "dbname", "client_encoding"};
    QList<QByteArray> values = {host.toUtf8(), db.toUtf8(), "UTF8"};
    if (port > 0) {
        keys << "port";
        values << QByteArray::number(port);
    }
    if (!user.isEmpty()) {
        keys << "user";
        values << user.toUtf8();
    }
    if (!password.isEmpty()) {
        keys << "password";
        values << password.toUtf8();
    }
    for (const QString& option : connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        keys << option.section(QLatin1Char('='), 0, 0).trimmed().toUtf8();
        values << option.section(QLatin1Char('='), 1).trimmed().toUtf8();
    }
    std::vector<const char*> k;
    std::vector<const char*> v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys.at(i).constData());
        v.push_back(values.at(i).constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    PGconn* conn = PQconnectdbParams(k.data(), v.data(), 0);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        setLastError(
            QSqlError(QStringLiteral("Unable to connect"),
                      QString::fromUtf8(conn ? PQerrorMessage(conn) : "out of memory").trimmed(),
                      QSqlError::ConnectionError));
        if (conn)
            PQfinish(conn);
        setOpenError(true);
        return false;
    }
    m_conn = conn;
    setOpen(true);
    setOpenError(false);
    return true;
#else
    Q_UNUSED(db);
    Q_UNUSED(user);
    Q_UNUSED(password);
    Q_UNUSED(host);
    Q_UNUSED(port);
    Q_UNUSED(connectOptions);
    setLastError(QSqlError(QStringLiteral("Unable to connect"),
                           QStringLiteral("This build has no libpq for pooled connections."),
                           QSqlError::ConnectionError));
    setOpenError(true);
    return false;
#endif
}

void PooledPgDriver::close()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    if (m_conn)
        PQfinish(static_cast<PGconn*>(m_conn));
#endif
    m_conn = nullptr;
    setOpen(false);
}

QSqlResult* PooledPgDriver::createResult() const
{
    return new PooledPgResult(this);
}

bool PooledPgDriver::run(const char* sql)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* conn = static_cast<PGconn*>(m_conn);
    PGresult* res = conn ? PQexec(conn, sql) : nullptr;
    const bool ok = res && PQresultStatus(res) == PGRES_COMMAND_OK;
    if (!ok) {
        setLastError(
            QSqlError(QString::fromLatin1(sql),
                      QString::fromUtf8(conn ? PQerrorMessage(conn) : "not open").trimmed(),
                      QSqlError::TransactionError));
    }
    if (res)
        PQclear(res);
    return ok;
#else
    Q_UNUSED(sql);
    return false;
#endif
}

bool PooledPgDriver::beginTransaction()
{
    return run("BEGIN");
}

bool PooledPgDriver::commitTransaction()
{
    return run("COMMIT");
}

bool PooledPgDriver::rollbackTransaction()
{
    return run("ROLLBACK");
}

QByteArray PooledPgDriver::literal(const QVariant& value) const
{
    if (value.isNull() || !value.isValid())
        return QByteArrayLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("TRUE") : QByteArrayLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort: {
        // A negative number in parentheses: "x - -1" would start a comment.
        const QByteArray n = value.toString().toLatin1();
        return n.startsWith('-') ? '(' + n + ')' : n;
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (qIsNaN(d))
            return QByteArrayLiteral("'NaN'");
        if (qIsInf(d))
            return d > 0 ? QByteArrayLiteral("'Infinity'") : QByteArrayLiteral("'-Infinity'");
        const QByteArray n = QByteArray::number(d, 'g', 17);
        return n.startsWith('-') ? '(' + n + ')' : n;
    }
    case QMetaType::QDateTime:
        return "TIMESTAMP WITH TIME ZONE '" +
               value.toDateTime()
                   .toUTC()
                   .toString(QStringLiteral("yyyy-MM-ddThh:mm:ss.zzz"))
                   .toLatin1() +
               "Z'";
    case QMetaType::QDate:
        return '\'' + value.toDate().toString(Qt::ISODate).toLatin1() + '\'';
    case QMetaType::QTime:
        return '\'' + value.toTime().toString(Qt::ISODateWithMs).toLatin1() + '\'';
    default:
        break;
    }
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* conn = static_cast<PGconn*>(m_conn);
    if (conn && value.metaType().id() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        size_t length = 0;
        unsigned char* escaped = PQescapeByteaConn(
            conn, reinterpret_cast<const unsigned char*>(bytes.constData()), bytes.size(), &length);
        // length counts the terminating zero.
        QByteArray out = '\'' +
                         QByteArray(reinterpret_cast<const char*>(escaped),
                                    qsizetype(length > 0 ? length - 1 : 0)) +
                         "'::bytea";
        PQfreemem(escaped);
        return out;
    }
    const QByteArray text = value.metaType().id() == QMetaType::QUuid
                                ? value.toUuid().toString(QUuid::WithoutBraces).toUtf8()
                                : value.toString().toUtf8();
    if (conn) {
        char* escaped = PQescapeLiteral(conn, text.constData(), size_t(text.size()));
        if (escaped) {
            QByteArray out(escaped);
            PQfreemem(escaped);
            return out;
        }
    }
#endif
    // No connection to escape with: the statement would fail anyway; never send raw text.
    return QByteArrayLiteral("NULL");
}

QString PooledPgDriver::formatValue(const QSqlField& field, bool) const
{
    return QString::fromUtf8(literal(field.isNull() ? QVariant() : field.value()));
}

QString PooledPgDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QVariant PooledPgDriver::handle() const
{
    return QVariant::fromValue(m_conn);
}

} // namespace invitedesk
