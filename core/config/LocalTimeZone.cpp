#include "core/config/LocalTimeZone.h"

#include <QByteArray>
#include <QtGlobal>

namespace invitedesk::local_time_zone {

void keepLoaded()
{
#if defined(Q_OS_LINUX)
    // ":" + a path is glibc's "the zone in this file"; /etc/localtime is what it reads when TZ
    // is unset (TZDEFAULT).
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
#endif
}

} // namespace invitedesk::local_time_zone
