#include "core/settings/SettingKeys.h"

#include "core/storage/DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>

namespace invitedesk::settings {

QString defaultDatabaseUrl()
{
    return DatabaseUrl::defaultUrl();
}

QString defaultMailFolder()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.invitedesk");
    return QDir::cleanPath(dir + QStringLiteral("/outbox"));
}

} // namespace invitedesk::settings
