#pragma once

#include "core/Error.h"
#include "core/services/ReconnectBackoff.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

namespace invitedesk {

class BackendServices;
class Database;
class InvitationChangeFeed;
class InvitationChangeSubscription;

// Live desks on PostgreSQL (issue 16, item 3): LISTENs on the channel that migration 015's
// triggers announce every committed invitation change on, whoever made it (another desk,
// `serve`, a dispatcher, an import, psql), and passes the ids to the desk's
// InvitationChangeFeed, the same way the desk's own dispatcher does. No polling for data: the
// server pushes. The connection, its watchdog and its reconnects live on a thread of the
// listener's own (InvitationChangeSubscription), so a server that cannot be reached holds that
// thread for connect_timeout, never the window; the connection is a direct one (a
// transaction-pooling proxy cannot carry LISTEN). After a loss it tries again at once, then
// after 1 s, 2 s, 4 s … up to 30 s (ReconnectBackoff); when it listens again, changes may have
// been missed, so the feed says "read everything". The feed is told on the thread that created
// the listener (the UI thread), as are isListening() and listeningChanged().
class InvitationChangeListener : public QObject {
    Q_OBJECT
public:
    static constexpr const char* channel = "invitedesk_invitations";

    // One notification's payload (ids only, never personal data; see migration 015).
    struct Message {
        enum class Kind { Changed, Added, All, Unknown };
        Kind kind = Kind::Unknown;
        QStringList ids;   // Changed
        int count = 0;     // Added
        int serverPid = 0; // Added: the PostgreSQL session that added them
    };
    static Message parse(const QString& payload);

    InvitationChangeListener(const BackendServices& backend, InvitationChangeFeed* feed,
                             QObject* parent = nullptr);
    // stop()s (without listeningChanged).
    ~InvitationChangeListener() override;

    // Starts the listening thread, which connects and subscribes; returns at once
    // (listeningChanged(true) follows). Error::InvalidInput on SQLite (nothing to listen to:
    // one desk per file). Calling it again while started does nothing.
    Result<void> start();
    // Ends the listening thread and waits for it; its connection closes on it. An attempt to
    // connect under way finishes first (at most connect_timeout, 10 s, when the server does
    // not answer). Nothing the thread heard reaches the feed afterwards.
    void stop();
    bool isListening() const { return m_listening; }
    // How often the connection is checked (default 10 s).
    void setWatchInterval(int ms);
    // The waits between failed attempts (default 1 s doubling up to 30 s).
    void setReconnectDelays(int firstMs, int capMs);

signals:
    // The subscription was lost or came back (for a status line; the feed is told as well).
    void listeningChanged(bool listening);
    // An attempt failed; the next comes after delayMs.
    void reconnectScheduled(int delayMs);

private:
    void onNotification(const QString& payload);
    void setListening(bool listening);
    void shutDown();

    std::shared_ptr<Database> m_database;
    InvitationChangeFeed* m_feed;
    QThread* m_thread = nullptr;
    InvitationChangeSubscription* m_subscription = nullptr; // lives on m_thread
    int m_watchMs;
    ReconnectBackoff m_backoff;
    // Which run a queued signal comes from: what an ended run posted is dropped.
    int m_run = 0;
    bool m_listening = false;
};

} // namespace invitedesk
