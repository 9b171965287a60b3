#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <utility>

class QThread;

namespace invitedesk {

class InvitationChangeFeed;
class Transaction;

// The first look at an invitation's link: when it happened.
using FirstLook = std::pair<QString, QDateTime>; // invitation id, time of the look

// Records first looks (opened_at and an invitation.opened audit event) off the request path.
// add() only queues the look in memory; a worker thread writes the queue in batches, one
// transaction per batch, every `interval` (sooner when a batch is full). A look is recorded
// only where opened_at is still empty, so a look queued twice, or one that an acceptance
// recorded meanwhile, yields one event. stop() (and the destructor) ends the worker and
// writes what is left, so a clean stop loses nothing.
class FirstLookRecorder {
public:
    struct Settings {
        std::chrono::milliseconds interval{250};
        int batchSize = 1000;   // looks per transaction
        int maxQueued = 100000; // beyond this add() refuses: the caller records the look itself
        InvitationChangeFeed* changes = nullptr; // told the ids of each batch written
    };

    FirstLookRecorder(DatabasePtr database, Settings settings);
    ~FirstLookRecorder();
    FirstLookRecorder(const FirstLookRecorder&) = delete;
    FirstLookRecorder& operator=(const FirstLookRecorder&) = delete;

    // Queues a first look (a look already queued keeps its earlier time). False when stopped
    // or full: then nothing was queued.
    bool add(const QString& invitationId, const QDateTime& at);
    // When a look at the invitation is waiting in the queue.
    std::optional<QDateTime> queuedAt(const QString& invitationId) const;
    qsizetype queued() const;
    // Writes everything queued now, on the calling thread. Returns the looks recorded.
    Result<int> flush();
    // Ends the worker, then flushes. add() refuses from then on. Idempotent.
    void stop();

    // The one writer of first looks: opened_at where it is empty, and an invitation.opened
    // event (at the look's time) for each invitation it set. Returns how many it set.
    static Result<int> record(Transaction& tx, const QList<FirstLook>& looks);

private:
    void run();
    // Takes up to batchSize looks out of the queue (empty: nothing queued).
    QList<FirstLook> takeBatch();
    // Puts a batch that could not be written back (the looks already queued again win).
    void putBack(const QList<FirstLook>& looks);

    DatabasePtr m_database;
    Settings m_settings;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QHash<QString, QDateTime> m_queue;
    bool m_stopping = false;
    std::mutex m_writing; // one batch written at a time
    QThread* m_thread = nullptr;
};

} // namespace invitedesk
