#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <optional>

namespace invitedesk {

// The api_idempotency_keys table: per token and Idempotency-Key, the request's hash and the
// answer it got. Used only by ApiIdempotencyService.
class ApiIdempotencyRepository {
public:
    struct Entry {
        QByteArray requestHash;
        int status = 0; // 0: the first request is still running
        QString response;
        QString headers; // JSON object, header name to value ("{}" when none)
    };

    ApiIdempotencyRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    // Inserts a running entry. Returns the existing entry instead when the key is taken.
    Result<std::optional<Entry>> reserve(const QString& tokenId, const QString& key,
                                         const QByteArray& requestHash, const QDateTime& now);
    Result<void> complete(const QString& tokenId, const QString& key, int status,
                          const QString& response, const QString& headers = QStringLiteral("{}"));
    Result<void> release(const QString& tokenId, const QString& key);

private:
    Result<std::optional<Entry>> find(const QString& tokenId, const QString& key);

    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
