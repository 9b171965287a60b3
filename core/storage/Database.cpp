#include "core/storage/Database.h"

#include "core/io/PrivateFiles.h"
#include "core/storage/DatabaseSessions.h"
#include "core/storage/PersonLoginRepository.h"
#include "core/storage/postgres/PgPreparedStatement.h"
#include "core/storage/postgres/PooledPgDriver.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>

Q_LOGGING_CATEGORY(lcDb, "invitedesk.db", QtInfoMsg)

namespace invitedesk {

namespace {
QAtomicInt g_instanceCounter;
QMutex g_providerMutex;
Database::PasswordProvider g_passwordProvider;

// The connections one thread opened; removed when the thread ends.
struct ThreadConnections {
    QStringList names;
    // Statements kept for reuse (Database::execReusable), per connection name. They go
    // before their connection closes: a query must not outlive its driver.
    QHash<QString, QHash<QString, QSqlQuery>> statements;
    ~ThreadConnections()
    {
        statements.clear();
        for (const QString& name : std::as_const(names)) {
            database_sessions::forget(name);
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isValid())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
QThreadStorage<ThreadConnections*> g_threadConnections;

ThreadConnections& threadConnections()
{
    if (!g_threadConnections.hasLocalData())
        g_threadConnections.setLocalData(new ThreadConnections);
    return *g_threadConnections.localData();
}

// Closes and removes one of this thread's connections, if it has it.
void dropConnection(const QString& name)
{
    threadConnections().statements.remove(name);
    database_sessions::forget(name);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    threadConnections().names.removeAll(name);
}

// The database file and what SQLite keeps beside it. SQLite creates the -wal, -shm and
// -journal files with the main file's mode, so a main file that is private before the open
// keeps all of them private whatever the umask; leftovers of an older version are tightened.
void makeSqliteFilesPrivate(const QString& path)
{
    if (!PrivateFiles::ensureFile(path))
        qCWarning(lcDb) << "cannot make the database file private (0600):" << path;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = path + QLatin1String(suffix);
        if (!PrivateFiles::tightenFile(side))
            qCWarning(lcDb) << "cannot make a database file private (0600):" << side;
    }
}

QString connectionName(const QString& tag)
{
    return QStringLiteral("invitedesk-%1-%2")
        .arg(tag)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}
} // namespace

void Database::setPasswordProvider(PasswordProvider provider)
{
    QMutexLocker lock(&g_providerMutex);
    g_passwordProvider = std::move(provider);
}

Database::Database(DatabaseUrl url)
    : m_url(std::move(url)), m_instanceTag(QString::number(g_instanceCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    // Connections of other threads go when those threads end; close ours now.
    const QString name = connectionName(m_instanceTag);
    auto& mine = threadConnections();
    mine.statements.remove(name);
    if (mine.names.removeAll(name) > 0) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const QString& url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    std::shared_ptr<Database> db(new Database(parsed.value()));
    auto first = db->connection();
    if (!first)
        return first.error();
    return db;
}

Result<std::shared_ptr<Database>> Database::openAsPerson(const QString& url, const QString& email,
                                                         const QString& password)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    if (!parsed->signsInPeople())
        return Error::invalid(QStringLiteral("database"),
                              QStringLiteral("Only a PostgreSQL URL that names no user signs "
                                             "people in with their own database logins."));
    if (password.isEmpty())
        return Error::invalid(QStringLiteral("password"),
                              QStringLiteral("The password is required."));
    DatabaseUrl personal = parsed.value();
    personal.user = PersonLoginRepository::loginName(personal.database, email);
    personal.password.clear();
    std::shared_ptr<Database> db(new Database(personal));
    db->m_personSession = true;
    db->m_personPassword = password;
    auto first = db->connection();
    if (!first)
        return fromOpenError(first.error(), personal);
    return db;
}

Result<void> Database::checkPassword(const QString& password)
{
    if (password.isEmpty())
        return Error::invalid(QStringLiteral("password"),
                              QStringLiteral("The password is required."));
    Database probe(m_url);
    probe.m_personSession = true;
    probe.m_personPassword = password;
    auto opened = probe.connection();
    if (!opened)
        return fromOpenError(opened.error(), m_url);
    return {};
}

void Database::setPersonPassword(const QString& password)
{
    QMutexLocker lock(&m_personPasswordMutex);
    m_personPassword = password;
}

Error Database::fromOpenError(const Error& error, const DatabaseUrl& url)
{
    // libpq reports a refused login as text only (no SQLSTATE before a session exists). A wrong
    // password, an unknown login and a NOLOGIN (deactivated) one read alike to the person, so
    // that the answer does not tell which e-mail addresses have accounts.
    static const QLatin1String kRefused[] = {QLatin1String("password authentication failed"),
                                             QLatin1String("is not permitted to log in"),
                                             QLatin1String("SCRAM authentication"),
                                             QLatin1String("does not exist")};
    for (const auto& phrase : kRefused) {
        if (error.message.contains(phrase) && !error.message.contains(QLatin1String("database \"")))
            return Error::make(Error::Code::Unauthenticated,
                               QStringLiteral("The database refused the login %1.").arg(url.user),
                               QStringLiteral("password"));
    }
    return error;
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = connectionName(m_instanceTag);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A restarted server leaves QPSQL's connection "open"; the failed statement that met
        // it made libpq mark it bad, and the next operation gets a fresh one.
        if (db.isOpen() && !PgPreparedStatement::isBroken(db))
            return db;
        threadConnections().statements.remove(name);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        threadConnections().names.removeAll(name);
    }
    return openConnection(name);
}

void Database::resetConnection()
{
    dropConnection(connectionName(m_instanceTag));
}

bool Database::exec(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec();
}

bool Database::execReusable(QSqlQuery& query, const QSqlDatabase& db, const QString& sql,
                            const QVariantList& binds)
{
    auto& kept = threadConnections().statements[db.connectionName()];
    auto it = kept.find(sql);
    if (it == kept.end()) {
        if (kept.size() >= 64) // dynamic SQL (filters) must not grow this without bound
            kept.clear();
        QSqlQuery fresh(db);
        fresh.setForwardOnly(true);
        if (!fresh.prepare(sql)) {
            query = fresh;
            return false;
        }
        it = kept.insert(sql, fresh);
    }
    query = it.value();
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (query.exec())
        return true;
    // A failed statement may be gone on the server (a lost connection): prepare it anew.
    kept.remove(sql);
    return false;
}

Result<QSqlDatabase> Database::extraConnection(const QString& purpose)
{
    closeExtraConnection(purpose);
    return openConnection(connectionName(m_instanceTag + QLatin1Char('-') + purpose));
}

Result<QSqlDatabase> Database::listenConnection(const QString& purpose)
{
    closeExtraConnection(purpose);
    return openConnection(connectionName(m_instanceTag + QLatin1Char('-') + purpose), true);
}

bool Database::isTransactionPooled() const
{
    return isPostgres() && m_url.transactionPooling;
}

void Database::closeExtraConnection(const QString& purpose)
{
    dropConnection(connectionName(m_instanceTag + QLatin1Char('-') + purpose));
}

Result<QSqlDatabase> Database::openConnection(const QString& name, bool direct)
{
    const bool pg = isPostgres();
    // Through a transaction pooler every connection but LISTEN's keeps no session state.
    const bool pooled = isTransactionPooled() && !direct;
    if (pooled && !PooledPgDriver::registerDriver()) {
        return Error::make(Error::Code::Environment,
                           QStringLiteral("pooling=transaction needs an InviteDesk built with "
                                          "libpq."),
                           QStringLiteral("database"));
    }
    const QString driver = pooled ? QString::fromLatin1(PooledPgDriver::kName)
                           : pg   ? QStringLiteral("QPSQL")
                                  : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error::make(Error::Code::Environment,
                           QStringLiteral("The Qt SQL driver %1 is not installed (on Debian: %2).")
                               .arg(driver, pg ? QStringLiteral("libqt6sql6-psql")
                                               : QStringLiteral("libqt6sql6-sqlite")),
                           QStringLiteral("database"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    threadConnections().names.append(name);
    if (pg) {
        const bool straight = direct && isTransactionPooled();
        db.setHostName(straight && !m_url.listenHost.isEmpty() ? m_url.listenHost : m_url.host);
        db.setPort(straight ? m_url.listenPort : m_url.port);
        db.setDatabaseName(m_url.database);
        if (!m_url.user.isEmpty())
            db.setUserName(m_url.user);
        const auto env = QProcessEnvironment::systemEnvironment();
        QString password = m_url.password;
        // A person's session has their password only: nobody else's may stand in for it.
        if (m_personSession) {
            QMutexLocker lock(&m_personPasswordMutex);
            password = m_personPassword;
        } else if (password.isEmpty()) {
            password = env.value(QStringLiteral("INVITEDESK_DB_PASSWORD"));
            if (password.isEmpty())
                password = env.value(QStringLiteral("PGPASSWORD"));
            if (password.isEmpty()) {
                QMutexLocker lock(&g_providerMutex);
                if (g_passwordProvider)
                    password = g_passwordProvider(m_url);
            }
        }
        if (!password.isEmpty())
            db.setPassword(password);
        QStringList options = {QStringLiteral("connect_timeout=10"),
                               QStringLiteral("application_name=invitedesk")};
        // No sslmode and a host beyond this machine: verify-full, not libpq's "prefer",
        // which falls back to clear text when someone on the path refuses TLS.
        const QString sslmode = m_url.effectiveSslmode();
        if (!sslmode.isEmpty())
            options.append(QStringLiteral("sslmode=") + sslmode);
        if (!m_url.sslrootcert.isEmpty())
            options.append(QStringLiteral("sslrootcert=") + m_url.sslrootcert);
        db.setConnectOptions(options.join(QLatin1Char(';')));
    } else {
        // A folder made for the database is private; one that exists may be anyone's.
        PrivateFiles::makeFolder(QFileInfo(m_url.path).absolutePath(), false);
        makeSqliteFilesPrivate(m_url.path);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    }
    if (!db.open()) {
        QString reason = db.lastError().text().trimmed();
        if (pg && m_url.sslmode.isEmpty() && !m_url.effectiveSslmode().isEmpty())
            reason += QStringLiteral(" (a database beyond this machine is reached with "
                                     "sslmode=verify-full unless the URL says otherwise: give "
                                     "the server's CA certificate with sslrootcert=PATH, or "
                                     "set sslmode in the URL)");
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        threadConnections().names.removeAll(name);
        return Error::make(
            Error::Code::Environment,
            QStringLiteral("Cannot open the database %1: %2").arg(m_url.display(), reason),
            QStringLiteral("database"));
    }
    QSqlQuery setup(db);
    // On PostgreSQL the server's process id comes back with the session's settings (one round
    // trip): the change announcements say which session made a change (DatabaseSessions).
    // No JIT: its compiling, triggered by a plan's estimated cost, added 0.3 s to a master
    // distributor's statistics at a million rows (docs/performance.md) and helps none of
    // these short reads.
    // Through a pooler the session is not this connection's: its settings would stay with a
    // server connection that other clients get next. The pooler sets the time zone from the
    // startup packet instead (PGTZ, PooledPgDriver::registerDriver), and there is no server
    // process to remember.
    const QStringList statements =
        pooled ? QStringList{}
        : pg   ? QStringList{QStringLiteral("SELECT pg_backend_pid(), "
                                              "set_config('TimeZone', 'UTC', false), "
                                              "set_config('jit', 'off', false)")}
               : QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
                           QStringLiteral("PRAGMA foreign_keys=ON"),
                           QStringLiteral("PRAGMA synchronous=NORMAL"),
                           // What is deleted or overwritten is zeroed,
                           // not left in free pages of the file.
                           QStringLiteral("PRAGMA secure_delete=ON")};
    for (const QString& sql : statements) {
        if (!setup.exec(sql)) {
            return Error::make(Error::Code::Environment,
                               QStringLiteral("Cannot prepare the database connection: %1")
                                   .arg(setup.lastError().text()),
                               QStringLiteral("database"));
        }
    }
    if (pg && !pooled && setup.next())
        database_sessions::remember(name, setup.value(0).toInt());
    // WAL is on now and its files exist; they took the main file's mode (checked anyway).
    if (!pg)
        makeSqliteFilesPrivate(m_url.path);
    qCDebug(lcDb) << "opened" << m_url.display() << "as" << name;
    return db;
}

QVariant Database::timeValue(const QDateTime& t) const
{
    if (!t.isValid())
        return QVariant(QMetaType(isPostgres() ? QMetaType::QDateTime : QMetaType::QString));
    if (isPostgres())
        return t.toUTC();
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Database::readTime(const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return {};
    switch (v.metaType().id()) {
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC();
    case QMetaType::LongLong:
    case QMetaType::ULongLong: // QPSQL's bigint when not negative
        // Milliseconds since the epoch, as PostgreSQL reads give them where many rows are
        // read (invitation_rows::select): no text to parse, no local time zone.
        // Qt::UTC, as toUTC() gives: a QTimeZone made the value a heap object on Qt 6.4
        // (2.3 times the desk's memory with a million rows loaded).
        return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
    default:
        break;
    }
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

bool Database::isConnectionState(QLatin1StringView sqlState)
{
    // SQLSTATE class 08 (connection exception), 57P01..57P03 (server shutting down/starting).
    return sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P"));
}

bool Database::isConnectionError(const QSqlError& error)
{
    const QByteArray state = error.nativeErrorCode().toLatin1();
    if (isConnectionState(QLatin1StringView(state)))
        return true;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    // The server's own errors carry an SQLSTATE (SQLite's its code). Text from the database
    // without one is libpq's own: the connection broke before the server could answer (a
    // restart's "terminating connection due to administrator command" arrives this way).
    return state.isEmpty() && !error.databaseText().isEmpty();
}

bool Database::isUniqueViolation(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("23505"))
        return true;
    // SQLite: SQLITE_CONSTRAINT_UNIQUE (2067) / PRIMARYKEY (1555), or the message.
    return code == QLatin1String("2067") || code == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

Error Database::fromSqlError(const QSqlError& error, const QString& what)
{
    if (isConnectionError(error)) {
        return Error::make(Error::Code::Environment,
                           QStringLiteral("The database is unreachable while %1: %2")
                               .arg(what, error.databaseText().trimmed()),
                           QStringLiteral("database"));
    }
    qCWarning(lcDb) << "SQL error while" << what << error.nativeErrorCode() << error.databaseText();
    // insufficient_privilege: a person's own login met a grant or a row-security rule.
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return Error::make(Error::Code::NotPermitted,
                           QStringLiteral("Your database login may not do this (%1: %2). Ask IT to "
                                          "run it with a service account.")
                               .arg(what, error.databaseText().trimmed()));
    return Error::make(
        Error::Code::Internal,
        QStringLiteral("Database error while %1: %2").arg(what, error.databaseText().trimmed()));
}

} // namespace invitedesk
