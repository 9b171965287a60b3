#include "core/storage/ApiIdempotencyRepository.h"

#include <QSqlQuery>

namespace invitedesk {

Result<std::optional<ApiIdempotencyRepository::Entry>>
ApiIdempotencyRepository::find(const QString& tokenId, const QString& key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT request_hash, status, response, response_headers FROM "
                             "api_idempotency_keys WHERE token_id = ? AND idempotency_key = ?"));
    q.addBindValue(tokenId);
    q.addBindValue(key);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading an idempotency key"));
    if (!q.next())
        return std::optional<Entry>();
    return std::optional<Entry>(Entry{q.value(0).toByteArray(), q.value(1).toInt(),
                                      q.value(2).toString(), q.value(3).toString()});
}

Result<std::optional<ApiIdempotencyRepository::Entry>>
ApiIdempotencyRepository::reserve(const QString& tokenId, const QString& key,
                                  const QByteArray& requestHash, const QDateTime& now)
{
    // ON CONFLICT DO NOTHING (both dialects): a concurrent retry finds the row instead of
    // aborting the transaction.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO api_idempotency_keys (token_id, idempotency_key, "
                             "request_hash, status, response, created_at) VALUES (?, ?, ?, 0, '', "
                             "?) ON CONFLICT (token_id, idempotency_key) DO NOTHING"));
    q.addBindValue(tokenId);
    q.addBindValue(key);
    q.addBindValue(requestHash);
    q.addBindValue(m_database.timeValue(now));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("storing an idempotency key"));
    if (q.numRowsAffected() == 1)
        return std::optional<Entry>();
    auto existing = find(tokenId, key);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return Error::make(Error::Code::Internal,
                           QStringLiteral("The idempotency key vanished while it was read."));
    return existing;
}

Result<void> ApiIdempotencyRepository::complete(const QString& tokenId, const QString& key,
                                                int status, const QString& response,
                                                const QString& headers)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE api_idempotency_keys SET status = ?, response = ?, "
                             "response_headers = ? WHERE token_id = ? AND idempotency_key = ?"));
    q.addBindValue(status);
    q.addBindValue(response);
    q.addBindValue(headers.isEmpty() ? QStringLiteral("{}") : headers);
    q.addBindValue(tokenId);
    q.addBindValue(key);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("storing an idempotent answer"));
    return {};
}

Result<void> ApiIdempotencyRepository::release(const QString& tokenId, const QString& key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "DELETE FROM api_idempotency_keys WHERE token_id = ? AND idempotency_key = ? AND "
        "status = 0"));
    q.addBindValue(tokenId);
    q.addBindValue(key);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("releasing an idempotency key"));
    return {};
}

} // namespace invitedesk
