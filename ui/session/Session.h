#pragma once

#include "core/domain/User.h"
#include "core/services/BackendServices.h"
#include "core/services/InvitationService.h"
#include "core/services/ServiceConfig.h"

#include <QObject>

#include <functional>

namespace invitedesk::ui {

class TaskRunner;

// The signed-in desk: the backend (its services and their configuration), the actor every service
// call is made for, the service configuration, and the worker thread on which actions run (the
// invitation list has its own thread). Widgets never call a service on the UI thread: they post to
// worker().
class Session : public QObject {
    Q_OBJECT
public:
    Session(BackendPtr backend, Actor actor, QObject* parent = nullptr);
    ~Session() override;

    const Actor& actor() const { return m_actor; }
    // Services are light values over the shared database; make one per call, on the worker
    // (capture the backend, call backend->invitations() there).
    const BackendPtr& backend() const { return m_backend; }
    const ServiceConfig& config() const { return m_backend->config(); }
    InvitationService invitations() const { return m_backend->invitations(); }
    TaskRunner* worker() const { return m_worker; }
    // Reads the signed-in user's downline on the worker; done runs on context's thread.
    void loadDownline(QObject* context, std::function<void(Result<QList<User>>)> done) const;

    QString organizationName() const { return m_actor.organizationName; }
    // The user as the window title names them: full name, else e-mail.
    QString userDisplayName() const;
    QDateTime now() const { return config().now(); }

private:
    BackendPtr m_backend;
    Actor m_actor;
    TaskRunner* m_worker;
};

} // namespace invitedesk::ui
