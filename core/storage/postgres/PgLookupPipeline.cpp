#include "core/storage/postgres/PgLookupPipeline.h"

#include "core/storage/postgres/PgPreparedStatement.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QSocketNotifier>

#ifdef INVITEDESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

#if defined(INVITEDESK_HAVE_LIBPQ) && defined(LIBPQ_HAS_PIPELINING)
#define INVITEDESK_PG_PIPELINE 1
#endif

Q_LOGGING_CATEGORY(lcPipeline, "invitedesk.storage.pipeline")

namespace invitedesk {

namespace {
QAtomicInt g_pipelines;
const char* const kStatement = "invitedesk_pipelined_lookup";

Error unreachable()
{
    return Error::make(Error::Code::Environment,
                       QStringLiteral("The database cannot be reached right now."),
                       QStringLiteral("database"));
}
} // namespace

PgLookupPipeline::PgLookupPipeline(DatabasePtr database, QByteArray sql)
    : m_database(std::move(database)), m_sql(std::move(sql)),
      // Several pipelines may share a thread and a database (two handlers in one test).
      m_purpose(QStringLiteral("lookup-pipeline-%1").arg(g_pipelines.fetchAndAddRelaxed(1)))
{}

PgLookupPipeline::~PgLookupPipeline()
{
    disconnectNow();
    // Nobody may wait forever on a lookup: whatever is left is answered with an error.
    std::deque<Lookup> left;
    left.swap(m_queue);
    for (auto& l : m_unsent)
        left.push_back(std::move(l));
    m_unsent.clear();
    for (auto& l : left)
        l.done(unreachable());
}

std::unique_ptr<PgLookupPipeline> PgLookupPipeline::open(DatabasePtr database, QByteArray sql,
                                                         QString* error)
{
#ifdef INVITEDESK_PG_PIPELINE
    // Its statement is prepared once and kept: not through a transaction pooler.
    if (!database || !database->isPostgres() || database->isTransactionPooled())
        return nullptr;
    std::unique_ptr<PgLookupPipeline> pipeline(
        new PgLookupPipeline(std::move(database), std::move(sql)));
    if (!pipeline->connect(error))
        return nullptr;
    return pipeline;
#else
    Q_UNUSED(database);
    Q_UNUSED(sql);
    Q_UNUSED(error);
    return nullptr;
#endif
}

bool PgLookupPipeline::connect(QString* error)
{
#ifdef INVITEDESK_PG_PIPELINE
    disconnectNow();
    auto db = m_database->extraConnection(m_purpose);
    if (!db) {
        *error = db.error().message;
        return false;
    }
    auto* conn = static_cast<PGconn*>(PgPreparedStatement::connectionOf(db.value()));
    if (!conn) {
        *error = QStringLiteral("The PostgreSQL driver gave no connection handle.");
        m_database->closeExtraConnection(m_purpose);
        return false;
    }
    // Prepared once on the connection; the statement object itself is not needed.
    if (!PgPreparedStatement::prepare(db.value(), kStatement, m_sql, 1, error)) {
        if (error->isEmpty())
            *error = QStringLiteral("The lookup could not be prepared.");
        m_database->closeExtraConnection(m_purpose);
        return false;
    }
    if (PQsetnonblocking(conn, 1) != 0 || PQenterPipelineMode(conn) != 1) {
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        m_database->closeExtraConnection(m_purpose);
        return false;
    }
    m_conn = conn;
    const int socket = PQsocket(conn);
    m_read = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
    QObject::connect(m_read.get(), &QSocketNotifier::activated, this,
                     &PgLookupPipeline::onReadable);
    m_write = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Write);
    m_write->setEnabled(false);
    QObject::connect(m_write.get(), &QSocketNotifier::activated, this,
                     &PgLookupPipeline::flushOutput);
    return true;
#else
    *error = QStringLiteral("This build has no libpq pipeline mode.");
    return false;
#endif
}

void PgLookupPipeline::disconnectNow()
{
    m_read.reset();
    m_write.reset();
    if (m_conn) {
        m_conn = nullptr;
        m_database->closeExtraConnection(m_purpose); // PQfinish through QPSQL
    }
}

void PgLookupPipeline::fetchFirstRow(QByteArray binaryParameter, Callback done)
{
    m_unsent.push_back(Lookup{std::move(binaryParameter), std::move(done)});
    scheduleSend();
}

