#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QString>

namespace invitedesk {

class Transaction;

// One row of email_outbox.
struct OutboxMessage {
    QString id; // UUID; enqueue() makes one when empty
    QString invitationId;
    QString kind = QStringLiteral("invitation"); // invitation, reminder, test
    QString recipient;
    // Either rendered now (subject/textBody/htmlBody) or rendered at send time from
    // token + language + publicUrl and the invitation.
    QString subject;
    QString textBody;
    QString htmlBody;
    QString token;
    QString language = QStringLiteral("en");
    QString publicUrl;
    QString status = QStringLiteral("queued");
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString claimedBy;
    QDateTime claimedUntil;
    QDateTime createdAt;
    QDateTime sentAt;
};

// Writes to the outbox inside the caller's transaction, so a message exists exactly when
// the change that caused it committed.
class OutboxRepository {
public:
    static Result<void> enqueue(Transaction& tx, const OutboxMessage& message);
    static Result<void> enqueueMany(Transaction& tx, const QList<OutboxMessage>& messages);
    // Cancels the invitation's queued (not yet claimed) messages and forgets their token.
    static Result<int> cancelQueued(Transaction& tx, const QString& invitationId,
                                    const QDateTime& now);
};

} // namespace invitedesk
