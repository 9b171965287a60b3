#include "core/settings/SettingKeys.h"

#include "core/settings/DatabaseUrl.h"

namespace invitedesk::settings {

QString defaultDatabaseUrl()
{
    return DatabaseUrl::defaultUrl();
}

} // namespace invitedesk::settings
