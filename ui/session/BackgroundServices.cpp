#include "ui/session/BackgroundServices.h"

#include "core/settings/AppSettings.h"
#include "core/settings/SecretStore.h"
#include "core/settings/SettingKeys.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#if __has_include("core/mail/MailConfig.h")
#include "core/mail/MailConfig.h"
#include "core/mail/MimeMessage.h"
#define INVITEDESK_HAVE_MAIL 1
#endif

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
    provideMailPassword();
    startDispatcher(config);
    if (m_settings->value(settings::handlerEnabled))
        startHandler(config);
}

void BackgroundServices::provideMailPassword()
{
#ifdef INVITEDESK_HAVE_MAIL
    // The relay's password comes from the keychain (INVITEDESK_MAIL_PASSWORD wins, as in
    // MailConfig); read once, then handed to every transport that asks for this relay.
    auto url = MailUrl::parse(m_settings->value(settings::mailUrl).isEmpty()
                                  ? MailUrl::defaultFileUrl()
                                  : m_settings->value(settings::mailUrl));
    if (!url || url->kind != MailUrl::Kind::Smtp || url->user.isEmpty() || !m_secrets)
        return;
    const QString key = SecretStore::smtpKey(url->host, url->user);
    m_secrets->read(key, this, [key](Result<QString> secret) {
        if (!secret || secret.value().isEmpty())
            return;
        MailConfig::setPasswordProvider([key, password = secret.value()](const MailUrl& u) {
            return SecretStore::smtpKey(u.host, u.user) == key ? password : QString();
        });
    });
#endif
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
#ifdef INVITEDESK_HAVE_MAIL
    return [](const QString& url, const QString& password, const QString& from,
              const QString& to) -> Result<QString> {
        auto tr = [](const char* text) {
            return QCoreApplication::translate("invitedesk::ui::BackgroundServices", text);
        };
        MailConfig config;
        config.url = url;
        config.password = password;
        config.from = from;
        auto sender = config.defaultFrom();
        if (!sender)
            return sender.error();
        auto recipient = MailAddress::parse(to, QStringLiteral("to"));
        if (!recipient)
            return recipient.error();
        auto transport = config.createTransport();
        if (!transport)
            return transport.error();
        if (auto opened = transport.value()->open(); !opened)
            return opened.error();
        MimeMessage message;
        message.setFrom(sender.value());
        message.setTo(recipient.value());
        message.setSubject(tr("InviteDesk test message"));
        message.setTextBody(tr("This message was sent from the InviteDesk settings to check "
                               "the mail transport. No action is needed."));
        message.setDate(QDateTime::currentDateTimeUtc());
        OutgoingMail mail;
        mail.sender = sender->address;
        mail.recipient = recipient->address;
        mail.data = message.toBytes();
        const QList<DeliveryOutcome> outcomes = transport.value()->send({mail});
        transport.value()->close();
        if (outcomes.isEmpty())
            return transport.value()->lastError();
        const DeliveryOutcome& outcome = outcomes.first();
        if (outcome.status == DeliveryOutcome::Status::Sent)
            return outcome.reply;
        if (outcome.status == DeliveryOutcome::Status::NotAttempted)
            return transport.value()->lastError();
        return Error::make(Error::Code::Environment, outcome.reply);
    };
#else
    return {};
#endif
}

} // namespace invitedesk::ui
