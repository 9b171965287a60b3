#include "core/settings/KeychainSecretStore.h"

#include "core/settings/InMemorySecretStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "invitedesk.keychain", QtInfoMsg)

namespace invitedesk {

namespace {
Error keychainError(const QKeychain::Job* job, const QString& what)
{
    // The job's text names the backend's problem ("No keychain service available", a locked
    // collection, a denied prompt); never the secret. Debug only: the error is returned, and
    // the caller says what it means (a command on a machine without a keychain goes on
    // without it, and its stderr is for the command's own messages).
    qCDebug(lcKeychain) << what << "failed:" << job->errorString();
    return Error::make(Error::Code::Environment,
                       QStringLiteral("%1: %2").arg(what, job->errorString()));
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

std::unique_ptr<SecretStore> KeychainSecretStore::forThisRun()
{
    if (qEnvironmentVariable("INVITEDESK_KEYCHAIN") == QLatin1String("none"))
        return std::make_unique<InMemorySecretStore>();
    return std::make_unique<KeychainSecretStore>();
}

Result<void> KeychainSecretStore::checkAvailable(int timeoutMs)
{
    KeychainSecretStore store;
    auto read = store.readBlocking(QStringLiteral("check:availability"), timeoutMs);
    if (!read)
        return read.error();
    return {};
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (j->error() == QKeychain::EntryNotFound) {
            done(QString());
            return;
        }
        if (j->error() != QKeychain::NoError) {
            done(keychainError(j, QStringLiteral("Reading from the keychain")));
            return;
        }
        done(readJob->textData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context,
                                WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            done(keychainError(j, QStringLiteral("Saving to the keychain")));
            return;
        }
        done({});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(keychainError(j, QStringLiteral("Removing from the keychain")));
            return;
        }
        done({});
    });
    job->start();
}

} // namespace invitedesk
