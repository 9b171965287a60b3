#pragma once

#include "core/Error.h"
#include "core/domain/AcceptanceRecord.h"
#include "core/services/BackendServices.h"

#include <functional>
#include <memory>
#include <optional>

namespace invitedesk {

class PgLookupPipeline;

// The acceptance handler's validate lookups batched on one PostgreSQL connection (libpq's
// pipeline mode), for the handler's own thread. The statement and the row it returns are
// AcceptanceService's (the same lookup as AcceptanceService::validate); the caller evaluates
// the record with AcceptanceService::evaluate.
class AcceptanceLookupPipeline {
public:
    using Found = Result<std::optional<AcceptanceRecord>>;
    using Callback = std::function<void(Found)>;

    // Null when pipelining is not available (SQLite, no libpq 14+); then *error says why when
    // it failed on PostgreSQL.
    static std::unique_ptr<AcceptanceLookupPipeline> open(const BackendServices& backend,
                                                          QString* error);
    ~AcceptanceLookupPipeline();
    AcceptanceLookupPipeline(const AcceptanceLookupPipeline&) = delete;
    AcceptanceLookupPipeline& operator=(const AcceptanceLookupPipeline&) = delete;

    // Looks the link's token up; `done` runs on this object's thread.
    void lookup(const QString& token, Callback done);

private:
    explicit AcceptanceLookupPipeline(std::unique_ptr<PgLookupPipeline> pipeline);

    std::unique_ptr<PgLookupPipeline> m_pipeline;
};

} // namespace invitedesk
