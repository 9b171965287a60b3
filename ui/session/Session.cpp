#include "ui/session/Session.h"

#include "ui/async/TaskRunner.h"

namespace invitedesk::ui {

Session::Session(BackendPtr backend, Actor actor, QObject* parent)
    : QObject(parent), m_backend(std::move(backend)), m_actor(std::move(actor)),
      m_worker(new TaskRunner(QStringLiteral("invitedesk-actions"), this))
{}

Session::~Session() = default;

QString Session::userDisplayName() const
{
    const QString name = m_actor.fullName();
    return name.isEmpty() ? m_actor.email : name;
}

void Session::loadDownline(QObject* context, std::function<void(Result<QList<User>>)> done) const
{
    m_worker->run(
        context,
        [backend = m_backend, actor = m_actor] { return backend->invitations().downline(actor); },
        std::move(done));
}

} // namespace invitedesk::ui
