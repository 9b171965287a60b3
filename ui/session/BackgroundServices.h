#pragma once

#include "core/services/BackendServices.h"
#include "core/services/ServiceConfig.h"
#include "ui/dialogs/MailSettingsTab.h"

#include <QObject>

class QThread;

namespace invitedesk {
class AppSettings;
class InvitationChangeFeed;
class InvitationChangeListener;
class SecretStore;
} // namespace invitedesk

namespace invitedesk::ui {

// What runs behind the desk window: the outbox dispatcher on its own thread (so invitations
// leave while the app is open) and, when the settings say so, the acceptance handler on
// loopback. Both come from core (core/mail, core/http); a build without them skips them.
class BackgroundServices : public QObject {
    Q_OBJECT
public:
    BackgroundServices(BackendPtr backend, AppSettings* settings, SecretStore* secrets,
                       QObject* parent = nullptr);
    ~BackgroundServices() override;

    // The dispatcher, the handler when enabled, and on PostgreSQL the listener for other
    // desks' changes (into changes()).
    void start(const ServiceConfig& config);
    void stop();
    bool isDispatching() const { return m_dispatcherThread != nullptr; }
    bool isServing() const;
    // On PostgreSQL: whether other desks' changes reach changes() now.
    bool isListening() const;
    // Where the in-process acceptance handler listens (0 when it does not).
    quint16 handlerPort() const;
    // Looks at the outbox now instead of at the next poll (after a create or resend).
    void wake();
    // Where the dispatcher and the handler say which invitations they changed (ids only);
    // the invitation list listens. Lives as long as this object.
    InvitationChangeFeed* changes() const { return m_changes; }

    // Sends a test message through a transport URL (the settings dialog); empty when this
    // build has no mail transport.
    static MailSettingsTab::MailTester mailTester();

signals:
    void problem(const QString& message);
    void mailDelivered(int sent, int deferred, int failed);

private:
    void provideMailPassword();
    void startDispatcher(const ServiceConfig& config);
    void startHandler(const ServiceConfig& config);
    void startListener();

    BackendPtr m_backend;
    InvitationChangeFeed* m_changes;
    AppSettings* m_settings;
    SecretStore* m_secrets;
    QThread* m_dispatcherThread = nullptr;
    QObject* m_dispatcher = nullptr;
    QObject* m_handler = nullptr;
    InvitationChangeListener* m_listener = nullptr;
};

} // namespace invitedesk::ui
