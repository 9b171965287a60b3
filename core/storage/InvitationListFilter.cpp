#include "core/storage/InvitationListFilter.h"

#include "core/domain/AttentionRules.h"
#include "core/domain/DeliveryState.h"
#include "core/storage/Database.h"
#include "core/storage/SqlPlaceholders.h"
#include "core/storage/SqlSearch.h"

namespace invitedesk {

status_sql::Fragment InvitationListFilter::statusColumn() const
{
    if (!m_asOf.isValid())
        return {QStringLiteral("i.status"), {}};
    return status_sql::current(m_database.timeValue(m_asOf));
}

status_sql::Fragment InvitationListFilter::statusIn(const QList<InvitationStatus>& wanted) const
{
    if (!m_asOf.isValid())
        return {QStringLiteral("i.status IN (%1)").arg(status_sql::placeholders(wanted)),
                status_sql::values(wanted)};
    return status_sql::currentIn(wanted, m_database.timeValue(m_asOf));
}

QList<status_sql::Fragment>
InvitationListFilter::statusArms(const QList<InvitationStatus>& wanted) const
{
    if (!m_asOf.isValid())
        return {statusIn(wanted)};
    return status_sql::currentArms(wanted, m_database.timeValue(m_asOf));
}

status_sql::Fragment InvitationListFilter::needsAttention() const
{
    // Written as an OR of conjunctions, one per way a row can qualify, so that PostgreSQL
    // proves each against user_invitations_attention_idx's predicate (migration 019) and
    // reads the oldest first from it: ANDing the delivery into a nested OR hid that.
    QList<status_sql::Fragment> arms;
    // Bounced (resend_policy::correctable): failed, or expired with a failed delivery.
    // Never delivered (DeliveryStates::neverDelivered): expired with its mail still waiting.
    arms << statusArms({InvitationStatus::Failed});
    QList<DeliveryStatus> expiredDeliveries = DeliveryStates::waiting();
    expiredDeliveries.prepend(DeliveryStatus::Failed);
    QVariantList deliveryBinds;
    for (DeliveryStatus d : std::as_const(expiredDeliveries))
        deliveryBinds << mail_statuses::name(d);
    const QString delivered = QStringLiteral(" AND i.email_delivery_status IN (%1)")
                                  .arg(sql::placeholders(expiredDeliveries.size()));
    for (status_sql::Fragment arm : statusArms({InvitationStatus::Expired})) {
        arm.sql += delivered;
        arm.binds << deliveryBinds;
        arms << arm;
    }
    // Expiring soon: open (statuses::isOpen) and expiring within the window of asOf.
    if (m_asOf.isValid()) {
        QList<InvitationStatus> open;
        for (InvitationStatus s : statuses::all())
            if (statuses::isOpen(s))
                open << s;
        const QVariant until =
            m_database.timeValue(m_asOf.addSecs(AttentionRules::kExpiringSeconds));
        for (status_sql::Fragment arm : statusArms(open)) {
            arm.sql += QStringLiteral(" AND i.expires_at <= ?");
            arm.binds << until;
            arms << arm;
        }
    }
    return status_sql::anyOf(arms);
}

InvitationVisibility InvitationListFilter::where(const Actor& actor,
                                                 const InvitationQuery& query) const
{
    InvitationVisibility w = InvitationVisibility::forActor(actor, query.scopeUserId);
    if (!query.statuses.isEmpty()) {
        const status_sql::Fragment status = statusIn(query.statuses);
        w.clauses << status.sql;
        w.binds << status.binds;
    }
    if (!query.types.isEmpty()) {
        for (InvitationType t : query.types)
            w.binds << invitation_types::name(t);
        w.clauses << QStringLiteral("i.invitation_type IN (%1)")
                         .arg(sql::placeholders(query.types.size()));
    }
    if (!query.search.trimmed().isEmpty()) {
        const sql_search::Clause search =
            sql_search::nameOrEmail(QStringLiteral("i"), query.search);
        w.clauses << search.sql;
        w.binds << search.binds;
    }
    if (query.createdFrom.isValid()) {
        w.clauses << QStringLiteral("i.created_at >= ?");
        w.binds << m_database.timeValue(query.createdFrom);
    }
    if (query.createdTo.isValid()) {
        w.clauses << QStringLiteral("i.created_at < ?");
        w.binds << m_database.timeValue(query.createdTo);
    }
    if (!query.invitedById.isEmpty()) {
        w.clauses << QStringLiteral("i.invited_by_id = ?");
        w.binds << query.invitedById;
    }
    if (!query.ids.isEmpty()) {
        for (const QString& id : query.ids)
            w.binds << id;
        w.clauses << QStringLiteral("i.id IN (%1)").arg(sql::placeholders(query.ids.size()));
    }
    if (query.needsAttention) {
        const status_sql::Fragment attention = needsAttention();
        w.clauses << attention.sql;
        w.binds << attention.binds;
    }
    return w;
}

} // namespace invitedesk
