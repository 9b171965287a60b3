#include "core/services/AcceptanceLookupPipeline.h"

#include "core/services/AcceptanceService.h"
#include "core/storage/AcceptanceRepository.h"
#include "core/storage/postgres/PgLookupPipeline.h"

namespace invitedesk {

AcceptanceLookupPipeline::AcceptanceLookupPipeline(std::unique_ptr<PgLookupPipeline> pipeline)
    : m_pipeline(std::move(pipeline))
{}

AcceptanceLookupPipeline::~AcceptanceLookupPipeline() = default;

std::unique_ptr<AcceptanceLookupPipeline>
AcceptanceLookupPipeline::open(const BackendServices& backend, QString* error)
{
    auto pipeline = PgLookupPipeline::open(backend.database(),
                                           AcceptanceRepository::pipelinedLookupSql(), error);
    if (!pipeline)
        return nullptr;
    return std::unique_ptr<AcceptanceLookupPipeline>(
        new AcceptanceLookupPipeline(std::move(pipeline)));
}

void AcceptanceLookupPipeline::lookup(const QString& token, Callback done)
{
    m_pipeline->fetchFirstRow(AcceptanceService::lookupKey(token),
                              [done = std::move(done)](PgLookupPipeline::Row row) {
                                  done(AcceptanceRepository::recordFromRow(row));
                              });
}

} // namespace invitedesk
