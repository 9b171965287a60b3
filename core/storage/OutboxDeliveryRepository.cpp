#include "core/storage/OutboxDeliveryRepository.h"

#include "core/domain/MailStatus.h"
#include "core/storage/StatusBinding.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace invitedesk {

namespace {
QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}

// Prepares (once per statement text on a reused query) and executes with bound values.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    if (q.lastQuery() != sql && !q.prepare(sql))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec();
}

// Runs `sql` whose last placeholders are an IN list, in chunks, and collects the first column
// of what it returns (RETURNING id).
Result<QSet<QString>> runForIds(Transaction& tx, const QString& sqlTemplate,
                                const QVariantList& leading, const QStringList& ids,
                                const QString& what)
{
    QSet<QString> returned;
    const qsizetype kChunk = tx.database().isPostgres() ? 500 : 64;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QVariantList binds = leading;
        for (const QString& id : chunk)
            binds << id;
        QSqlQuery q(tx.db());
        if (!run(q, sqlTemplate.arg(placeholders(chunk.size())), binds))
            return Database::fromSqlError(q.lastError(), what);
        while (q.next())
            returned.insert(q.value(0).toString());
    }
    return returned;
}

} // namespace

Result<QList<OutboxMessage>> OutboxDeliveryRepository::claim(const QString& dispatcherId, int limit,
                                                             bool dueNow, const QDateTime& now,
                                                             const QDateTime& leaseUntil)
{
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    const QString due = dueNow ? QStringLiteral("(next_attempt_at <= ? OR attempts > 0)")
                               : QStringLiteral("next_attempt_at <= ?");
    QString inner = QStringLiteral("SELECT id FROM email_outbox WHERE status = ? AND ") + due +
                    QStringLiteral(" AND (claimed_until IS NULL OR claimed_until < ?) "
                                   "ORDER BY next_attempt_at LIMIT %1")
                        .arg(qMax(1, limit));
    if (m_database->isPostgres())
        inner += QStringLiteral(" FOR UPDATE SKIP LOCKED");
    const QString sql =
        QStringLiteral("UPDATE email_outbox SET claimed_by = ?, claimed_until = ? WHERE id IN (") +
        inner +
        QStringLiteral(") RETURNING id, invitation_id, kind, recipient, subject, text_body, "
                       "html_body, language, public_url, attempts, next_attempt_at, "
                       "created_at, password_reset_id");
    QSqlQuery q(tx.db());
    if (!run(q, sql,
             {dispatcherId, m_database->timeValue(leaseUntil),
              mail_statuses::name(OutboxStatus::Queued), m_database->timeValue(now),
              m_database->timeValue(now)}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("claiming queued e-mail"));
    QList<OutboxMessage> rows;
    while (q.next()) {
        OutboxMessage m;
        m.id = q.value(0).toString();
        m.invitationId = q.value(1).toString();
        m.kind = q.value(2).toString();
        m.recipient = q.value(3).toString();
        m.subject = q.value(4).toString();
        m.textBody = q.value(5).toString();
        m.htmlBody = q.value(6).toString();
        m.language = q.value(7).toString();
        m.publicUrl = q.value(8).toString();
        m.status = mail_statuses::name(OutboxStatus::Queued);
        m.attempts = q.value(9).toInt();
        m.nextAttemptAt = Database::readTime(q.value(10));
        m.createdAt = Database::readTime(q.value(11));
        m.passwordResetId = q.value(12).toString();
        m.claimedBy = dispatcherId;
        m.claimedUntil = leaseUntil;
        rows.append(m);
    }
    q.finish();
    if (auto r = tx.commit(); !r)
        return r.error();
    std::sort(rows.begin(), rows.end(), [](const OutboxMessage& a, const OutboxMessage& b) {
        return a.nextAttemptAt != b.nextAttemptAt ? a.nextAttemptAt < b.nextAttemptAt
                                                  : a.createdAt < b.createdAt;
    });
    return rows;
}

Result<int> OutboxDeliveryRepository::release(const QString& dispatcherId, const QStringList& ids)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    const QString base = QStringLiteral("UPDATE email_outbox SET claimed_by = NULL, "
                                        "claimed_until = NULL WHERE claimed_by = ?");
    if (ids.isEmpty()) {
        if (!run(q, base, {dispatcherId}))
            return Database::fromSqlError(q.lastError(), QStringLiteral("releasing e-mail"));
        return q.numRowsAffected();
    }
    int released = 0;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QStringList chunk = ids.mid(start, 500);
        QVariantList binds{dispatcherId};
        for (const QString& id : chunk)
            binds << id;
        if (!run(q, base + QStringLiteral(" AND id IN (%1)").arg(placeholders(chunk.size())),
                 binds))
            return Database::fromSqlError(q.lastError(), QStringLiteral("releasing e-mail"));
        released += q.numRowsAffected();
    }
    return released;
}

