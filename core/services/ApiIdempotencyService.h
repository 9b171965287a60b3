#pragma once

#include "core/Error.h"
#include "core/services/ApiTokenService.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"

namespace invitedesk {

// Idempotency-Key on the integration API's creates: the first request with a key claims it,
// runs, and stores its answer; a retry with the same key and the same request gets that
// answer back instead of inviting again. Keys belong to the token that sent them.
class ApiIdempotencyService {
public:
    struct Claim {
        enum class Kind {
            Fresh,    // first use: run the request, then complete() or release()
            Replay,   // answered before: send status and response again
            Running,  // the first request with this key has not finished yet
            Mismatch, // the key was used for a different request
        };
        Kind kind = Kind::Fresh;
        int status = 0;
        QString response;
        // The headers the first answer carried that a replay must carry too (Location, ETag),
        // in the order they were stored.
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    ApiIdempotencyService(DatabasePtr database, ServiceConfig config);

    // Error::InvalidInput (field idempotency_key) for a key that is empty, longer than 255
    // characters or not printable ASCII.
    Result<Claim> claim(const ApiPrincipal& principal, const QString& key,
                        const QByteArray& requestHash);
    Result<void> complete(const ApiPrincipal& principal, const QString& key, int status,
                          const QString& response,
                          const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // Forgets a claim whose request failed for a reason a retry may not meet again.
    Result<void> release(const ApiPrincipal& principal, const QString& key);

private:
    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
