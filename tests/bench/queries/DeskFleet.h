#pragma once

#include "core/domain/User.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <vector>

namespace invitedesk::bench {

// The many-desks scenario's desks (issue 16): one thread per desk, each with its own
// connection (the desk's queries) and a second one LISTENing on the invitations channel, as a
// desk's change listener does. Each desk acts as one seeded user and loops over its list's first
// page, a status-and-type filter and its statistics, with a pause between rounds. One more
// thread watches every desk's LISTEN socket (libpq) and notes, per desk, when a notification
// naming a watched invitation was received and parsed: the moment that desk's model would
// update.
class DeskFleet {
public:
    struct Options {
        int thinkMs = 10000; // pause between a desk's rounds (list, filter, stats)
    };
    struct Latencies {
        QList<double> listMs;
        QList<double> filterMs;
        QList<double> statsMs;
        qint64 errors = 0;
        QString firstError;
    };

    DeskFleet(DatabasePtr db, QList<Actor> desks, Options options);
    ~DeskFleet();

    // Starts every desk's thread and waits until each has connected (both connections) or
    // failed to. Returns the desks that connected; the others have ended.
    int connect();
    int listening() const { return int(m_listeners.size()); }
    QStringList connectErrors() const;
    // Lets the connected desks loop, and starts watching their LISTEN connections.
    void go();
    // Desks stop querying (their connections stay open, still listening).
    void stopLoad();
    // Stops watching, then closes the desks' connections and ends their threads.
    void finish();

    // From now on, notifications naming this invitation are noted per desk.
    void watch(const QString& invitationId);
    // When each listening desk first heard of `invitationId` at or after `sinceUs` (wall clock,
    // microseconds since the epoch): a "u:<ids>" naming it (an accept changes one row, so it is
    // always named; a "u:*" is counted apart). Missing desks never heard of it.
    QList<qint64> heardAt(const QString& invitationId, qint64 sinceUs) const;
    Latencies latencies() const;
    qint64 rounds() const { return m_rounds.load(); }
    qint64 notifications() const { return m_notifications.load(); }
    // "u:*" notifications heard (one statement changed more than 100 rows: read everything).
    qint64 readEverything() const { return m_readEverything.load(); }

    static qint64 wallClockUs();

private:
    struct Desk;
    struct Listener {
        int desk = 0;
        void* conn = nullptr; // PGconn*, owned by the desk's thread's connection
    };
    void runDesk(Desk* desk);
    QString connectDesk(Desk* desk); // its two connections and LISTEN; empty when done
    void watchSockets();
    void noteNotification(int listener, const QString& payload, qint64 atUs);

    DatabasePtr m_db;
    QList<Actor> m_actors;
    Options m_options;
    std::vector<std::unique_ptr<Desk>> m_desks;
    std::vector<Listener> m_listeners;
    std::unique_ptr<QThread> m_watcher;

    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QSemaphore m_connecting{4};
    int m_ready = 0; // desks that connected or failed
    bool m_go = false;
    bool m_release = false;
    std::atomic<bool> m_stopLoad{false};
    std::atomic<bool> m_stopWatching{false};
    std::atomic<qint64> m_rounds{0};
    std::atomic<qint64> m_notifications{0};
    std::atomic<qint64> m_readEverything{0};

    mutable QMutex m_heardMutex;
    QSet<QString> m_watched;
    // invitation id -> (listener index, when) for every notification naming it once watched
    QHash<QString, QList<QPair<int, qint64>>> m_heard;
};

} // namespace invitedesk::bench
