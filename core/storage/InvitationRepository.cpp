#include "core/storage/InvitationRepository.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/domain/MailStatus.h"
#include "core/storage/InvitationListFilter.h"
#include "core/storage/InvitationRows.h"
#include "core/storage/StatusBinding.h"
#include "core/storage/UserRepository.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace invitedesk {

QVariant InvitationRepository::sortValueOf(const Invitation& inv, InvitationQuery::SortKey key)
{
    switch (key) {
    case InvitationQuery::SortKey::CreatedAt:
        return inv.createdAt;
    case InvitationQuery::SortKey::UpdatedAt:
        return inv.updatedAt;
    case InvitationQuery::SortKey::ExpiresAt:
        return inv.expiresAt;
    case InvitationQuery::SortKey::Email:
        return inv.email;
    case InvitationQuery::SortKey::LastName:
        return inv.lastName;
    case InvitationQuery::SortKey::Status:
        return statuses::name(inv.status);
    case InvitationQuery::SortKey::Type:
        return invitation_types::name(inv.type);
    }
    return {};
}

status_sql::Fragment InvitationRepository::statusColumn() const
{
    return InvitationListFilter(m_database, m_asOf).statusColumn();
}

status_sql::Fragment InvitationRepository::statusIn(const QList<InvitationStatus>& wanted) const
{
    return InvitationListFilter(m_database, m_asOf).statusIn(wanted);
}

Result<std::optional<Invitation>> InvitationRepository::findOne(const QString& where,
                                                                const QVariant& value)
{
    const status_sql::Fragment status = statusColumn();
    QSqlQuery q(m_db);
    if (!Database::exec(q,
                        QStringLiteral("SELECT ") +
                            invitation_rows::select(m_database, status.sql) +
                            QStringLiteral(" WHERE ") + where,
                        QVariantList(status.binds) << value))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading an invitation"));
    if (!q.next())
        return std::optional<Invitation>();
    return std::optional<Invitation>(invitation_rows::read(q));
}

Result<std::optional<Invitation>> InvitationRepository::findById(const QString& id)
{
    return findOne(QStringLiteral("i.id = ?"), id);
}

Result<std::optional<Invitation>> InvitationRepository::findByTokenHash(const QByteArray& tokenHash)
{
    return findOne(QStringLiteral("i.id = (SELECT invitation_id FROM invitation_links "
                                  "WHERE token_hash = ?)"),
                   tokenHash);
}

Result<bool> InvitationRepository::isVisibleTo(const Actor& actor, const QString& invitationId)
{
    InvitationVisibility w = InvitationVisibility::forActor(actor, {});
    w.clauses << QStringLiteral("i.id = ?");
    w.binds << invitationId;
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("SELECT count(*) FROM user_invitations i WHERE ") +
                        w.clauses.join(QStringLiteral(" AND "));
    if (!Database::exec(q, sql, w.binds) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("checking visibility"));
    return q.value(0).toInt() > 0;
}

void InvitationRepository::bindInsert(QSqlQuery& q, const Invitation& inv) const
{
    q.addBindValue(inv.id);
    q.addBindValue(inv.email);
    q.addBindValue(inv.firstName);
    q.addBindValue(inv.lastName);
    q.addBindValue(invitation_types::name(inv.type));
    q.addBindValue(roles::name(inv.type));
    q.addBindValue(statuses::name(inv.status));
    q.addBindValue(inv.organizationId);
    q.addBindValue(inv.invitedById);
    q.addBindValue(Database::textOrNull(inv.parentUserId));
    q.addBindValue(Database::textOrNull(inv.message));
    q.addBindValue(inv.language.isEmpty() ? QStringLiteral("en") : inv.language);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(inv.details.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(Database::textOrNull(inv.details.npi));
    q.addBindValue(m_database.timeValue(inv.expiresAt));
    q.addBindValue(m_database.timeValue(inv.createdAt));
    q.addBindValue(m_database.timeValue(inv.updatedAt.isValid() ? inv.updatedAt : inv.createdAt));
    q.addBindValue(inv.validityDays > 0 ? QVariant(inv.validityDays)
                                        : QVariant(QMetaType(QMetaType::Int)));
}

Result<void> InvitationRepository::insert(const Invitation& invitation)
{
    return insertMany({invitation});
}

Result<void> InvitationRepository::insertMany(const QList<Invitation>& invitations)
{
    const int kChunk = m_database.insertChunkRows();
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype start = 0; start < invitations.size(); start += kChunk) {
        const qsizetype end = std::min<qsizetype>(invitations.size(), start + kChunk);
        QString sql =
            QStringLiteral("INSERT INTO user_invitations (id, email, first_name, last_name, "
                           "invitation_type, role_name, "
                           "status, organization_id, invited_by_id, parent_user_id, "
                           "invitation_message, "
                           "language, details, npi, expires_at, created_at, updated_at, "
                           "validity_days) VALUES ");
        for (qsizetype i = start; i < end; ++i)
            sql += (i == start ? QString() : QStringLiteral(", ")) + row;
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            return Database::fromSqlError(q.lastError(), QStringLiteral("preparing invitations"));
        for (qsizetype i = start; i < end; ++i)
            bindInsert(q, invitations.at(i));
        if (!q.exec()) {
            if (Database::isUniqueViolation(q.lastError())) {
                return Error::make(
                    Error::Code::Conflict,
                    QStringLiteral("There is already an open invitation for this e-mail "
                                   "in this organisation."),
                    QStringLiteral("email"));
            }
            return Database::fromSqlError(q.lastError(), QStringLiteral("creating an invitation"));
        }
    }
    return {};
}