void PgLookupPipeline::scheduleSend()
{
    if (m_sendScheduled)
        return;
    m_sendScheduled = true;
    // Posted, so every lookup asked for while this pass of the event loop handles the
    // sockets that are ready goes out in one write.
    QMetaObject::invokeMethod(this, &PgLookupPipeline::sendQueued, Qt::QueuedConnection);
}

void PgLookupPipeline::sendQueued()
{
#ifdef INVITEDESK_PG_PIPELINE
    m_sendScheduled = false;
    if (m_unsent.empty())
        return;
    if (!m_conn) {
        // Connecting blocks this (the HTTP) thread: after a failed attempt, answer at once
        // for a second rather than trying again for every batch.
        QString error;
        const bool waiting = !m_retryAfter.hasExpired();
        if (waiting || !connect(&error)) {
            if (!waiting) {
                qCWarning(lcPipeline).noquote() << "cannot reconnect:" << error;
                m_retryAfter.setRemainingTime(1000);
            }
            std::deque<Lookup> failed;
            failed.swap(m_unsent);
            for (auto& l : failed)
                l.done(unreachable());
            return;
        }
    }
    auto* conn = static_cast<PGconn*>(m_conn);
    const int format = 1; // binary parameter
    while (!m_unsent.empty()) {
        Lookup& next = m_unsent.front();
        const char* value = next.parameter.constData();
        const int length = int(next.parameter.size());
        if (!PQsendQueryPrepared(conn, kStatement, 1, &value, &length, &format, 0)) {
            failConnection();
            return;
        }
        m_queue.push_back(std::move(next));
        m_unsent.pop_front();
    }
    // One sync per batch: the server answers the batch in one go.
    if (!PQpipelineSync(conn)) {
        failConnection();
        return;
    }
    flushOutput();
#endif
}

void PgLookupPipeline::flushOutput()
{
#ifdef INVITEDESK_PG_PIPELINE
    if (!m_conn)
        return;
    const int r = PQflush(static_cast<PGconn*>(m_conn));
    if (r < 0) {
        failConnection();
        return;
    }
    if (m_write)
        m_write->setEnabled(r == 1); // the rest once the socket takes more
#endif
}

void PgLookupPipeline::onReadable()
{
#ifdef INVITEDESK_PG_PIPELINE
    auto* conn = static_cast<PGconn*>(m_conn);
    if (!conn)
        return;
    if (!PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK) {
        failConnection();
        return;
    }
    int nulls = 0;
    while (m_conn && !m_queue.empty() && !PQisBusy(conn)) {
        PGresult* res = PQgetResult(conn);
        if (!res) {
            if (++nulls > 1)
                break; // nothing more has arrived yet
            continue;  // the end of one query's results
        }
        nulls = 0;
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(res);
            continue;
        }
        Lookup lookup = std::move(m_queue.front());
        m_queue.pop_front();
        if (status == PGRES_TUPLES_OK) {
            Row row = PgPreparedStatement::firstRowOf(res);
            PQclear(res);
            lookup.done(std::move(row));
        } else if (status == PGRES_PIPELINE_ABORTED) {
            // An earlier lookup of the batch failed; this one never ran.
            PQclear(res);
            lookup.done(Error::make(Error::Code::Internal,
                                    QStringLiteral("The lookup was not run; try again."),
                                    QStringLiteral("database")));
        } else {
            Error error = PgPreparedStatement::failureOf(conn, res, "looking up an invitation");
            if (error.code == Error::Code::Environment) {
                // The server ended the session (terminated, shutting down): a read is safe
                // to repeat, so it goes out again with the rest on a new connection.
                m_queue.push_front(std::move(lookup));
                failConnection();
                return;
            }
            lookup.done(std::move(error));
        }
    }
    if (m_conn && PQstatus(conn) != CONNECTION_OK)
        failConnection();
    else if (m_conn)
        flushOutput();
#endif
}

void PgLookupPipeline::failConnection()
{
    qCWarning(lcPipeline) << "the lookup connection failed with" << pending()
                          << "lookup(s) outstanding; reconnecting";
    std::deque<Lookup> outstanding;
    outstanding.swap(m_queue);
    for (auto& l : m_unsent)
        outstanding.push_back(std::move(l));
    m_unsent.clear();
    disconnectNow();
    // Reads are safe to repeat: each goes out once more on a new connection.
    for (auto& l : outstanding) {
        if (l.retried) {
            l.done(unreachable());
        } else {
            l.retried = true;
            m_unsent.push_back(std::move(l));
        }
    }
    if (!m_unsent.empty())
        scheduleSend();
}

} // namespace invitedesk
