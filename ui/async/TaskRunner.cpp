#include "ui/async/TaskRunner.h"

namespace invitedesk::ui {

TaskRunner::TaskRunner(const QString& name, QObject* parent) : QObject(parent)
{
    setObjectName(name);
    m_pool.setObjectName(name);
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the thread, and with it the database connection
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
