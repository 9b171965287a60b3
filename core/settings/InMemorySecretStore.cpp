#include "core/settings/InMemorySecretStore.h"

#include <QTimer>

namespace invitedesk {

namespace {
// Delivers on the next turn of the context's event loop, as a keychain job would.
template <typename F> void later(QObject* context, F&& f)
{
    QTimer::singleShot(0, context, std::forward<F>(f));
}
} // namespace

void InMemorySecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    QMutexLocker lock(&m_mutex);
    if (m_failure) {
        later(context, [done, error = *m_failure] { done(error); });
        return;
    }
    later(context, [done, value = m_secrets.value(key)] { done(value); });
}

void InMemorySecretStore::write(const QString& key, const QString& secret, QObject* context,
                                WriteCallback done)
{
    QMutexLocker lock(&m_mutex);
    if (m_failure) {
        later(context, [done, error = *m_failure] { done(error); });
        return;
    }
    m_secrets.insert(key, secret);
    later(context, [done] { done({}); });
}

void InMemorySecretStore::remove(const QString& key, QObject* context, WriteCallback done)
{
    QMutexLocker lock(&m_mutex);
    if (m_failure) {
        later(context, [done, error = *m_failure] { done(error); });
        return;
    }
    m_secrets.remove(key);
    later(context, [done] { done({}); });
}

void InMemorySecretStore::setFailure(std::optional<Error> error)
{
    QMutexLocker lock(&m_mutex);
    m_failure = std::move(error);
}

QHash<QString, QString> InMemorySecretStore::contents() const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets;
}

} // namespace invitedesk