Result<QHash<QString, Invitation>>
OutboxDeliveryRepository::invitationsFor(const QStringList& invitationIds)
{
    QHash<QString, Invitation> out;
    if (invitationIds.isEmpty())
        return out;
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    for (qsizetype start = 0; start < invitationIds.size(); start += 500) {
        const QStringList chunk = invitationIds.mid(start, 500);
        QSqlQuery q(conn.value());
        q.setForwardOnly(true);
        QVariantList binds;
        for (const QString& id : chunk)
            binds << id;
        const QString sql = QStringLiteral(
            "SELECT i.id, i.email, i.first_name, i.last_name, i.invitation_type, i.status, "
            "i.organization_id, i.invitation_message, i.language, i.details, i.expires_at, "
            "i.sent_at, i.reminder_count, i.invited_by_id, u.email, u.first_name, u.last_name "
            "FROM user_invitations i JOIN users u ON u.id = i.invited_by_id "
            "WHERE i.id IN (%1)");
        if (!run(q, sql.arg(placeholders(chunk.size())), binds))
            return Database::fromSqlError(q.lastError(), QStringLiteral("reading invitations"));
        while (q.next()) {
            Invitation v;
            v.id = q.value(0).toString();
            v.email = q.value(1).toString();
            v.firstName = q.value(2).toString();
            v.lastName = q.value(3).toString();
            v.type =
                invitation_types::fromName(q.value(4).toString()).value_or(InvitationType::Doctor);
            v.status =
                statuses::fromName(q.value(5).toString()).value_or(InvitationStatus::Pending);
            v.organizationId = q.value(6).toString();
            v.message = q.value(7).toString();
            v.language = q.value(8).toString();
            v.details = InvitationDetails::fromJson(
                QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object());
            v.expiresAt = Database::readTime(q.value(10));
            v.sentAt = Database::readTime(q.value(11));
            v.reminderCount = q.value(12).toInt();
            v.invitedById = q.value(13).toString();
            v.invitedByEmail = q.value(14).toString();
            v.invitedByName =
                (q.value(15).toString() + QLatin1Char(' ') + q.value(16).toString()).trimmed();
            out.insert(v.id, v);
        }
    }
    return out;
}

Result<QHash<QString, PasswordResetRecord>>
OutboxDeliveryRepository::resetsFor(const QStringList& resetIds)
{
    if (resetIds.isEmpty())
        return QHash<QString, PasswordResetRecord>();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return PasswordResetRepository(*m_database, conn.value()).byIds(resetIds);
}

