#pragma once

#include "core/settings/SecretStore.h"

#include <QHash>
#include <QMutex>
#include <optional>

namespace invitedesk {

// A SecretStore kept in memory: the keychain stand-in of the tests. Answers asynchronously
// like the real keychain, and can be told to fail so error paths get exercised.
class InMemorySecretStore : public SecretStore {
public:
    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& secret, QObject* context,
               WriteCallback done) override;
    void remove(const QString& key, QObject* context, WriteCallback done) override;

    // Every following operation fails with this error (nullopt: work again).
    void setFailure(std::optional<Error> error);
    // Direct access for test assertions.
    QHash<QString, QString> contents() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
    std::optional<Error> m_failure;
};

} // namespace invitedesk
