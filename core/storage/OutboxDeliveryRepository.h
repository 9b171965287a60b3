#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"
#include "core/storage/Database.h"
#include "core/storage/InvitationLinkRepository.h"
#include "core/storage/OutboxRepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

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
    QString outboxKind; // invitation, reminder, test
    QString recipient;
    int attempt = 0;            // the attempt this was (row's attempts + 1)
    QString reply;              // the relay's full reply line with its code, or the local reason
    QDateTime nextAttemptAt;    // Deferred
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

// The dispatcher's side of email_outbox: leases (claimed_by/claimed_until), outcomes on the
// outbox row and the invitation with an audit event each, reminder rows. Claimed rows stay
// 'queued' while leased, so OutboxRepository::cancelQueued (cancel, resend, accept, expiry)
// still reaches them and the outcome then leaves the invitation alone.
class OutboxDeliveryRepository {
public:
    explicit OutboxDeliveryRepository(DatabasePtr database) : m_database(std::move(database)) {}

    // Leases up to `limit` rows that are due (next_attempt_at <= now; with dueNow also rows
    // already attempted and waiting for a retry) and not leased by a live dispatcher.
    // PostgreSQL: FOR UPDATE SKIP LOCKED, so concurrent dispatchers never get the same row;
    // SQLite: one UPDATE in an immediate transaction.
    Result<QList<OutboxMessage>> claim(const QString& dispatcherId, int limit, bool dueNow,
                                       const QDateTime& now, const QDateTime& leaseUntil);
    // Drops this dispatcher's leases (all of them, or the given rows).
    Result<int> release(const QString& dispatcherId, const QStringList& ids = {});
    // Invitations (with inviter name/e-mail) for rendering, by id.
    Result<QHash<QString, Invitation>> invitationsFor(const QStringList& invitationIds);
    // Commits the links of messages about to be sent (one per rendered row; the key is the
    // outbox row's id), before they leave, for the rows this dispatcher still holds: a row
    // that a resend, cancel or acceptance took back meanwhile gets no link. On PostgreSQL the
    // rows are locked first, so a resend racing this waits for it and then revokes what it
    // added. Returns the ids of the rows whose link is live.
    Result<QSet<QString>> recordLinks(const QString& dispatcherId,
                                      const QHash<QString, InvitationLink>& links,
                                      const QDateTime& now);
    // Records a batch's outcomes in one transaction with an audit event per outcome.
    Result<OutcomeSummary> record(const QString& dispatcherId, const QList<OutboxOutcome>& outcomes,
                                  const QDateTime& now);

private:
    DatabasePtr m_database;
};

} // namespace invitedesk
