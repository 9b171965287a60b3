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

} // namespace invitedesk::ui
