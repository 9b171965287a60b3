#pragma once

#include "core/Error.h"
#include "core/settings/DatabaseUrl.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace invitedesk {

// One database, reached from any thread: each thread gets its own QSqlDatabase connection,
// opened on first use in that thread and removed when the thread ends (QtSql connections
// must not cross threads). Shared by services through std::shared_ptr.
class Database : public std::enable_shared_from_this<Database> {
public:
    // Where a PostgreSQL password comes from when neither the URL nor the environment has
    // one (the desktop app plugs the OS keychain in here). Returns empty for "none".
    using PasswordProvider = std::function<QString(const DatabaseUrl&)>;
    static void setPasswordProvider(PasswordProvider provider);

    // Parses the URL and opens a first connection on the calling thread, so a wrong URL or an
    // unreachable server is reported here (Error::Environment), not on first use.
    static Result<std::shared_ptr<Database>> open(const QString& url);
    // A PostgreSQL URL that names no user, opened as the signed-in person's own login
    // (users.db_role, named from the database and `email`: PersonLoginRepository::loginName)
    // with their password, which PostgreSQL checks. Unauthenticated (field "password") when
    // the server refuses the login or the password; never falls back to another password.
    static Result<std::shared_ptr<Database>> openAsPerson(const QString& url, const QString& email,
                                                          const QString& password);
    ~Database();

    Backend backend() const { return m_url.backend; }
    bool isPostgres() const { return m_url.backend == Backend::Postgres; }
    // Connected as a person's own login (openAsPerson): row security and the grants of
    // invitedesk_app apply, and audit events go through invitedesk_person_audit_append.
    bool isPersonSession() const { return m_personSession; }
    // Whether `password` opens this session's login now (the idle lock's check in a person
    // session): a connection of its own, closed at once.
    Result<void> checkPassword(const QString& password);
    // The person changed their password: connections opened from now on use the new one.
    void setPersonPassword(const QString& password);
    const DatabaseUrl& url() const { return m_url; }

    // This thread's connection, opened (or reopened after a lost server) if needed.
    Result<QSqlDatabase> connection();
    // Drops this thread's connection so the next connection() opens a fresh one; used after
    // a connection-class error (server restarted, network dropped).
    void resetConnection();
    // A second connection of the calling thread's, for work that must not share the first
    // (the acceptance handler's pipelined lookups). Same settings; closed by
    // closeExtraConnection() or when the thread ends.
    Result<QSqlDatabase> extraConnection(const QString& purpose);
    // The same, for LISTEN: straight to PostgreSQL (listen_host/listen_port) when the URL's
    // host is a transaction pooler, which would hand the session's LISTEN to any client.
    Result<QSqlDatabase> listenConnection(const QString& purpose);
    // The URL says pooling=transaction: connections keep no session state (PooledPgDriver).
    bool isTransactionPooled() const;
    void closeExtraConnection(const QString& purpose);

    // Prepares `sql` on q, binds `binds` in order and executes it; false on error (q holds it).
    static bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds);
    // Runs `sql` with `binds` through the calling thread's statement for it on `db`,
    // prepared on first use and kept with the connection (forward-only). For the reads
    // serve runs on every request: QPSQL otherwise sends PREPARE, EXECUTE and DEALLOCATE,
    // and the server plans the query, on every call. `query` shares the kept statement: read
    // its rows, then finish() it, before running the same SQL again on this thread.
    static bool execReusable(QSqlQuery& query, const QSqlDatabase& db, const QString& sql,
                             const QVariantList& binds);

    // Values for bound parameters and back: timestamps are timestamptz on PostgreSQL and
    // ISO-8601 UTC text with milliseconds on SQLite.
    QVariant timeValue(const QDateTime& t) const;
    static QDateTime readTime(const QVariant& v);
    QVariant boolValue(bool b) const { return isPostgres() ? QVariant(b) : QVariant(b ? 1 : 0); }
    static QVariant textOrNull(const QString& s)
    {
        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
    }
    static QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }

    // Rows per multi-row INSERT: large on PostgreSQL (QPSQL has no real batch), small on
    // SQLite, whose Qt driver slows down with the square of the parameters per statement.
    int insertChunkRows() const { return isPostgres() ? 200 : 16; }

    // Classifies driver errors: a lost connection, or a unique/check violation.
    static bool isConnectionError(const QSqlError& error);
    // The SQLSTATEs of a lost or ended session (for code reading libpq results directly).
    static bool isConnectionState(QLatin1StringView sqlState);
    static bool isUniqueViolation(const QSqlError& error);
    static Error fromSqlError(const QSqlError& error, const QString& what);

private:
    explicit Database(DatabaseUrl url);
    Result<QSqlDatabase> openConnection(const QString& name, bool direct = false);

    static Error fromOpenError(const Error& error, const DatabaseUrl& url);

    DatabaseUrl m_url;
    QString m_instanceTag;
    bool m_personSession = false;
    // A person session's password (never in m_url, which url() hands out); read by every
    // thread that opens a connection, changed by setPersonPassword.
    mutable QMutex m_personPasswordMutex;
    QString m_personPassword;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace invitedesk
