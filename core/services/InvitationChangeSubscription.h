#pragma once

#include "core/services/ReconnectBackoff.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace invitedesk {

class Database;

// The half of InvitationChangeListener that talks to PostgreSQL, on the listener's own thread
// (moved there before start()): opens that thread's "listen" connection, LISTENs on the
// channel, checks the connection with SELECT 1 every watch interval, and after a loss tries
// again at once, then after ReconnectBackoff's waits. Everything here runs on that thread
// (QtSql connections never cross threads; QPSQL watches its socket with this thread's event
// loop), so a server that does not answer holds this thread, never the window. What it learns
// leaves through signals, which reach the listener's thread queued. Deleted on its thread when
// the thread ends; the destructor closes the connection there.
class InvitationChangeSubscription : public QObject {
    Q_OBJECT
public:
    InvitationChangeSubscription(std::shared_ptr<Database> database, int watchMs,
                                 ReconnectBackoff backoff);
    ~InvitationChangeSubscription() override;

    // The first attempt (call it on the subscription's thread, e.g. from QThread::started).
    void start();
    // Both may be called (queued) while running.
    void setWatchInterval(int ms) { m_watch.setInterval(ms); }
    void setBackoff(const ReconnectBackoff& backoff) { m_backoff = backoff; }

signals:
    void listeningChanged(bool listening);
    // A notification on the channel (its payload: ids only, see migration 015).
    void notified(const QString& payload);
    // Listening again after a failed attempt or a loss: what changed meanwhile was not heard.
    void changesMissed();
    // The next attempt comes after delayMs (the last one failed).
    void reconnectScheduled(int delayMs);

private:
    void attempt();
    bool subscribe();
    void watch();
    void reportFailure(const QString& why);
    void setListening(bool listening);

    std::shared_ptr<Database> m_database;
    ReconnectBackoff m_backoff;
    QString m_connectionName; // this thread's "listen" connection
    QTimer m_watch;           // children, so they move to the thread with this object
    QTimer m_retry;
    bool m_listening = false;
    int m_failures = 0;       // failed attempts since the last success
    bool m_attempted = false; // an attempt before this one (success after it: changes missed)
};

} // namespace invitedesk