Result<QSet<QString>> OutboxDeliveryRepository::recordLinks(
    const QString& dispatcherId, const QHash<QString, InvitationLink>& links,
    const QHash<QString, PasswordResetLink>& resetLinks, const QDateTime& now)
{
    if (links.isEmpty() && resetLinks.isEmpty())
        return QSet<QString>();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    // FOR UPDATE: a resend or cancel (which cancels the row first, then revokes the links)
    // waits for this commit and then sees the link; or it went first and the row is gone here.
    const QString sql =
        QStringLiteral("SELECT id FROM email_outbox WHERE claimed_by = ? AND status = ? "
                       "AND id IN (%1)") +
        (m_database->isPostgres() ? QStringLiteral(" FOR UPDATE") : QString());
    auto held = runForIds(tx, sql, {dispatcherId, mail_statuses::name(OutboxStatus::Queued)},
                          links.keys() + resetLinks.keys(), QStringLiteral("locking e-mail"));
    if (!held)
        return held.error();
    QList<InvitationLink> live;
    live.reserve(held->size());
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        if (held->contains(it.key()))
            live << it.value();
    }
    if (auto r = InvitationLinkRepository::insertMany(tx, live, now); !r)
        return r.error();
    QList<PasswordResetLink> liveResets;
    for (auto it = resetLinks.cbegin(); it != resetLinks.cend(); ++it) {
        if (held->contains(it.key()))
            liveResets << it.value();
    }
    if (!liveResets.isEmpty()) {
        if (auto r = PasswordResetRepository(tx.database(), tx.db()).insertLinks(liveResets, now);
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return held.value();
}

Result<QSet<QString>> OutboxDeliveryRepository::markSent(Transaction& tx,
                                                         const QString& dispatcherId,
                                                         const QStringList& outboxIds,
                                                         DeliveryChannel channel,
                                                         const QDateTime& now)
{
    return runForIds(
        tx,
        QStringLiteral("UPDATE email_outbox SET status = ?, sent_at = ?, delivered_via = ?, "
                       "attempts = attempts + 1, last_error = NULL, claimed_by = NULL, "
                       "claimed_until = NULL WHERE claimed_by = ? AND status = ? "
                       "AND id IN (%1) RETURNING id"),
        {mail_statuses::name(OutboxStatus::Sent), tx.database().timeValue(now),
         mail_statuses::name(channel), dispatcherId, mail_statuses::name(OutboxStatus::Queued)},
        outboxIds, QStringLiteral("recording sent e-mail"));
}

Result<bool> OutboxDeliveryRepository::markDeferred(Transaction& tx, const QString& dispatcherId,
                                                    const QString& outboxId,
                                                    const QDateTime& nextAttemptAt,
                                                    const QString& reply)
{
    QSqlQuery q(tx.db());
    if (!run(q,
             QStringLiteral("UPDATE email_outbox SET attempts = attempts + 1, "
                            "next_attempt_at = ?, last_error = ? WHERE id = ? AND "
                            "claimed_by = ? AND status = ?"),
             {tx.database().timeValue(nextAttemptAt), reply, outboxId, dispatcherId,
              mail_statuses::name(OutboxStatus::Queued)}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("recording a deferred e-mail"));
    return q.numRowsAffected() == 1;
}

Result<bool> OutboxDeliveryRepository::markFailed(Transaction& tx, const QString& dispatcherId,
                                                  const QString& outboxId, const QString& reply)
{
    QSqlQuery q(tx.db());
    if (!run(q,
             QStringLiteral("UPDATE email_outbox SET status = ?, "
                            "attempts = attempts + 1, last_error = ?, claimed_by = NULL, "
                            "claimed_until = NULL WHERE id = ? AND claimed_by = ? AND "
                            "status = ?"),
             {mail_statuses::name(OutboxStatus::Failed), reply, outboxId, dispatcherId,
              mail_statuses::name(OutboxStatus::Queued)}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("recording a failed e-mail"));
    return q.numRowsAffected() == 1;
}

Result<bool> OutboxDeliveryRepository::markCancelled(Transaction& tx, const QString& dispatcherId,
                                                     const QString& outboxId, const QString& reply)
{
    QSqlQuery q(tx.db());
    if (!run(q,
             QStringLiteral("UPDATE email_outbox SET status = ?, "
                            "last_error = ?, claimed_by = NULL, claimed_until = NULL "
                            "WHERE id = ? AND claimed_by = ? AND status = ?"),
             {mail_statuses::name(OutboxStatus::Cancelled), reply, outboxId, dispatcherId,
              mail_statuses::name(OutboxStatus::Queued)}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("cancelling an e-mail"));
    return q.numRowsAffected() == 1;
}

Result<void> OutboxDeliveryRepository::releaseClaims(Transaction& tx, const QString& dispatcherId,
                                                     const QStringList& outboxIds)
{
    auto r = runForIds(tx,
                       QStringLiteral("UPDATE email_outbox SET claimed_by = NULL, "
                                      "claimed_until = NULL WHERE claimed_by = ? AND id IN (%1)"),
                       {dispatcherId}, outboxIds, QStringLiteral("releasing e-mail"));
    if (!r)
        return r.error();
    return {};
}

Result<QSet<QString>> OutboxDeliveryRepository::invitationsSent(
    Transaction& tx, const QStringList& invitationIds, const QList<InvitationStatus>& from,
    InvitationStatus status, DeliveryChannel channel, const QDateTime& now)
{
    const QVariant at = tx.database().timeValue(now);
    return runForIds(
        tx,
        QStringLiteral("UPDATE user_invitations SET status = ?, version = version + 1, "
                       "sent_at = COALESCE(sent_at, ?), last_sent_at = ?, "
                       "email_delivery_status = ?, email_delivered_via = ?, "
                       "email_attempts = email_attempts + 1, "
                       "last_email_error = NULL, updated_at = ? "
                       "WHERE status IN (%1) AND id IN (%2) RETURNING id")
            .arg(status_sql::placeholders(from), QStringLiteral("%1")),
        QVariantList{status_sql::value(status), at, at, mail_statuses::name(DeliveryStatus::Sent),
                     mail_statuses::name(channel), at} +
            status_sql::values(from),
        invitationIds, QStringLiteral("marking invitations sent"));
}

Result<void> OutboxDeliveryRepository::countReminders(Transaction& tx,
                                                      const QStringList& invitationIds,
                                                      const QDateTime& now)
{
    auto r = runForIds(tx,
                       QStringLiteral("UPDATE user_invitations SET reminder_count = "
                                      "reminder_count + 1, updated_at = ? WHERE id IN (%1) "
                                      "RETURNING id"),
                       {tx.database().timeValue(now)}, invitationIds,
                       QStringLiteral("counting reminders"));
    if (!r)
        return r.error();
    return {};
}

Result<void> OutboxDeliveryRepository::invitationDeferred(Transaction& tx,
                                                          const QString& invitationId,
                                                          const QList<InvitationStatus>& in,
                                                          const QString& reply,
                                                          const QDateTime& now)
{
    QSqlQuery q(tx.db());
    if (!run(q,
             QStringLiteral("UPDATE user_invitations SET email_delivery_status = ?, "
                            "email_attempts = email_attempts + 1, last_email_error = ?, "
                            "updated_at = ? WHERE id = ? AND status IN (%1)")
                 .arg(status_sql::placeholders(in)),
             QVariantList{mail_statuses::name(DeliveryStatus::Deferred), reply,
                          tx.database().timeValue(now), invitationId} +
                 status_sql::values(in)))
        return Database::fromSqlError(q.lastError(), QStringLiteral("recording a deferred e-mail"));
    return {};
}

Result<bool> OutboxDeliveryRepository::invitationFailed(Transaction& tx,
                                                        const QString& invitationId,
                                                        const QList<InvitationStatus>& from,
                                                        InvitationStatus status,
                                                        const QString& reply, const QDateTime& now)
{
    QSqlQuery q(tx.db());
    if (!run(q,
             QStringLiteral("UPDATE user_invitations SET status = ?, version = version + 1, "
                            "email_delivery_status = ?, "
                            "email_attempts = email_attempts + 1, last_email_error = ?, "
                            "updated_at = ? WHERE id = ? AND status IN (%1)")
                 .arg(status_sql::placeholders(from)),
             QVariantList{status_sql::value(status), mail_statuses::name(DeliveryStatus::Failed),
                          reply, tx.database().timeValue(now), invitationId} +
                 status_sql::values(from)))
        return Database::fromSqlError(q.lastError(), QStringLiteral("recording a failed e-mail"));
    return q.numRowsAffected() == 1;
}

} // namespace invitedesk