Result<bool> InvitationRepository::cancel(const QString& id, int version,
                                          const QList<InvitationStatus>& from,
                                          const QString& byUserId, const QString& reason,
                                          const QDateTime& now)
{
    QSqlQuery q(m_db);
    const QString sql =
        QStringLiteral(
            "UPDATE user_invitations SET status = ?, cancelled_at = ?, "
            "cancelled_by_id = ?, cancel_reason = ?, updated_at = ?, version = version + 1, "
            "email_delivery_status = CASE WHEN email_delivery_status IN (?, ?) "
            "THEN ? ELSE email_delivery_status END "
            "WHERE id = ? AND version = ? AND status IN (%1)")
            .arg(status_sql::placeholders(from));
    if (!Database::exec(q, sql,
                        QVariantList{status_sql::value(lifecycle::targetOf(LifecycleEvent::Cancel)),
                                     m_database.timeValue(now), byUserId,
                                     Database::textOrNull(reason), m_database.timeValue(now),
                                     mail_statuses::name(DeliveryStatus::Queued),
                                     mail_statuses::name(DeliveryStatus::Deferred),
                                     mail_statuses::name(DeliveryStatus::Cancelled), id, version} +
                            status_sql::values(from)))
        return Database::fromSqlError(q.lastError(), QStringLiteral("cancelling an invitation"));
    return q.numRowsAffected() == 1;
}

Result<bool> InvitationRepository::resend(const QString& id, int version,
                                          const QList<InvitationStatus>& from,
                                          const QDateTime& newExpiry, const QDateTime& now)
{
    QSqlQuery q(m_db);
    const QString sql =
        QStringLiteral(
            "UPDATE user_invitations SET status = ?, expires_at = ?, "
            "resend_count = resend_count + 1, reminder_count = 0, email_delivery_status = ?, "
            "email_attempts = 0, last_email_error = NULL, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ? AND status IN (%1)")
            .arg(status_sql::placeholders(from));
    if (!Database::exec(q, sql,
                        QVariantList{status_sql::value(lifecycle::targetOf(LifecycleEvent::Resend)),
                                     m_database.timeValue(newExpiry),
                                     mail_statuses::name(DeliveryStatus::Queued),
                                     m_database.timeValue(now), id, version} +
                            status_sql::values(from))) {
        if (Database::isUniqueViolation(q.lastError())) {
            return Error::make(
                Error::Code::Conflict,
                QStringLiteral("Another open invitation for this e-mail exists in this "
                               "organisation; resend that one instead."),
                QStringLiteral("email"));
        }
        return Database::fromSqlError(q.lastError(), QStringLiteral("resending an invitation"));
    }
    return q.numRowsAffected() == 1;
}

Result<bool> InvitationRepository::updateEmail(const QString& id, int version,
                                               const QList<InvitationStatus>& from,
                                               const QString& email, const QDateTime& now)
{
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("UPDATE user_invitations SET email = ?, updated_at = ?, "
                                       "version = version + 1 "
                                       "WHERE id = ? AND version = ? AND status IN (%1)")
                            .arg(status_sql::placeholders(from));
    if (!Database::exec(q, sql,
                        QVariantList{email, m_database.timeValue(now), id, version} +
                            status_sql::values(from)))
        return Database::fromSqlError(q.lastError(), QStringLiteral("correcting an address"));
    return q.numRowsAffected() == 1;
}

