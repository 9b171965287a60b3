#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"
#include "core/domain/MailStatus.h"
#include "core/storage/Database.h"
#include "core/storage/InvitationLinkRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/PasswordResetRepository.h"
#include "core/storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace invitedesk {

// The dispatcher's side of email_outbox: leases (claimed_by/claimed_until), and the plain
// statements that record delivery outcomes on the outbox row and the invitation, run inside
// the caller's transaction (OutboxOutcomeRecorder decides which, with the audit events and
// reminders). Claimed rows stay 'queued' while leased, so OutboxRepository::cancelQueued
// (cancel, resend, accept, expiry) still reaches them and the outcome then leaves the
// invitation alone. Statuses of invitations are bound values from the caller (the lifecycle).
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
    // Password resets (with the person and who asked) for rendering, by id.
    Result<QHash<QString, PasswordResetRecord>> resetsFor(const QStringList& resetIds);
    // Commits the links of messages about to be sent (one per rendered row; the key is the
    // outbox row's id: invitation links, and reset links for the reset e-mails), before they
    // leave, for the rows this dispatcher still holds: a row that a resend, cancel, acceptance
    // or newer reset request took back meanwhile gets no link. On PostgreSQL the rows are
    // locked first, so a resend racing this waits for it and then revokes what it added.
    // Returns the ids of the rows whose link is live.
    Result<QSet<QString>> recordLinks(const QString& dispatcherId,
                                      const QHash<QString, InvitationLink>& links,
                                      const QHash<QString, PasswordResetLink>& resetLinks,
                                      const QDateTime& now);

    // Outcome statements, inside the caller's transaction, on rows this dispatcher still
    // holds (claimed_by, still queued). Each returns the rows it changed ("live"): a row a
    // resend, cancel or acceptance took back meanwhile is left alone.
    // The relay (or the file transport: `channel`) took the messages: outbox rows sent
    // (lease dropped), with who took them.
    static Result<QSet<QString>> markSent(Transaction& tx, const QString& dispatcherId,
                                          const QStringList& outboxIds, DeliveryChannel channel,
                                          const QDateTime& now);
    // A retry at nextAttemptAt (the lease stays until the run ends).
    static Result<bool> markDeferred(Transaction& tx, const QString& dispatcherId,
                                     const QString& outboxId, const QDateTime& nextAttemptAt,
                                     const QString& reply);
    static Result<bool> markFailed(Transaction& tx, const QString& dispatcherId,
                                   const QString& outboxId, const QString& reply);
    // Nothing sent: the row is withdrawn with the reason.
    static Result<bool> markCancelled(Transaction& tx, const QString& dispatcherId,
                                      const QString& outboxId, const QString& reply);
    static Result<void> releaseClaims(Transaction& tx, const QString& dispatcherId,
                                      const QStringList& outboxIds);
    // The invitations whose e-mail the relay (or the file transport: `channel`) took: to
    // `status` from `from`, with the delivery columns. Returns the invitations changed.
    static Result<QSet<QString>> invitationsSent(Transaction& tx, const QStringList& invitationIds,
                                                 const QList<InvitationStatus>& from,
                                                 InvitationStatus status, DeliveryChannel channel,
                                                 const QDateTime& now);
    static Result<void> countReminders(Transaction& tx, const QStringList& invitationIds,
                                       const QDateTime& now);
    // The delivery columns of a deferred e-mail, on an invitation in one of `in`.
    static Result<void> invitationDeferred(Transaction& tx, const QString& invitationId,
                                           const QList<InvitationStatus>& in, const QString& reply,
                                           const QDateTime& now);
    // Delivery failed for good: to `status` from `from`. False when it was in none of them.
    static Result<bool> invitationFailed(Transaction& tx, const QString& invitationId,
                                         const QList<InvitationStatus>& from,
                                         InvitationStatus status, const QString& reply,
                                         const QDateTime& now);

private:
    DatabasePtr m_database;
};

} // namespace invitedesk
