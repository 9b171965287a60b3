#pragma once

#include "core/settings/SecretStore.h"

#include <memory>

namespace invitedesk {

// SecretStore on the OS keychain through QtKeychain (Keychain on macOS, Credential Manager
// on Windows, Secret Service / KWallet on Linux), every entry filed under the service
// "invitedesk". QtKeychain 0.13: asynchronous jobs, error() valid only after finished.
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = SecretStore::serviceName());

    // The store a run of InviteDesk (the desk, a command, `serve`) keeps its secrets in: this
    // one, or an empty in-memory one when INVITEDESK_KEYCHAIN=none (kiosks, CI machines and
    // servers without a Secret Service).
    static std::unique_ptr<SecretStore> forThisRun();
    // Whether the OS keychain answers (`invitedesk check`, issue 17): a read of a key that is
    // never written; "not found" means it works. Waits at most timeoutMs in a local event loop.
    static Result<void> checkAvailable(int timeoutMs = 10000);

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& secret, QObject* context,
               WriteCallback done) override;
    void remove(const QString& key, QObject* context, WriteCallback done) override;

private:
    QString m_service;
};

} // namespace invitedesk
