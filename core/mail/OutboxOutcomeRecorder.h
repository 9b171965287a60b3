#pragma once

#include "core/Error.h"
#include "core/domain/MailStatus.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace invitedesk {

// What happened to one claimed row; the dispatcher fills it in after sending.
struct OutboxOutcome {
    enum class Kind {
        Sent,     // relay accepted it
        Deferred, // retry at nextAttemptAt
        Failed,   // permanent failure or attempts exhausted
        Skipped,  // nothing sent: the invitation is no longer open (row cancelled)
        Released, // nothing sent: the relay could not be reached; claim released
    };
    Kind kind = Kind::Released;
    QString outboxId;
    QString invitationId;
    QString passwordResetId; // a reset e-mail's reset (its audit events name it)
    QString outboxKind;      // invitation, reminder, test, password_reset
    QString recipient;
    int attempt = 0;         // the attempt this was (row's attempts + 1)
    QString reply;           // the relay's full reply line with its code, or the local reason
    QDateTime nextAttemptAt; // Deferred
    DeliveryChannel channel = DeliveryChannel::Relay; // Sent: who took it
    QList<QDateTime> reminders; // Sent invitation e-mail: reminders to queue (language and
    QString language;           // public URL as this row's; each gets a link of its own
    QString publicUrl;          // when it is sent)
};

struct OutcomeSummary {
    int sent = 0;
    int deferred = 0;
    int failed = 0;
    int skipped = 0;
    int released = 0;
    int overtaken = 0; // rows cancelled (resend/cancel) while in flight: invitation untouched
    int remindersQueued = 0;
};

// Decides what a batch of delivery outcomes means and records it in one transaction: the
// outbox rows, the invitations' transitions through the lifecycle (the relay took the
// invitation e-mail: MailAccepted; it failed for good: DeliveryFailed), the reminders of a
// delivered invitation, and an audit event per outcome. The statements are
// OutboxDeliveryRepository's; an outcome on a row taken back meanwhile (overtaken) leaves
// the invitation alone.
class OutboxOutcomeRecorder {
public:
    explicit OutboxOutcomeRecorder(DatabasePtr database) : m_database(std::move(database)) {}

    Result<OutcomeSummary> record(const QString& dispatcherId, const QList<OutboxOutcome>& outcomes,
                                  const QDateTime& now);

private:
    DatabasePtr m_database;
};

} // namespace invitedesk
