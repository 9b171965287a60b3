#include "core/settings/SecretStore.h"

#include "core/settings/DatabaseUrl.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace invitedesk {

Result<QString> SecretStore::readBlocking(const QString& key, int timeoutMs)
{
    QObject context;
    QEventLoop loop;
    std::optional<Result<QString>> outcome;
    read(key, &context, [&](Result<QString> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!outcome) {
        return Error::make(
            Error::Code::Environment,
            QStringLiteral("The keychain did not answer within %1 seconds.").arg(timeoutMs / 1000));
    }
    return *outcome;
}

QString SecretStore::databaseKey(const DatabaseUrl& url)
{
    return QStringLiteral("database:%1@%2:%3/%4")
        .arg(url.user, url.host)
        .arg(url.port)
        .arg(url.database);
}

QString SecretStore::smtpKey(const QString& host, const QString& user)
{
    return QStringLiteral("smtp:%1@%2").arg(user, host);
}

} // namespace invitedesk
