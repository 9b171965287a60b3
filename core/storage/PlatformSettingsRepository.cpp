#include "core/storage/PlatformSettingsRepository.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcPlatform, "invitedesk.platform", QtInfoMsg)

namespace invitedesk {

namespace {
const QString kPublicUrl = QStringLiteral("public_url");

QString withoutTrailingSlash(QString url)
{
    url = url.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}
} // namespace

Result<QString> PlatformSettingsRepository::publicUrl()
{
    QSqlQuery q(m_db);
    // PostgreSQL: through the owner function (022), which `serve`'s accept-only login may call.
    q.prepare(m_database.isPostgres()
                  ? QStringLiteral("SELECT value FROM (SELECT invitedesk_platform_setting(?) AS "
                                   "value) s WHERE value IS NOT NULL")
                  : QStringLiteral("SELECT value FROM platform_settings WHERE key = ?"));
    q.addBindValue(kPublicUrl);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the public URL"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> PlatformSettingsRepository::setPublicUrl(const QString& url, const QString& actorId,
                                                      const QDateTime& now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM platform_settings WHERE key = ?"));
    q.addBindValue(kPublicUrl);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("storing the public URL"));
    if (url.isEmpty())
        return {};
    q.prepare(QStringLiteral("INSERT INTO platform_settings (key, value, updated_at, "
                             "updated_by_id) VALUES (?, ?, ?, ?)"));
    q.addBindValue(kPublicUrl);
    q.addBindValue(url);
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(Database::textOrNull(actorId));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("storing the public URL"));
    return {};
}

QString PlatformSettingsRepository::resolveLinkBase(const QString& stored,
                                                    const QString& configured)
{
    if (stored.isEmpty())
        return configured;
    const QString own = withoutTrailingSlash(configured);
    if (!own.isEmpty() && own != stored) {
        static QMutex mutex;
        static QSet<QString> warned;
        const QMutexLocker lock(&mutex);
        if (!warned.contains(own + QLatin1Char('\n') + stored)) {
            warned.insert(own + QLatin1Char('\n') + stored);
            qCWarning(lcPlatform).noquote()
                << "the public URL" << own << "given here is ignored for links: the database sets"
                << stored;
        }
    }
    return stored;
}

Result<QString> PlatformSettingsRepository::linkBase(const QString& configured)
{
    auto stored = publicUrl();
    if (!stored)
        return stored.error();
    return resolveLinkBase(stored.value(), configured);
}

} // namespace invitedesk
