#pragma once

#include "core/Error.h"
#include "core/services/AcceptanceService.h"
#include "core/services/ApiIdempotencyService.h"
#include "core/services/ApiTokenService.h"
#include "core/services/AuditService.h"
#include "core/services/AuthService.h"
#include "core/services/DemoSeeder.h"
#include "core/services/ImportService.h"
#include "core/services/InvitationService.h"
#include "core/services/OrganizationService.h"
#include "core/services/PasswordResetService.h"
#include "core/services/PeopleService.h"
#include "core/services/ServiceConfig.h"

#include <QString>

#include <memory>

namespace invitedesk {

class SecretStore;
class BackendServices;
using BackendPtr = std::shared_ptr<const BackendServices>;

// What opening a backend does with its schema.
enum class SchemaPolicy {
    // SQLite: migrate (the embedded file belongs to this desk). PostgreSQL: check that the
    // schema is at this binary's version (IT migrates it with `invitedesk migrate`), else
    // Error::Environment.
    Standard,
    // Connect only: `invitedesk migrate` and the settings dialog's connection test, which look
    // at the version themselves.
    ConnectOnly,
};

// The one way the desk, the command line and `invitedesk serve` reach a database: open()
// connects (a wrong URL or an unreachable server is reported here), migrates or checks the
// schema, and the backend then hands out the services, each for this backend's
// configuration. Above core (ui/, app/) and in core/http nothing else of storage is visible.
// Shared and immutable: the services it makes may run on any thread (each thread gets its
// own connection).
class BackendServices {
public:
    static Result<BackendPtr> open(const QString& url, ServiceConfig config,
                                   SchemaPolicy schema = SchemaPolicy::Standard);
    // A PostgreSQL URL that names no user, connected as `email`'s own login with `password`
    // (Database::openAsPerson), and its schema checked. A refused login reads as a wrong
    // e-mail or password (AuthService). Then sign in with auth().signIn on it.
    static Result<BackendPtr> openAsPerson(const QString& url, const QString& email,
                                           const QString& password, ServiceConfig config);
    // An already open database (tests; core's own layers).
    static BackendPtr wrap(DatabasePtr database, ServiceConfig config);
    // Where a PostgreSQL connection's password comes from, first found wins: the URL, the
    // environment (INVITEDESK_DB_PASSWORD, then PGPASSWORD), then what the desk saved in the
    // keychain for that database.
    struct PasswordLookup {
        enum class Outcome {
            NotNeeded,   // SQLite, or the URL or the environment has the password
            Found,       // from the keychain
            NotStored,   // the keychain answered: nothing saved for this database
            Unavailable, // the keychain failed or did not answer in time
        };
        Outcome outcome = Outcome::NotNeeded;
        QString problem; // Unavailable: why (never a secret)
        // For a connection that failed without a password: where one could come from ("" when
        // the password was not the keychain's to give).
        QString hint() const;
    };
    // For a PostgreSQL URL without a password when the environment has none either: reads
    // the password stored for it in `secrets` (the OS keychain), waiting at most timeoutMs
    // (a keychain that fails or never answers is passed over), and gives it to this process's
    // connections to that server. Call before open().
    static PasswordLookup usePasswordFrom(SecretStore& secrets, const QString& url,
                                          int timeoutMs = 10000);
    // usePasswordFrom() then open(): the one way the command line and `serve` connect. When
    // the connection fails without a password, the error (Environment) says where one could
    // come from.
    static Result<BackendPtr> openWithPasswordFrom(SecretStore& secrets, int timeoutMs,
                                                   const QString& url, ServiceConfig config,
                                                   SchemaPolicy schema = SchemaPolicy::Standard);
    // The same database with another configuration (the desk's language changed; the
    // command line learned the platform's stored public URL).
    BackendPtr withConfig(ServiceConfig config) const;

    const ServiceConfig& config() const { return m_config; }
    bool isPostgres() const;
    // Connected as the signed-in person's own login (openAsPerson): the outbox, the link
    // handler and other work done on everybody's behalf belong to service accounts.
    bool isPersonSession() const;
    // The URL with its password as ***, for messages and --json output.
    QString displayUrl() const;

    // The schema: the version the database is at (0: none), the one this binary ships, and
    // bringing the database up to it (returns the version reached).
    Result<int> schemaVersion() const;
    int latestSchemaVersion() const;
    Result<int> migrate() const;
    // Error::Environment when the schema is older or newer than this binary.
    Result<void> checkSchema() const;

    AcceptanceService acceptance() const { return {m_database, m_config}; }
    ApiTokenService apiTokens() const { return {m_database, m_config}; }
    ApiIdempotencyService apiIdempotency() const { return {m_database, m_config}; }
    AuditService audit() const { return {m_database, m_config}; }
    AuthService auth() const { return {m_database, m_config}; }
    DemoSeeder seeder() const { return {m_database, m_config}; }
    ImportService imports() const { return {m_database, m_config}; }
    InvitationService invitations() const { return {m_database, m_config}; }
    OrganizationService organization() const { return {m_database, m_config}; }
    PasswordResetService passwordResets() const { return {m_database, m_config}; }
    PeopleService people() const { return {m_database, m_config}; }

    // For core's mail and http layers (the outbox dispatcher, the handler's lookup pipeline).
    const DatabasePtr& database() const { return m_database; }
    // Drops the calling thread's prepared acceptance statements (before a pool thread's
    // connection goes away).
    static void releaseThreadStatements();

    BackendServices(DatabasePtr database, ServiceConfig config);

private:
    // After the connection: migrate or check the schema as `schema` says.
    static Result<BackendPtr> prepare(DatabasePtr database, ServiceConfig config,
                                      SchemaPolicy schema);

    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
