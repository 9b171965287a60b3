#include "core/storage/OutboxRepository.h"

#include "core/domain/MailStatus.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace invitedesk {

Result<void> OutboxRepository::enqueue(Transaction& tx, const OutboxMessage& message)
{
    return enqueueMany(tx, {message});
}

Result<void> OutboxRepository::enqueueMany(Transaction& tx, const QList<OutboxMessage>& messages)
{
    Database& database = tx.database();
    const int kChunk = database.insertChunkRows();
    for (qsizetype start = 0; start < messages.size(); start += kChunk) {
        const qsizetype end = std::min<qsizetype>(messages.size(), start + kChunk);
        QString sql = QStringLiteral(
            "INSERT INTO email_outbox (id, invitation_id, password_reset_id, kind, recipient, "
            "subject, text_body, html_body, language, public_url, status, attempts, "
            "next_attempt_at, created_at) "
            "VALUES ");
        for (qsizetype i = start; i < end; ++i) {
            sql += (i == start ? QString() : QStringLiteral(", ")) +
                   QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
        }
        QSqlQuery q(tx.db());
        if (!q.prepare(sql))
            return Database::fromSqlError(q.lastError(), QStringLiteral("preparing an outbox row"));
        for (qsizetype i = start; i < end; ++i) {
            const OutboxMessage& m = messages.at(i);
            const QDateTime created =
                m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc();
            q.addBindValue(m.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                          : m.id);
            q.addBindValue(Database::textOrNull(m.invitationId));
            q.addBindValue(Database::textOrNull(m.passwordResetId));
            q.addBindValue(m.kind);
            q.addBindValue(m.recipient);
            q.addBindValue(Database::textOrNull(m.subject));
            q.addBindValue(Database::textOrNull(m.textBody));
            q.addBindValue(Database::textOrNull(m.htmlBody));
            q.addBindValue(m.language);
            q.addBindValue(Database::textOrNull(m.publicUrl));
            q.addBindValue(mail_statuses::name(OutboxStatus::Queued));
            q.addBindValue(
                database.timeValue(m.nextAttemptAt.isValid() ? m.nextAttemptAt : created));
            q.addBindValue(database.timeValue(created));
        }
        if (!q.exec())
            return Database::fromSqlError(q.lastError(), QStringLiteral("queueing an e-mail"));
    }
    return {};
}

Result<int> OutboxRepository::cancelQueued(Transaction& tx, const QString& invitationId,
                                           const QDateTime& now)
{
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral("UPDATE email_outbox SET status = ?, "
                             "claimed_by = NULL, claimed_until = NULL, last_error = ? "
                             "WHERE invitation_id = ? AND status IN (?, ?)"));
    q.addBindValue(mail_statuses::name(OutboxStatus::Cancelled));
    q.addBindValue(QStringLiteral("cancelled at %1").arg(now.toUTC().toString(Qt::ISODate)));
    q.addBindValue(invitationId);
    q.addBindValue(mail_statuses::name(OutboxStatus::Queued));
    q.addBindValue(mail_statuses::name(OutboxStatus::Sending));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("cancelling queued e-mail"));
    return q.numRowsAffected();
}

Result<QDateTime> OutboxRepository::nextAttemptFor(QSqlDatabase db, const QString& invitationId)
{
    QSqlQuery q(db);
    if (!Database::exec(q,
                        QStringLiteral("SELECT next_attempt_at FROM email_outbox "
                                       "WHERE invitation_id = ? AND status = ? "
                                       "ORDER BY next_attempt_at LIMIT 1"),
                        {invitationId, mail_statuses::name(OutboxStatus::Queued)}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the outbox"));
    if (!q.next())
        return QDateTime();
    return Database::readTime(q.value(0));
}

} // namespace invitedesk
