#include "ui/async/TaskRunner.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace invitedesk::ui {

TaskRunner::TaskRunner(const QString& name, QObject* parent) : QObject(parent)
{
    setObjectName(name);
    m_pool.setObjectName(name);
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the thread, and with it the database connection
    // Background work yields to the UI thread: when both want the CPU, painting and input go
    // first. QThread priorities map to the OS on Windows and macOS; on Linux only "idle" does
    // (SCHED_IDLE, too harsh: a busy machine would starve the list), so the thread lowers
    // its own nice value instead.
    m_pool.setThreadPriority(QThread::LowPriority);
#ifdef Q_OS_LINUX
    m_pool.start([] { setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10); });
#endif
}

TaskRunner::~TaskRunner()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void TaskRunner::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace invitedesk::ui
