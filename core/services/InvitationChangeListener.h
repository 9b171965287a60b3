#pragma once

#include "core/Error.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace invitedesk {

class BackendServices;
class Database;
class InvitationChangeFeed;

// Live desks on PostgreSQL (issue 16, item 3): LISTENs on the channel that migration 015's
// triggers announce every committed invitation change on, whoever made it (another desk,
// `serve`, a dispatcher, an import, psql), and passes the ids to the desk's
// InvitationChangeFeed, the same way the desk's own dispatcher does. No polling for data: the
// server pushes. The connection is the calling thread's own (QPSQL watches its socket with the
// thread's event loop, so call start() on a thread that runs one) and is a direct one: a
// transaction-pooling proxy cannot carry LISTEN. A watchdog checks it now and then; when it
// came back after a loss, changes may have been missed, so the feed says "read everything".
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
    ~InvitationChangeListener() override;

    // Subscribes. Error::InvalidInput on SQLite (nothing to listen to: one desk per file);
    // Error::Environment when the server cannot be reached (the watchdog keeps trying).
    Result<void> start();
    bool isListening() const { return m_listening; }
    // How often the connection is checked (default 10 s).
    void setWatchInterval(int ms) { m_watch.setInterval(ms); }

signals:
    // The subscription was lost or came back (for a status line; the feed is told as well).
    void listeningChanged(bool listening);

private:
    Result<void> subscribe();
    void onNotification(const QString& name, const QVariant& payload);
    void watch();
    void setListening(bool listening);

    std::shared_ptr<Database> m_database;
    QString m_connectionName; // the listening connection, this thread's own
    InvitationChangeFeed* m_feed;
    QTimer m_watch;
    bool m_listening = false;
};

} // namespace invitedesk
