#include "ui/session/Session.h"

#include "ui/async/TaskRunner.h"

namespace invitedesk::ui {

Session::Session(DatabasePtr database, ServiceConfig config, Actor actor, QObject* parent)
    : QObject(parent), m_database(std::move(database)), m_config(std::move(config)),
      m_actor(std::move(actor)),
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
        [database = m_database, config = m_config, actor = m_actor] {
            return InvitationService(database, config).downline(actor);
        },
        std::move(done));
}

} // namespace invitedesk::ui
