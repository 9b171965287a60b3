#include "ui/session/BackgroundServices.h"

#include "core/config/RunConfig.h"
#include "core/http/acceptance/AcceptanceServer.h"
#include "core/mail/MailConfig.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/OutboxDispatcher.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/services/InvitationChangeListener.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SecretStore.h"
#include "core/settings/SettingKeys.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcBackground, "invitedesk.ui.background", QtInfoMsg)

namespace invitedesk::ui {

BackgroundServices::BackgroundServices(BackendPtr backend, AppSettings* settings,
                                       SecretStore* secrets, QObject* parent)
    : QObject(parent), m_backend(std::move(backend)), m_changes(new InvitationChangeFeed(this)),
      m_settings(settings), m_secrets(secrets)
{}

BackgroundServices::~BackgroundServices()
{
    stop();
}

void BackgroundServices::start(const ServiceConfig& config)
{
    if (m_backend->isPersonSession()) {
        // The outbox and the link handler act for everybody, which a person's own login may
        // not: a `serve` or `outbox run` on a service account does that (docs/deploy.md).
        emit problem(tr("Mail is sent by the InviteDesk server, not by this desk."));
    } else {
        provideMailPassword();
        startDispatcher(config);
        if (m_settings->value(settings::handlerEnabled))
            startHandler(config);
    }
    startListener();
}

void BackgroundServices::startListener()
{
    if (!m_backend->isPostgres())
        return; // one desk per SQLite file: its dispatcher and handler tell it directly
    // Connects, listens and reconnects on a thread of its own: an unreachable server never
    // holds the window. Stopped before the feed goes (stop()).
    m_listener = new InvitationChangeListener(*m_backend, m_changes, this);
    if (auto started = m_listener->start(); !started)
        qCInfo(lcBackground) << "not listening for other desks' changes:"
                             << started.error().message;
}

bool BackgroundServices::isListening() const
{
    return m_listener && m_listener->isListening();
}

void BackgroundServices::provideMailPassword()
{
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
}

bool BackgroundServices::isServing() const
{
    return m_handler != nullptr;
}

void BackgroundServices::startDispatcher(const ServiceConfig& config)
{
    // The same mail settings as `outbox run` and `serve` read (core/config/RunConfig).
    MailConfig mail = RunConfig::from(*m_settings).mail;
    mail.publicUrl = config.publicUrl;
    auto* dispatcher = new OutboxDispatcher(*m_backend, mail);
    dispatcher->setChangeFeed(m_changes); // stopped before the feed goes (stop())
    m_dispatcherThread = new QThread;
    m_dispatcherThread->setObjectName(QStringLiteral("invitedesk-outbox"));
    dispatcher->moveToThread(m_dispatcherThread);
    connect(m_dispatcherThread, &QThread::started, dispatcher, &OutboxDispatcher::start);
    connect(m_dispatcherThread, &QThread::finished, dispatcher, &QObject::deleteLater);
    connect(dispatcher, &OutboxDispatcher::relayProblem, this,
            [this](const QString& why) { emit problem(tr("Mail is waiting: %1").arg(why)); });
    connect(dispatcher, &OutboxDispatcher::databaseProblem, this,
            [this](const QString& why) { emit problem(tr("Mail is waiting: %1").arg(why)); });
    connect(dispatcher, &OutboxDispatcher::cycleFinished, this,
            [this](const DispatchReport& report) {
                if (report.sent + report.failed + report.deferred > 0)
                    emit mailDelivered(report.sent, report.deferred, report.failed);
            });
    m_dispatcher = dispatcher;
    m_dispatcherThread->start();
}

void BackgroundServices::wake()
{
    if (auto* dispatcher = qobject_cast<OutboxDispatcher*>(m_dispatcher))
        QMetaObject::invokeMethod(dispatcher, &OutboxDispatcher::wake, Qt::QueuedConnection);
}

void BackgroundServices::startHandler(const ServiceConfig& config)
{
    http::AcceptanceServerOptions options;
    options.address = QHostAddress::LocalHost; // one desk: loopback only
    options.port = quint16(std::clamp(m_settings->value(settings::handlerPort), 0, 65535));
    // The pipelined lookup connection is opened (blocking) on the starting thread, here the
    // UI thread; one desk's handler serves a trickle, so its lookups stay on the pool.
    options.pipelinedLookups = false;
    ServiceConfig handlerConfig = config;
    handlerConfig.changes = m_changes; // the server is stopped before the feed goes (stop())
    auto* server = new http::AcceptanceServer(m_backend->withConfig(handlerConfig), options, this);
    if (auto started = server->start(); !started) {
        emit problem(tr("Invitation links cannot be answered from this computer: %1")
                         .arg(started.error().message));
        delete server;
        return;
    }
    m_handler = server;
    qCInfo(lcBackground) << "acceptance handler on 127.0.0.1:" << server->port();
}

quint16 BackgroundServices::handlerPort() const
{
    if (auto* server = qobject_cast<http::AcceptanceServer*>(m_handler))
        return server->port();
    return 0;
}

void BackgroundServices::stop()
{
    if (auto* dispatcher = qobject_cast<OutboxDispatcher*>(m_dispatcher))
        QMetaObject::invokeMethod(dispatcher, &OutboxDispatcher::stop,
                                  Qt::BlockingQueuedConnection);
    m_dispatcher = nullptr; // deleted with its thread
    if (m_dispatcherThread) {
        m_dispatcherThread->quit();
        m_dispatcherThread->wait();
        delete m_dispatcherThread;
        m_dispatcherThread = nullptr;
    }
    if (auto* server = qobject_cast<http::AcceptanceServer*>(m_handler))
        server->stopAndWait();
    delete m_handler;
    m_handler = nullptr;
    if (m_listener)
        m_listener->stop(); // its thread ends and is waited for; its connection closes there
    delete m_listener;
    m_listener = nullptr;
}

MailSettingsTab::MailTester BackgroundServices::mailTester()
{
    return [](const QString& url, const QString& password, const QString& from,
              const QString& to) -> Result<QString> {
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
}

} // namespace invitedesk::ui
