#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <QByteArrayList>
#include <QDeadlineTimer>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QSocketNotifier;

namespace invitedesk {

// One prepared single-row read (e.g. the token lookup), run without blocking on a connection
// of its own in libpq's pipeline mode, on the thread that owns it (the HTTP thread). Lookups
// asked for during one pass of the event loop go to the server together and come back
// together: one round trip and one wake-up of the server for the lot, instead of a thread
// hand-off and a round trip each. Needs PostgreSQL and libpq 14+; open() returns null
// otherwise and callers use their blocking path.
class PgLookupPipeline : public QObject {
    Q_OBJECT
public:
    using Row = Result<std::optional<QByteArrayList>>;
    using Callback = std::function<void(Row)>;

    ~PgLookupPipeline() override;

    // `sql` has one bytea parameter ($1) and returns at most one row, read as text.
    // Null with *error empty when the database is not PostgreSQL or libpq lacks pipelining;
    // null with *error set when the connection or the statement failed.
    static std::unique_ptr<PgLookupPipeline> open(DatabasePtr database, QByteArray sql,
                                                  QString* error);

    // Queues a lookup; `done` runs later on this thread with the first row, nullopt for none,
    // or the error (Error::Environment when the server cannot be reached). A lookup caught by
    // a dropped connection is sent once more on a new one.
    void fetchFirstRow(QByteArray binaryParameter, Callback done);
    int pending() const { return int(m_queue.size() + m_unsent.size()); }

private:
    struct Lookup {
        QByteArray parameter;
        Callback done;
        bool retried = false;
    };

    PgLookupPipeline(DatabasePtr database, QByteArray sql);
    bool connect(QString* error);
    void disconnectNow();
    void scheduleSend();
    void sendQueued();
    void flushOutput();
    void onReadable();
    void failConnection();

    DatabasePtr m_database;
    QByteArray m_sql;
    QString m_purpose;      // names this pipeline's connection
    void* m_conn = nullptr; // PGconn*, owned by the QPSQL connection
    std::unique_ptr<QSocketNotifier> m_read;
    std::unique_ptr<QSocketNotifier> m_write;
    std::deque<Lookup> m_unsent; // waiting for this event-loop pass to end
    std::deque<Lookup> m_queue;  // sent, answers outstanding (in order)
    bool m_sendScheduled = false;
    QDeadlineTimer m_retryAfter{0}; // no reconnect attempt before this
};

} // namespace invitedesk