Result<bool> InvitationRepository::updateFields(const Invitation& changed,
                                                const QList<InvitationStatus>& from,
                                                const QDateTime& now)
{
    QSqlQuery q(m_db);
    const QString sql =
        QStringLiteral(
            "UPDATE user_invitations SET first_name = ?, last_name = ?, invitation_message = ?, "
            "expires_at = ?, details = ?, npi = ?, language = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ? AND status IN (%1)")
            .arg(status_sql::placeholders(from));
    if (!Database::exec(
            q, sql,
            QVariantList{
                changed.firstName, changed.lastName, Database::textOrNull(changed.message),
                m_database.timeValue(changed.expiresAt),
                QString::fromUtf8(
                    QJsonDocument(changed.details.toJson()).toJson(QJsonDocument::Compact)),
                Database::textOrNull(changed.details.npi), changed.language,
                m_database.timeValue(now), changed.id, changed.version} +
                status_sql::values(from)))
        return Database::fromSqlError(q.lastError(), QStringLiteral("updating an invitation"));
    return q.numRowsAffected() == 1;
}

Result<QList<Invitation>> InvitationRepository::expireDue(const QDateTime& now, int limit,
                                                          const ExpiryScope& scope)
{
    const QList<InvitationStatus> from = lifecycle::sourcesOf(LifecycleEvent::Expire);
    QString sql = QStringLiteral("SELECT ") +
                  invitation_rows::select(m_database, QStringLiteral("i.status")) +
                  QStringLiteral(" WHERE i.status IN (%1) AND i.expires_at <= ?")
                      .arg(status_sql::placeholders(from));
    QVariantList binds = status_sql::values(from) << m_database.timeValue(now);
    if (!scope.isEmpty()) {
        QStringList either;
        if (!scope.emails.isEmpty()) {
            either << QStringLiteral("i.email IN (%1)")
                          .arg(QStringList(scope.emails.size(), QStringLiteral("?"))
                                   .join(QStringLiteral(", ")));
            for (const QString& e : scope.emails)
                binds << e;
        }
        if (!scope.invitationIds.isEmpty()) {
            either << QStringLiteral("i.email IN (SELECT email FROM user_invitations WHERE id IN "
                                     "(%1))")
                          .arg(QStringList(scope.invitationIds.size(), QStringLiteral("?"))
                                   .join(QStringLiteral(", ")));
            for (const QString& id : scope.invitationIds)
                binds << id;
        }
        sql += QStringLiteral(" AND (%1)").arg(either.join(QStringLiteral(" OR ")));
    }
    sql += QStringLiteral(" ORDER BY i.expires_at LIMIT %1").arg(limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q, sql, binds))
        return Database::fromSqlError(q.lastError(), QStringLiteral("finding expired invitations"));
    QList<Invitation> due;
    while (q.next())
        due.append(invitation_rows::read(q));
    QList<Invitation> expired;
    for (Invitation inv : due) {
        QSqlQuery u(m_db);
        if (!Database::exec(
                u,
                QStringLiteral("UPDATE user_invitations SET status = ?, updated_at = ?, "
                               "version = version + 1 WHERE id = ? AND version = ? "
                               "AND status IN (%1)")
                    .arg(status_sql::placeholders(from)),
                QVariantList{status_sql::value(lifecycle::targetOf(LifecycleEvent::Expire)),
                             m_database.timeValue(now), inv.id, inv.version} +
                    status_sql::values(from)))
            return Database::fromSqlError(u.lastError(), QStringLiteral("expiring an invitation"));
        if (u.numRowsAffected() == 1) {
            inv.status = lifecycle::targetOf(LifecycleEvent::Expire);
            ++inv.version;
            expired.append(inv);
        }
    }
    return expired;
}

Result<bool> InvitationRepository::hasOpenInvitation(const QString& email,
                                                     const QString& organizationId)
{
    const status_sql::Fragment open = statusIn(lifecycle::openStatuses());
    QSqlQuery q(m_db);
    if (!Database::exec(
            q,
            QStringLiteral("SELECT count(*) FROM user_invitations i WHERE i.email = ? AND "
                           "i.organization_id = ? AND ") +
                open.sql,
            QVariantList{email, organizationId} + open.binds) ||
        !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("checking open invitations"));
    return q.value(0).toInt() > 0;
}

Result<qint64> InvitationRepository::countCreatedBy(const QString& inviterId,
                                                    const QDateTime& since)
{
    QSqlQuery q(m_db);
    if (!Database::exec(
            q,
            QStringLiteral("SELECT count(*) FROM user_invitations WHERE invited_by_id = ? "
                           "AND created_at >= ?"),
            {inviterId, m_database.timeValue(since)}) ||
        !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("counting invitations"));
    return q.value(0).toLongLong();
}

