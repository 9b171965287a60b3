#include "core/mail/OutboxOutcomeRecorder.h"

#include "core/domain/AuditAction.h"
#include "core/domain/InvitationLifecycle.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OutboxDeliveryRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace invitedesk {

namespace {
using Kind = OutboxOutcome::Kind;
using Repo = OutboxDeliveryRepository;

AuditEvent event(AuditAction action, const OutboxOutcome& o, const QDateTime& now, bool live,
                 QJsonObject details = {})
{
    details.insert(QStringLiteral("outbox_id"), o.outboxId);
    details.insert(QStringLiteral("kind"), o.outboxKind);
    if (!o.passwordResetId.isEmpty())
        details.insert(QStringLiteral("password_reset_id"), o.passwordResetId);
    details.insert(QStringLiteral("recipient"), o.recipient);
    if (o.attempt > 0)
        details.insert(QStringLiteral("attempt"), o.attempt);
    if (!o.reply.isEmpty())
        details.insert(QStringLiteral("reply"), o.reply);
    if (!live)
        details.insert(QStringLiteral("overtaken"), true);
    AuditEvent e;
    e.occurredAt = now;
    e.action = audit_actions::name(action);
    e.invitationId = o.invitationId;
    e.details = details;
    return e;
}

bool isInvitationMail(const OutboxOutcome& o)
{
    return o.outboxKind == QLatin1String("invitation") && !o.invitationId.isEmpty();
}

bool isReminder(const OutboxOutcome& o)
{
    return o.outboxKind == QLatin1String("reminder");
}
} // namespace

Result<OutcomeSummary> OutboxOutcomeRecorder::record(const QString& dispatcherId,
                                                     const QList<OutboxOutcome>& outcomes,
                                                     const QDateTime& now)
{
    OutcomeSummary summary;
    if (outcomes.isEmpty())
        return summary;
    Database& db = *m_database;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QList<AuditEvent> audit;
    QList<OutboxMessage> reminderRows;

    // Sent: set-based, the common case of a large batch; once per channel that took them
    // (a relay, or the file transport that only saved them), which the rows keep.
    QSet<QString> liveSent, invitationsSent;
    for (const DeliveryChannel channel : {DeliveryChannel::Relay, DeliveryChannel::Folder}) {
        QStringList sentIds;
        for (const auto& o : outcomes) {
            if (o.kind == Kind::Sent && o.channel == channel)
                sentIds << o.outboxId;
        }
        if (sentIds.isEmpty())
            continue;
        auto live = Repo::markSent(tx, dispatcherId, sentIds, channel, now);
        if (!live)
            return live.error();
        liveSent.unite(live.value());
        QStringList invitationIds, remindedIds;
        for (const auto& o : outcomes) {
            if (o.kind != Kind::Sent || o.channel != channel || !live->contains(o.outboxId) ||
                o.invitationId.isEmpty())
                continue;
            if (isReminder(o))
                remindedIds << o.invitationId;
            else if (isInvitationMail(o))
                invitationIds << o.invitationId;
        }
        // The invitation e-mail went out: pending -> sent, once. A copy delivered to an
        // invitation that is sent already changes nothing and queues no second set of
        // reminders.
        auto marked = Repo::invitationsSent(
            tx, invitationIds, lifecycle::sourcesOf(LifecycleEvent::MailAccepted),
            lifecycle::targetOf(LifecycleEvent::MailAccepted), channel, now);
        if (!marked)
            return marked.error();
        invitationsSent.unite(marked.value());
        if (auto r = Repo::countReminders(tx, remindedIds, now); !r)
            return r.error();
    }

    QStringList releasedIds;
    for (const OutboxOutcome& o : outcomes) {
        switch (o.kind) {
        case Kind::Sent: {
            const bool live = liveSent.contains(o.outboxId);
            ++summary.sent;
            summary.overtaken += live ? 0 : 1;
            audit << event(isReminder(o) ? AuditAction::ReminderSent : AuditAction::MailSent, o,
                           now, live);
            if (!live || !isInvitationMail(o) || !invitationsSent.contains(o.invitationId))
                break;
            QJsonArray times;
            for (const QDateTime& when : o.reminders) {
                OutboxMessage r;
                r.invitationId = o.invitationId;
                r.kind = QStringLiteral("reminder");
                r.recipient = o.recipient;
                r.language = o.language;
                r.publicUrl = o.publicUrl;
                r.nextAttemptAt = when;
                r.createdAt = now;
                reminderRows << r;
                times.append(when.toUTC().toString(Qt::ISODate));
            }
            if (!times.isEmpty()) {
                // One event for the invitation's reminders, listing when they are due.
                AuditEvent e;
                e.occurredAt = now;
                e.action = audit_actions::name(AuditAction::ReminderQueued);
                e.invitationId = o.invitationId;
                e.details = {{QStringLiteral("scheduled_for"), times}};
                audit << e;
            }
            break;
        }
        case Kind::Deferred: {
            auto live = Repo::markDeferred(tx, dispatcherId, o.outboxId, o.nextAttemptAt, o.reply);
            if (!live)
                return live.error();
            ++summary.deferred;
            summary.overtaken += live.value() ? 0 : 1;
            audit << event(AuditAction::MailDeferred, o, now, live.value(),
                           {{QStringLiteral("next_attempt_at"),
                             o.nextAttemptAt.toUTC().toString(Qt::ISODate)}});
            // Not a transition: the delivery columns of an invitation still open.
            if (live.value() && isInvitationMail(o)) {
                if (auto r = Repo::invitationDeferred(tx, o.invitationId, lifecycle::openStatuses(),
                                                      o.reply, now);
                    !r)
                    return r.error();
            }
            break;
        }
        case Kind::Failed: {
            auto live = Repo::markFailed(tx, dispatcherId, o.outboxId, o.reply);
            if (!live)
                return live.error();
            ++summary.failed;
            summary.overtaken += live.value() ? 0 : 1;
            audit << event(AuditAction::MailFailed, o, now, live.value());
            if (live.value() && isInvitationMail(o)) {
                auto failed = Repo::invitationFailed(
                    tx, o.invitationId, lifecycle::sourcesOf(LifecycleEvent::DeliveryFailed),
                    lifecycle::targetOf(LifecycleEvent::DeliveryFailed), o.reply, now);
                if (!failed)
                    return failed.error();
            }
            break;
        }
        case Kind::Skipped:
            if (auto r = Repo::markCancelled(tx, dispatcherId, o.outboxId, o.reply); !r)
                return r.error();
            ++summary.skipped;
            break;
        case Kind::Released:
            releasedIds << o.outboxId;
            ++summary.released;
            break;
        }
    }
    if (auto r = Repo::releaseClaims(tx, dispatcherId, releasedIds); !r)
        return r.error();
    // Multi-row INSERTs are what PostgreSQL wants (one round trip per chunk), but with
    // QSQLITE every bound value costs a lookup linear in the statement's placeholder count,
    // so large statements grow quadratically there: hand SQLite small chunks.
    const qsizetype chunk = db.isPostgres() ? 1000 : 16;
    for (qsizetype i = 0; i < reminderRows.size(); i += chunk) {
        if (auto r = OutboxRepository::enqueueMany(tx, reminderRows.mid(i, chunk)); !r)
            return r.error();
    }
    summary.remindersQueued = int(reminderRows.size());
    for (qsizetype i = 0; i < audit.size(); i += chunk) {
        if (auto r = AuditLog::appendMany(tx, audit.mid(i, chunk)); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return summary;
}

} // namespace invitedesk
