#include "core/storage/DemoRepository.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/domain/MailStatus.h"
#include "core/storage/StatusBinding.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace invitedesk {

namespace {
Result<void> run(Transaction& tx, const QString& sql, const QVariantList& binds,
                 const QString& what)
{
    QSqlQuery q(tx.db());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), what);
    return {};
}
} // namespace

Result<void> DemoRepository::markDelivered(Transaction& tx, const QString& id, const QDateTime& at)
{
    Database& d = tx.database();
    auto r =
        run(tx,
            QStringLiteral("UPDATE user_invitations SET status = ?, sent_at = ?, last_sent_at = ?, "
                           "email_delivery_status = ?, email_attempts = 1, updated_at = ?, "
                           "version = version + 1 WHERE id = ?"),
            {status_sql::value(lifecycle::targetOf(LifecycleEvent::MailAccepted)), d.timeValue(at),
             d.timeValue(at), mail_statuses::name(DeliveryStatus::Sent), d.timeValue(at), id},
            QStringLiteral("marking delivered"));
    if (!r)
        return r;
    return run(tx,
               QStringLiteral("UPDATE email_outbox SET status = ?, sent_at = ?, attempts = 1 "
                              "WHERE invitation_id = ? AND status = ?"),
               {mail_statuses::name(OutboxStatus::Sent), d.timeValue(at), id,
                mail_statuses::name(OutboxStatus::Queued)},
               QStringLiteral("marking delivered"));
}

Result<void> DemoRepository::markOpened(Transaction& tx, const QString& id, const QDateTime& at)
{
    Database& d = tx.database();
    return run(tx,
               QStringLiteral(
                   "UPDATE user_invitations SET opened_at = ?, version = version + 1 WHERE id = ?"),
               {d.timeValue(at), id}, QStringLiteral("marking opened"));
}

Result<void> DemoRepository::markFailed(Transaction& tx, const QString& id, const QString& error,
                                        const QDateTime& at)
{
    Database& d = tx.database();
    auto r =
        run(tx,
            QStringLiteral(
                "UPDATE user_invitations SET status = ?, email_delivery_status = ?, "
                "email_attempts = 1, last_email_error = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ?"),
            {status_sql::value(lifecycle::targetOf(LifecycleEvent::DeliveryFailed)),
             mail_statuses::name(DeliveryStatus::Failed), error, d.timeValue(at), id},
            QStringLiteral("marking failed"));
    if (!r)
        return r;
    return run(tx,
               QStringLiteral("UPDATE email_outbox SET status = ?, last_error = ?, attempts = 1 "
                              "WHERE invitation_id = ? AND status = ?"),
               {mail_statuses::name(OutboxStatus::Failed), error, id,
                mail_statuses::name(OutboxStatus::Queued)},
               QStringLiteral("marking failed"));
}

Result<void> DemoRepository::markAccepted(Transaction& tx, const QString& id, const QString& userId,
                                          const QDateTime& at)
{
    Database& d = tx.database();
    return run(tx,
               QStringLiteral("UPDATE user_invitations SET status = ?, accepted_at = ?, "
                              "accepted_user_id = ?, "
                              "updated_at = ?, version = version + 1 WHERE id = ?"),
               {status_sql::value(lifecycle::targetOf(LifecycleEvent::Accept)), d.timeValue(at),
                userId, d.timeValue(at), id},
               QStringLiteral("marking accepted"));
}

} // namespace invitedesk
