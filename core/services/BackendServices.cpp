#include "core/services/BackendServices.h"

#include "core/services/AuthService.h"
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
    return prepare(db.value(), std::move(config), schema);
}

Result<BackendPtr> BackendServices::openAsPerson(const QString& url, const QString& email,
                                                 const QString& password, ServiceConfig config)
{
    if (email.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("email"),
                              AuthService::tr("The e-mail address is required."));
    auto db = Database::openAsPerson(url, email, password);
    if (!db) {
        if (db.error().code == Error::Code::Unauthenticated)
            return AuthService::wrongCredentialsError();
        return db.error();
    }
    return prepare(db.value(), std::move(config), SchemaPolicy::Standard);
}

Result<BackendPtr> BackendServices::prepare(DatabasePtr database, ServiceConfig config,
                                            SchemaPolicy schema)
{
    auto backend = wrap(database, std::move(config));
    if (schema == SchemaPolicy::Standard) {
        Migrator migrator(database);
        if (!database->isPostgres()) {
            // The embedded file belongs to this desk: bring it up to date on open.
            if (auto r = migrator.migrate(); !r)
                return r.error();
        } else if (auto r = migrator.check(); !r) {
            return r.error();
        }
    }
    return backend;
}

BackendServices::PasswordLookup BackendServices::usePasswordFrom(SecretStore& secrets,
                                                                 const QString& url, int timeoutMs)
{
    auto parsed = DatabaseUrl::parse(url);
    // The URL's and the environment's win (Database::openConnection takes them first): the
    // keychain is not even asked.
    if (!parsed || parsed->backend != Backend::Postgres || !parsed->password.isEmpty() ||
        !qEnvironmentVariableIsEmpty("INVITEDESK_DB_PASSWORD") ||
        !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return {};
    const QString key = SecretStore::databaseKey(parsed.value());
    const auto stored = secrets.readBlocking(key, timeoutMs);
    const QString password = stored ? stored.value() : QString();
    Database::setPasswordProvider([key, password](const DatabaseUrl& u) {
        return SecretStore::databaseKey(u) == key ? password : QString();
    });
    if (!stored) {
        qCDebug(lcDb) << "no database password from the keychain:" << stored.error().message;
        return {PasswordLookup::Outcome::Unavailable, stored.error().message};
    }
    return {password.isEmpty() ? PasswordLookup::Outcome::NotStored
                               : PasswordLookup::Outcome::Found,
            {}};
}

QString BackendServices::PasswordLookup::hint() const
{
    QString where = QStringLiteral(
        "The database password can come from the URL, from INVITEDESK_DB_PASSWORD or "
        "PGPASSWORD, or from the keychain, where the desk's database settings save it");
    switch (outcome) {
    case Outcome::NotNeeded:
    case Outcome::Found:
        return {};
    case Outcome::NotStored:
        return where + QStringLiteral(" (the keychain has none for this database).");
    case Outcome::Unavailable:
        return where + QStringLiteral(" (the keychain could not be read: %1).").arg(problem);
    }
    return {};
}

Result<BackendPtr> BackendServices::openWithPasswordFrom(SecretStore& secrets, int timeoutMs,
                                                         const QString& url, ServiceConfig config,
                                                         SchemaPolicy schema)
{
    const PasswordLookup password = usePasswordFrom(secrets, url, timeoutMs);
    auto db = Database::open(url);
    if (!db) {
        Error e = db.error();
        if (e.code == Error::Code::Environment && !password.hint().isEmpty())
            e.message += QLatin1Char(' ') + password.hint();
        return e;
    }
    return prepare(db.value(), std::move(config), schema);
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

bool BackendServices::isPersonSession() const
{
    return m_database->isPersonSession();
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