InvitationVisibility InvitationRepository::filtered(const Actor& actor,
                                                    const InvitationQuery& query) const
{
    return InvitationListFilter(m_database, m_asOf).where(actor, query);
}

Result<InvitationPage> InvitationRepository::list(const Actor& actor, const InvitationQuery& query)
{
    InvitationVisibility w = filtered(actor, query);
    const status_sql::Fragment status = statusColumn();
    // Sorting by status sorts by the status the rows show; it has no index either way.
    const bool byStatus = query.sortKey == InvitationQuery::SortKey::Status;
    const QString col = byStatus ? status.sql : invitation_rows::sortColumn(query.sortKey);
    const bool isTime = query.sortKey == InvitationQuery::SortKey::CreatedAt ||
                        query.sortKey == InvitationQuery::SortKey::UpdatedAt ||
                        query.sortKey == InvitationQuery::SortKey::ExpiresAt;
    if (query.hasCursor()) {
        const QString op = query.descending ? QStringLiteral("<") : QStringLiteral(">");
        // A row-value comparison lets both databases walk the (column, id) index from the
        // cursor; the OR form made PostgreSQL filter every earlier row again on each page.
        w.clauses << QStringLiteral("(%1, i.id) %2 (?, ?)").arg(col, op);
        const QVariant v =
            isTime ? m_database.timeValue(query.afterValue.toDateTime()) : query.afterValue;
        if (byStatus)
            w.binds << status.binds;
        w.binds << v << query.afterId;
    }
    const QString dir = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString order = QStringLiteral(" ORDER BY %1 %2, i.id %2").arg(col, dir);
    const QString limit =
        query.limit > 0 ? QStringLiteral(" LIMIT %1").arg(query.limit + 1) : QString();
    QString sql = QStringLiteral("SELECT ") + invitation_rows::select(m_database, status.sql);
    QVariantList binds = status.binds;
    if (!w.rootId.isEmpty() && query.limit > 0) {
        // A downline's page: the page's ids first, from the downline's own rows (each
        // member's by inviter and by upline, through the closure and the (column,
        // created_at, id) indexes), then their columns. Walking the whole list newest first
        // and testing each row read 100,000 rows for a distributor's 200 (docs/performance.md).
        const QVariantList keyBinds = byStatus ? status.binds : QVariantList();
        sql += QStringLiteral(" WHERE i.id IN (SELECT v.id FROM (") +
               w.downlineRows(QStringLiteral("i.id, %1 AS k").arg(col)) +
               QStringLiteral(") v ORDER BY v.k %1, v.id %1").arg(dir) + limit + QLatin1Char(')');
        binds << w.downlineRowsBinds(keyBinds);
    } else {
        sql += w.where();
        binds << w.binds;
    }
    sql += order + limit;
    if (byStatus)
        binds << status.binds;
    // The list runs on every page of the desk and every API list call: its statement is
    // kept prepared on the connection (the SQL differs only with the filters). Not a search:
    // PostgreSQL would soon plan a kept statement for any pattern (a generic plan), walking
    // the whole list by date; prepared afresh, each search is planned for its own term and
    // uses the trigram indexes (migration 014).
    QSqlQuery q(m_db);
    const bool searching = !query.search.trimmed().isEmpty();
    if (searching)
        q.setForwardOnly(true);
    if (!(searching ? Database::exec(q, sql, binds) : Database::execReusable(q, m_db, sql, binds)))
        return Database::fromSqlError(q.lastError(), QStringLiteral("listing invitations"));
    InvitationPage page;
    while (q.next()) {
        if (query.limit > 0 && page.items.size() == query.limit) {
            page.hasMore = true;
            break;
        }
        page.items.append(invitation_rows::read(q));
    }
    q.finish();
    if (page.hasMore && !page.items.isEmpty()) {
        page.nextAfterValue = sortValueOf(page.items.last(), query.sortKey);
        page.nextAfterId = page.items.last().id;
    }
    return page;
}

Result<qint64> InvitationRepository::count(const Actor& actor, const InvitationQuery& query,
                                           qint64 atMost)
{
    const InvitationVisibility w = filtered(actor, query);
    QString sql = QStringLiteral("SELECT count(*) FROM user_invitations i") + w.where();
    QVariantList binds = w.binds;
    if (atMost > 0) {
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM user_invitations i") + w.where() +
              QStringLiteral(" LIMIT ?) AS c");
        binds.append(atMost + 1);
    }
    QSqlQuery q(m_db);
    if (!Database::exec(q, sql, binds) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("counting invitations"));
    return q.value(0).toLongLong();
}

} // namespace invitedesk
