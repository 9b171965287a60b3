#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace invitedesk {

// Tells whoever shows invitations which ones changed behind their back: the desk's own
// outbox dispatcher (a message sent, deferred, failed) and its in-process acceptance handler
// (an invitation opened or accepted) publish here after they commit; the invitation list
// refreshes just those rows. The signal carries invitation ids only, never personal data,
// so any source can feed it: a later one listening to PostgreSQL NOTIFY for other desks'
// changes calls publish() the same way. Thread-safe: publish() may be called from any thread;
// receivers in another thread get the signal queued.
class InvitationChangeFeed : public QObject {
    Q_OBJECT
public:
    explicit InvitationChangeFeed(QObject* parent = nullptr);

    // Emits invitationsChanged with the distinct, non-empty ids (nothing when none is left).
    void publish(const QStringList& invitationIds);
    // Another desk or an import added `count` invitations (ids unknown to the receiver).
    void publishAdded(int count);
    // More changed than a message carries, or changes may have been missed (a listener's
    // connection came back): whoever shows invitations reads them again.
    void publishAll();

signals:
    void invitationsChanged(const QStringList& invitationIds);
    void invitationsAdded(int count);
    void everythingChanged();
};

} // namespace invitedesk
