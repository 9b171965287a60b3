#include "ui/session/BackgroundServices.h"

#include "core/settings/AppSettings.h"
#include "core/settings/SecretStore.h"
#include "core/settings/SettingKeys.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcBackground, "invitedesk.ui.background", QtInfoMsg)

namespace invitedesk::ui {

BackgroundServices::BackgroundServices(DatabasePtr database, AppSettings* settings,
                                       SecretStore* secrets, QObject* parent)
    : QObject(parent), m_database(std::move(database)), m_settings(settings), m_secrets(secrets)
{}

BackgroundServices::~BackgroundServices()
{
    stop();
}

void BackgroundServices::start(const ServiceConfig& config)
{
    startDispatcher(config);
    if (m_settings->value(settings::handlerEnabled))
        startHandler(config);
}

bool BackgroundServices::isServing() const
{
    return m_handler != nullptr;
}

void BackgroundServices::startDispatcher(const ServiceConfig&)
{
    // Wired when core/mail's OutboxDispatcher is part of the build.
    qCInfo(lcBackground) << "no outbox dispatcher in this build; mail leaves through "
                            "`invitedesk outbox run` or `invitedesk serve`";
}

void BackgroundServices::startHandler(const ServiceConfig&)
{
    // Wired when core/http's AcceptanceServer is part of the build.
    qCInfo(lcBackground) << "no acceptance handler in this build";
}

void BackgroundServices::stop()
{
    if (m_dispatcherThread) {
        m_dispatcherThread->quit();
        m_dispatcherThread->wait();
        delete m_dispatcherThread;
        m_dispatcherThread = nullptr;
    }
    delete m_handler;
    m_handler = nullptr;
}

MailSettingsTab::MailTester BackgroundServices::mailTester()
{
    return {};
}

} // namespace invitedesk::ui
