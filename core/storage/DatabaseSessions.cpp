#include "core/storage/DatabaseSessions.h"

#include <QHash>
#include <QMutex>

namespace invitedesk::database_sessions {

namespace {
// Both never destroyed (QBasicMutex has no destructor): threads' connections may close during
// static destruction. Sessions register from every thread (the UI's, the dispatcher's, the
// listener's) while the listener asks isOwn().
QBasicMutex g_mutex;
QHash<QString, int>& sessions()
{
    static auto* map = new QHash<QString, int>;
    return *map;
}
} // namespace

void remember(const QString& connectionName, int serverPid)
{
    QMutexLocker lock(&g_mutex);
    sessions().insert(connectionName, serverPid);
}

void forget(const QString& connectionName)
{
    QMutexLocker lock(&g_mutex);
    sessions().remove(connectionName);
}

bool isOwn(int serverPid)
{
    if (serverPid <= 0)
        return false;
    QMutexLocker lock(&g_mutex);
    const QHash<QString, int>& all = sessions();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value() == serverPid)
            return true;
    }
    return false;
}

} // namespace invitedesk::database_sessions
