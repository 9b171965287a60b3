// InvitationService: what a resend would do (the desk's confirmation), the correction of a
// bounced address, and when a waiting e-mail is tried next.
#include "core/services/InvitationService.h"

#include "core/domain/AuditAction.h"
#include "core/domain/InvitationLifecycle.h"
#include "core/domain/ResendPolicy.h"
#include "core/services/ActorAudit.h"
#include "core/services/InvitationValidator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace invitedesk {

Result<ResendPreview> InvitationService::resendPreview(const Actor& actor, const QStringList& ids)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    const QDateTime now = m_config.now();
    QHash<QString, int> defaultDays; // per organisation
    ResendPreview preview;
    preview.computedAt = now;
    QSet<QString> seen;
    for (const QString& raw : ids) {
        const QString id = raw.trimmed();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto inv = loadVisible(*m_database, conn.value(), actor, id, now);
        if (!inv) {
            if (inv.error().code == Error::Code::Environment ||
                inv.error().code == Error::Code::Internal)
                return inv.error();
            ++preview.skipped;
            continue;
        }
        if (!lifecycle::apply(inv->status, LifecycleEvent::Resend)) {
            ++preview.skipped;
            continue;
        }
        if (!defaultDays.contains(inv->organizationId)) {
            auto org =
                OrganizationRepository(*m_database, conn.value()).findById(inv->organizationId);
            if (!org)
                return org.error();
            defaultDays.insert(inv->organizationId, org.value() ? org.value()->expiryDays : 7);
        }
        ResendPreviewItem item;
        item.id = inv->id;
        item.email = inv->email;
        item.currentExpiry = inv->expiresAt;
        item.newExpiry =
            resend_policy::newExpiry(inv.value(), defaultDays.value(inv->organizationId), now);
        item.lastSentAt = resend_policy::lastSend(inv.value());
        item.sentRecently = resend_policy::sentRecently(inv.value(), now);
        item.bounced = resend_policy::bounced(inv.value());
        preview.items.append(item);
    }
    return preview;
}

Result<Invitation> InvitationService::correctAddress(const Actor& actor, const QString& id,
                                                     const QString& email,
                                                     std::optional<int> expectedVersion)
{
    const QString address = email.trimmed().toLower();
    if (auto r = invitation_validation::checkEmail(address); !r)
        return r.error();
    if (invitation_validation::isUuid(id.trimmed())) {
        if (auto r = expireScoped({{address}, {id.trimmed()}}); !r)
            return r.error();
    }
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto loaded = loadVisible(tx.database(), tx.db(), actor, id, now);
    if (!loaded)
        return loaded.error();
    const Invitation inv = loaded.value();
    if (auto r = authoriseExisting(tx, actor, inv); !r)
        return r.error();
    // Failed, or expired since it failed: either way nobody received it.
    const QList<InvitationStatus> correctable = {InvitationStatus::Failed,
                                                 InvitationStatus::Expired};
    if (!resend_policy::correctable(inv.status, inv.emailDeliveryStatus))
        return Error::make(Error::Code::Conflict,
                           tr("Only an invitation whose e-mail could not be delivered can have "
                              "its address corrected; it is %1.")
                               .arg(statuses::name(inv.status)),
                           QStringLiteral("status"));
    if (expectedVersion && *expectedVersion != inv.version)
        return Error::make(Error::Code::Conflict,
                           tr("The invitation was changed by someone else at the same time; "
                              "reload and try again."),
                           QStringLiteral("version"));
    if (address == inv.email)
        return Error::invalid(QStringLiteral("email"),
                              tr("This is the address that could not be delivered to."));
    InvitationRepository invitations(tx.database(), tx.db(), now);
    auto done = invitations.updateEmail(inv.id, inv.version, correctable, address, now);
    if (!done)
        return done.error();
    if (!done.value())
        return Error::make(Error::Code::Conflict,
                           tr("The invitation was changed by someone else at the same time; "
                              "reload and try again."),
                           QStringLiteral("version"));
    if (auto r = AuditLog::append(
            tx, actor.id, audit_actions::name(AuditAction::InvitationUpdated), inv.id,
            withActorToken(actor, {{QStringLiteral("fields"), QStringLiteral("email")},
                                   {QStringLiteral("email"), address},
                                   {QStringLiteral("from_email"), inv.email}}),
            now);
        !r)
        return r.error();
    auto resent = resendIn(tx, actor, inv.id, now);
    if (!resent)
        return resent.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(actor, inv.id);
}

Result<QDateTime> InvitationService::nextMailAttempt(const Actor& actor, const QString& id)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto inv = loadVisible(*m_database, conn.value(), actor, id, m_config.now());
    if (!inv)
        return inv.error();
    return OutboxRepository::nextAttemptFor(conn.value(), inv->id);
}

} // namespace invitedesk
