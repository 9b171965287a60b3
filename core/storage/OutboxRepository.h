#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace invitedesk {

class Transaction;

// One row of email_outbox.
struct OutboxMessage {
    QString id; // UUID; enqueue() makes one when empty
    QString invitationId;
    QString passwordResetId; // kind password_reset: the reset whose link the e-mail carries
    QString kind = QStringLiteral("invitation"); // invitation, reminder, test, password_reset
    QString recipient;
    // Either rendered now (subject/textBody/htmlBody: messages without a link) or rendered
    // at send time from language + publicUrl and the invitation (or the password reset),
    // with a link whose token the dispatcher mints then. No token is ever stored here.
    QString subject;
    QString textBody;
    QString htmlBody;
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
    // Cancels the invitation's queued messages (claimed ones too: their outcome then leaves
    // the invitation alone).
    static Result<int> cancelQueued(Transaction& tx, const QString& invitationId,
                                    const QDateTime& now);
    // When the invitation's earliest waiting (queued) message is next tried; invalid when
    // none is waiting.
    static Result<QDateTime> nextAttemptFor(QSqlDatabase db, const QString& invitationId);
};

} // namespace invitedesk
