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

status_sql::Fragment InvitationListFilter::needsAttention() const
{
    // Bounced (resend_policy::correctable): failed, or expired with a failed delivery.
    // Never delivered (DeliveryStates::neverDelivered): expired with its mail still waiting.
    const status_sql::Fragment failed = statusIn({InvitationStatus::Failed});
    const status_sql::Fragment expired = statusIn({InvitationStatus::Expired});
    QList<DeliveryStatus> expiredDeliveries = DeliveryStates::waiting();
    expiredDeliveries.prepend(DeliveryStatus::Failed);
    QVariantList deliveryBinds;
    for (DeliveryStatus d : std::as_const(expiredDeliveries))
        deliveryBinds << mail_statuses::name(d);
    status_sql::Fragment f;
    f.sql = QStringLiteral("(%1 OR (%2 AND i.email_delivery_status IN (%3))")
                .arg(failed.sql, expired.sql, sql::placeholders(expiredDeliveries.size()));
    f.binds << failed.binds << expired.binds << deliveryBinds;
    // Expiring soon: open (statuses::isOpen) and expiring within the window of asOf.
    if (m_asOf.isValid()) {
        QList<InvitationStatus> open;
        for (InvitationStatus s : statuses::all())
            if (statuses::isOpen(s))
                open << s;
        const status_sql::Fragment live = statusIn(open);
        f.sql += QStringLiteral(" OR (%1 AND i.expires_at <= ?)").arg(live.sql);
        f.binds << live.binds
                << m_database.timeValue(m_asOf.addSecs(AttentionRules::kExpiringSeconds));
    }
    f.sql += QLatin1Char(')');
    return f;
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
