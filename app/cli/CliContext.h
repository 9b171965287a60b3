#pragma once

#include "app/cli/Command.h"
#include "core/Error.h"
#include "core/config/RunConfig.h"
#include "core/domain/User.h"
#include "core/services/BackendServices.h"
#include "core/services/ServiceConfig.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SecretStore.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <optional>

namespace invitedesk::cli {

// What a running command gets: its parsed options, the database, the actor, and output
// helpers that keep stdout for results and stderr for one-line reasons.
class CliContext {
public:
    CliContext(const Command& command, QCommandLineParser& parser);

    const Command& command() const { return m_command; }
    QCommandLineParser& parser() { return m_parser; }
    bool json() const;
    QString value(const QString& option) const { return m_parser.value(option); }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // The settings with their precedence: the system-wide file, the user's file, the
    // environment, then this command's flags (--database, --mail, --public-url,
    // --trusted-proxies), read into a RunConfig (core/config) as the desk reads them.
    const AppSettings& settings();
    RunConfig runConfig();
    // Opens the database the settings name (--database, INVITEDESK_DATABASE, the files, or
    // the default SQLite file). SQLite files are migrated on open; PostgreSQL must already be
    // at this binary's schema (else exit 3). ConnectOnly: `migrate`, which looks itself.
    // The services it hands out use serviceConfig(). A PostgreSQL password comes as for the
    // desk (BackendServices::openWithPasswordFrom): the URL, INVITEDESK_DB_PASSWORD,
    // PGPASSWORD, then the keychain, waited for at most kKeychainWaitMs.
    Result<BackendPtr> backend(SchemaPolicy schema = SchemaPolicy::Standard);
    // Signs in --as with INVITEDESK_PASSWORD, else a password read from the terminal/stdin.
    // `signedInWith`, when given, receives the password that signed in (`user password` checks
    // it again as the current one; it is never printed or logged).
    Result<Actor> actor(QString* signedInWith = nullptr);
    std::optional<QString> asEmail() const;
    // backend() and actor() together, for the commands that act as a user.
    struct SignedIn {
        BackendPtr backend;
        Actor actor;
    };
    Result<SignedIn> signIn();
    // The run's ServiceConfig, with the platform's stored public URL once the database is
    // open (it wins for links).
    ServiceConfig serviceConfig();
    // The platform's public URL stored in the database (`org set public-url`), once backend()
    // opened it; empty when none.
    QString storedPublicUrl() const { return m_storedPublicUrl; }

    // Prints the error on stderr ("field: message") and returns its exit code. A service's
    // "actor" field (the acting user) is the command line's --as.
    int fail(const Error& error);
    int usage(const QString& message);
    void print(const QJsonValue& json);
    void printLine(const QString& line);

    static int exitCodeFor(const Error& error);
    // How long a command waits for the keychain before it goes on without it.
    static constexpr int kKeychainWaitMs = 5000;
    // A password from the environment variable, or read without echo from the terminal
    // (or as a line from a non-terminal stdin).
    static QString readSecret(const QString& envVar, const QString& prompt);

private:
    // The value of a global flag this command was given, else empty.
    QString flag(const QString& name) const;
    // Reads the platform's stored public URL; warns on stderr when it overrides a given one.
    void noteStoredPublicUrl(const BackendPtr& backend);

    const Command& m_command;
    QCommandLineParser& m_parser;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets; // the keychain, as the desk's
    BackendPtr m_backend;
    QString m_storedPublicUrl;
    // --as's password, read once (a URL without a user connects with it, then signs in).
    std::optional<QString> m_asPassword;
    QString asPassword(const QString& email);
};

// Options every command accepts, anywhere on the line.
QList<QCommandLineOption> globalOptions();

} // namespace invitedesk::cli
