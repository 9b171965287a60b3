// InvitationService: changes to existing invitations (update, cancel, resend, bulk, expiry).
#include "core/services/InvitationService.h"

#include "core/domain/AuditAction.h"
#include "core/domain/InvitationLifecycle.h"
#include "core/domain/ResendPolicy.h"
#include "core/services/ActorAudit.h"
#include "core/services/InvitationValidator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/InvitationLinkRepository.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace invitedesk {

namespace {
Error wrongState(const Invitation& inv, const QString& action)
{
    return Error::make(Error::Code::Conflict,
                       InvitationService::tr("Cannot %1 this invitation: it is already %2.")
                           .arg(action, statuses::name(inv.status)),
                       QStringLiteral("status"));
}

Error raced()
{
    return Error::make(
        Error::Code::Conflict,
        InvitationService::tr(
            "The invitation was changed by someone else at the same time; reload and try again."),
        QStringLiteral("version"));
}
} // namespace

Result<Invitation> InvitationService::update(const Actor& actor, const QString& id,
                                             const InvitationUpdate& change)
{
    // Its expiry first: an invitation past it is refused as expired, with the expiry recorded.
    if (invitation_validation::isUuid(id.trimmed())) {
        if (auto r = expireScoped({{}, {id.trimmed()}}); !r)
            return r.error();
    }
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto loaded = loadVisible(tx.database(), tx.db(), actor, id, now);
    if (!loaded)
        return loaded.error();
    Invitation inv = loaded.value();
    if (auto r = authoriseExisting(tx, actor, inv); !r)
        return r.error();
    if (!statuses::isOpen(inv.status))
        return wrongState(inv, tr("edit"));
    if (change.expectedVersion && *change.expectedVersion != inv.version)
        return raced();

    QStringList changed;
    if (change.firstName) {
        const QString v = change.firstName->trimmed();
        if (auto r = invitation_validation::checkName(v, QStringLiteral("first_name")); !r)
            return r.error();
        if (v != inv.firstName)
            changed << QStringLiteral("first_name");
        inv.firstName = v;
    }
    if (change.lastName) {
        const QString v = change.lastName->trimmed();
        if (auto r = invitation_validation::checkName(v, QStringLiteral("last_name")); !r)
            return r.error();
        if (v != inv.lastName)
            changed << QStringLiteral("last_name");
        inv.lastName = v;
    }
    if (change.message) {
        const QString v = change.message->trimmed();
        if (auto r = invitation_validation::checkMessage(v); !r)
            return r.error();
        if (v != inv.message)
            changed << QStringLiteral("message");
        inv.message = v;
    }
    if (change.expiresAt) {
        if (!change.expiresAt->isValid() || *change.expiresAt <= now ||
            *change.expiresAt > now.addDays(365))
            return Error::invalid(QStringLiteral("expires_at"),
                                  tr("The expiry must be in the next 365 days."));
        changed << QStringLiteral("expires_at");
        inv.expiresAt = change.expiresAt->toUTC();
    }
    if (change.expiresDays) {
        if (auto r = invitation_validation::checkExpiresDays(*change.expiresDays); !r)
            return r.error();
        changed << QStringLiteral("expires_at");
        inv.expiresAt = now.addDays(*change.expiresDays);
    }
    if (change.details) {
        if (auto r = invitation_validation::checkDetails(*change.details); !r)
            return r.error();
        if (auto r = invitation_validation::checkFieldsOfType(inv.type, *change.details); !r)
            return r.error();
        changed << QStringLiteral("details");
        inv.details = *change.details;
    }
    if (change.language) {
        if (auto r = invitation_validation::checkLanguage(*change.language); !r)
            return r.error();
        changed << QStringLiteral("language");
        inv.language = *change.language;
    }
    if (changed.isEmpty())
        return inv;
    InvitationRepository invitations(tx.database(), tx.db(), now);
    auto updated =
        invitations.updateFields(inv, {InvitationStatus::Pending, InvitationStatus::Sent}, now);
    if (!updated)
        return updated.error();
    if (!updated.value())
        return raced();
    if (auto r = AuditLog::append(
            tx, actor.id, audit_actions::name(AuditAction::InvitationUpdated), inv.id,
            withActorToken(actor, {{QStringLiteral("fields"), changed.join(QLatin1Char(','))}}),
            now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(actor, inv.id);
}

Result<Invitation> InvitationService::cancelIn(Transaction& tx, const Actor& actor,
                                               const QString& id, const QString& reason,
                                               const QDateTime& now)
{
    const QString why = reason.trimmed();
    if (why.size() > 500)
        return Error::invalid(QStringLiteral("reason"),
                              tr("The reason is longer than 500 characters."));
    auto loaded = loadVisible(tx.database(), tx.db(), actor, id, now);
    if (!loaded)
        return loaded.error();
    Invitation inv = loaded.value();
    if (!lifecycle::apply(inv.status, LifecycleEvent::Cancel))
        return wrongState(inv, tr("cancel"));
    InvitationRepository invitations(tx.database(), tx.db(), now);
    auto done = invitations.cancel(
        inv.id, inv.version, lifecycle::sourcesOf(LifecycleEvent::Cancel), actor.id, why, now);
    if (!done)
        return done.error();
    if (!done.value())
        return raced();
    if (auto r = OutboxRepository::cancelQueued(tx, inv.id, now); !r)
        return r.error();
    if (auto r = AuditLog::append(
            tx, actor.id, audit_actions::name(AuditAction::InvitationCancelled), inv.id,
            withActorToken(actor, {{QStringLiteral("reason"), why},
                                   {QStringLiteral("from"), statuses::name(inv.status)}}),
            now);
        !r)
        return r.error();
    inv.status = InvitationStatus::Cancelled;
    inv.cancelledAt = now;
    inv.cancelledById = actor.id;
    inv.cancelReason = why;
    inv.updatedAt = now;
    ++inv.version;
    return inv;
}

Result<Invitation> InvitationService::resendIn(Transaction& tx, const Actor& actor,
                                               const QString& id, const QDateTime& now)
{
    auto loaded = loadVisible(tx.database(), tx.db(), actor, id, now);
    if (!loaded)
        return loaded.error();
    Invitation inv = loaded.value();
    if (auto r = authoriseExisting(tx, actor, inv); !r)
        return r.error();
    if (!lifecycle::apply(inv.status, LifecycleEvent::Resend))
        return wrongState(inv, tr("resend"));
    auto org = organizationOf(tx, inv.organizationId);
    if (!org)
        return org.error();
    // Never shorter: its own validity period again from now, or the expiry it has if later.
    const QDateTime expiry = resend_policy::newExpiry(inv, org->expiryDays, now);
    InvitationRepository invitations(tx.database(), tx.db(), now);
    auto done = invitations.resend(inv.id, inv.version,
                                   lifecycle::sourcesOf(LifecycleEvent::Resend), expiry, now);
    if (!done)
        return done.error();
    if (!done.value())
        return raced();
    // Its queued mail goes, then every earlier link is revoked (they answer "replaced"); the
    // new message gets a link of its own when the dispatcher sends it. In this order: a
    // dispatcher committing a link for a queued row holds that row, so the cancel waits for
    // it and the revocation then sees its link.
    if (auto r = OutboxRepository::cancelQueued(tx, inv.id, now); !r)
        return r.error();
    if (auto r = InvitationLinkRepository::revokeAll(tx, inv.id,
                                                     InvitationLinkRepository::resentReason(), now);
        !r)
        return r.error();
    const InvitationStatus from = inv.status;
    inv.status = InvitationStatus::Pending;
    inv.expiresAt = expiry;
    inv.resendCount += 1;
    inv.emailDeliveryStatus = QStringLiteral("queued");
    inv.emailAttempts = 0;
    inv.lastEmailError.clear();
    inv.updatedAt = now;
    ++inv.version;
    if (auto r = queueMail(tx, inv, now); !r)
        return r.error();
    if (auto r = AuditLog::append(
            tx, actor.id, audit_actions::name(AuditAction::InvitationResent), inv.id,
            withActorToken(actor,
                           {{QStringLiteral("from"), statuses::name(from)},
                            {QStringLiteral("resend_count"), inv.resendCount},
                            {QStringLiteral("expires_at"), expiry.toString(Qt::ISODateWithMs)}}),
            now);
        !r)
        return r.error();
    return inv;
}

Result<Invitation> InvitationService::cancel(const Actor& actor, const QString& id,
                                             const QString& reason)
{
    BulkResult r = cancelMany(actor, {id}, reason);
    if (!r.items.first().ok)
        return *r.items.first().error;
    return r.items.first().invitation;
}

Result<Invitation> InvitationService::resend(const Actor& actor, const QString& id)
{
    BulkResult r = resendMany(actor, {id});
    if (!r.items.first().ok)
        return *r.items.first().error;
    return r.items.first().invitation;
}

template <typename Fn>
BulkResult InvitationService::runBulk(const Actor&, const QStringList& ids, Fn&& each)
{
    BulkResult result;
    auto failAll = [&](const Error& e) {
        result.items.clear();
        for (int i = 0; i < ids.size(); ++i)
            result.items.append({i, ids.at(i), false, e, {}});
        return result;
    };
    // Expiry first, of these invitations only: one past it is cancelled or resent as expired
    // (with its expiry recorded), not as open; and a resend does not trip over an overdue
    // invitation still open for the same e-mail.
    ExpiryScope touched;
    for (const QString& id : ids) {
        if (invitation_validation::isUuid(id.trimmed()))
            touched.invitationIds << id.trimmed();
    }
    if (!touched.isEmpty()) {
        if (auto r = expireScoped(touched); !r)
            return failAll(r.error());
    }
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return failAll(r.error());
    QSet<QString> seen;
    for (int i = 0; i < ids.size(); ++i) {
        BulkItemResult item;
        item.index = i;
        item.id = ids.at(i).trimmed();
        if (seen.contains(item.id)) {
            item.error = Error::invalid(QStringLiteral("id"), tr("The id is listed twice."));
            result.items.append(item);
            continue;
        }
        seen.insert(item.id);
        // A savepoint per item: a refused item (even one refused by a constraint, which
        // aborts a PostgreSQL transaction) leaves the others' work intact.
        if (!tx.savepoint())
            return failAll(Error::make(Error::Code::Internal, tr("Cannot mark a savepoint.")));
        Result<Invitation> r = each(tx, item.id, now);
        if (r) {
            tx.releaseSavepoint();
            item.ok = true;
            item.invitation = r.value();
        } else {
            tx.rollbackToSavepoint();
            item.error = r.error();
            if (r.error().code == Error::Code::Environment ||
                r.error().code == Error::Code::Internal)
                return failAll(r.error());
        }
        result.items.append(item);
    }
    if (result.succeeded() > 0) {
        if (auto r = tx.commit(); !r)
            return failAll(r.error());
    }
    return result;
}

BulkResult InvitationService::cancelMany(const Actor& actor, const QStringList& ids,
                                         const QString& reason)
{
    return runBulk(actor, ids, [&](Transaction& tx, const QString& id, const QDateTime& now) {
        return cancelIn(tx, actor, id, reason, now);
    });
}

BulkResult InvitationService::resendMany(const Actor& actor, const QStringList& ids)
{
    return runBulk(actor, ids, [&](Transaction& tx, const QString& id, const QDateTime& now) {
        return resendIn(tx, actor, id, now);
    });
}

Result<QList<Invitation>> InvitationService::expireBatch(const ExpiryScope& scope, int limit,
                                                         const QDateTime& now)
{
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    InvitationRepository invitations(tx.database(), tx.db(), now);
    auto expired = invitations.expireDue(now, limit, scope);
    if (!expired)
        return expired.error();
    if (expired->isEmpty())
        return expired;
    QList<AuditEvent> events;
    for (const Invitation& inv : expired.value()) {
        if (auto r = OutboxRepository::cancelQueued(tx, inv.id, now); !r)
            return r.error();
        AuditEvent e;
        e.occurredAt = now;
        e.action = audit_actions::name(AuditAction::InvitationExpired);
        e.invitationId = inv.id;
        e.details =
            QJsonObject{{QStringLiteral("expires_at"), inv.expiresAt.toString(Qt::ISODateWithMs)}};
        events.append(e);
    }
    if (auto r = AuditLog::appendMany(tx, events); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return expired;
}

Result<void> InvitationService::expireScoped(const ExpiryScope& scope)
{
    // In slices, so a bulk change over thousands of ids stays within the databases' limits
    // on bound values.
    constexpr qsizetype kSlice = 200;
    const QDateTime now = m_config.now();
    auto run = [&](const ExpiryScope& slice) -> Result<void> {
        for (;;) {
            auto done = expireBatch(slice, kExpiryBatch, now);
            if (!done)
                return done.error();
            if (done->size() < kExpiryBatch)
                return {};
        }
    };
    for (qsizetype i = 0; i < scope.emails.size(); i += kSlice) {
        if (auto r = run({scope.emails.mid(i, kSlice), {}}); !r)
            return r;
    }
    for (qsizetype i = 0; i < scope.invitationIds.size(); i += kSlice) {
        if (auto r = run({{}, scope.invitationIds.mid(i, kSlice)}); !r)
            return r;
    }
    return {};
}

Result<InvitationService::ExpirySweep> InvitationService::sweepExpired(int maxRows)
{
    const QDateTime now = m_config.now();
    ExpirySweep sweep;
    while (sweep.expired.size() < maxRows) {
        const int limit = int(std::min<qsizetype>(kExpiryBatch, maxRows - sweep.expired.size()));
        auto done = expireBatch({}, limit, now);
        if (!done)
            return done.error();
        sweep.expired += done.value();
        if (done->size() < limit)
            return sweep;
    }
    sweep.more = true;
    return sweep;
}

Result<int> InvitationService::expireDue()
{
    int total = 0;
    for (;;) {
        auto sweep = sweepExpired(kExpiryBatch);
        if (!sweep)
            return sweep.error();
        total += int(sweep->expired.size());
        if (!sweep->more)
            return total;
    }
}

} // namespace invitedesk
