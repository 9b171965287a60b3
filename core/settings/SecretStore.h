#pragma once

#include "core/Error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace invitedesk {

struct DatabaseUrl;

// Where passwords live (the PostgreSQL and SMTP passwords): the OS keychain in the desktop
// app (ui/settings/KeychainSecretStore, service name "invitedesk"), memory in tests. Never a
// settings file. Asynchronous because keychains are: a QtKeychain job finishes later and may
// show a prompt. Callbacks run on the caller's thread through its event loop, never inside
// the call, and are dropped when `context` is destroyed first.
class SecretStore {
public:
    // An empty QString means "nothing stored under that key", which is not an error.
    using ReadCallback = std::function<void(Result<QString>)>;
    using WriteCallback = std::function<void(Result<void>)>;

    virtual ~SecretStore() = default;

    virtual void read(const QString& key, QObject* context, ReadCallback done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context,
                       WriteCallback done) = 0;
    virtual void remove(const QString& key, QObject* context, WriteCallback done) = 0;

    // Waits for read() in a local event loop. Only for start-up, before any window exists
    // (the database password is needed before the first connection opens).
    Result<QString> readBlocking(const QString& key, int timeoutMs = 15000);

    // The service name under which every InviteDesk secret is filed in the OS keychain.
    static QString serviceName() { return QStringLiteral("invitedesk"); }
    // Key of the PostgreSQL password for a database URL: "database:user@host:port/db".
    static QString databaseKey(const DatabaseUrl& url);
    // Key of the SMTP password: "smtp:user@host".
    static QString smtpKey(const QString& host, const QString& user);
};

} // namespace invitedesk
