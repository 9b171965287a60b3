#include "core/services/BackendServices.h"

#include "core/settings/DatabaseUrl.h"
#include "core/settings/SecretStore.h"
#include "core/storage/AcceptanceRepository.h"
#include "core/storage/Migrator.h"

namespace invitedesk {

BackendServices::BackendServices(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

Result<BackendPtr> BackendServices::open(const QString& url, ServiceConfig config,
                                         SchemaPolicy schema)
{
    auto db = Database::open(url);
    if (!db)
        return db.error();
    auto backend = wrap(db.value(), std::move(config));
    if (schema == SchemaPolicy::Standard) {
        Migrator migrator(db.value());
        if (!db.value()->isPostgres()) {
            // The embedded file belongs to this desk: bring it up to date on open.
            if (auto r = migrator.migrate(); !r)
                return r.error();
        } else if (auto r = migrator.check(); !r) {
            return r.error();
        }
    }
    return backend;
}

void BackendServices::usePasswordFrom(SecretStore& secrets, const QString& url, int timeoutMs)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed || parsed->backend != Backend::Postgres || !parsed->password.isEmpty() ||
        !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return;
    const QString key = SecretStore::databaseKey(parsed.value());
    const auto stored = secrets.readBlocking(key, timeoutMs);
    const QString password = stored ? stored.value() : QString();
    Database::setPasswordProvider([key, password](const DatabaseUrl& u) {
        return SecretStore::databaseKey(u) == key ? password : QString();
    });
}

BackendPtr BackendServices::wrap(DatabasePtr database, ServiceConfig config)
{
    return std::make_shared<const BackendServices>(std::move(database), std::move(config));
}

BackendPtr BackendServices::withConfig(ServiceConfig config) const
{
    return wrap(m_database, std::move(config));
}

bool BackendServices::isPostgres() const
{
    return m_database->isPostgres();
}

QString BackendServices::displayUrl() const
{
    return m_database->url().display();
}

Result<int> BackendServices::schemaVersion() const
{
    return Migrator(m_database).currentVersion();
}

int BackendServices::latestSchemaVersion() const
{
    return Migrator(m_database).latestVersion();
}

Result<int> BackendServices::migrate() const
{
    return Migrator(m_database).migrate();
}

Result<void> BackendServices::checkSchema() const
{
    return Migrator(m_database).check();
}

void BackendServices::releaseThreadStatements()
{
    AcceptanceRepository::releaseThreadStatements();
}

} // namespace invitedesk
