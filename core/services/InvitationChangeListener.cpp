#include "core/services/InvitationChangeListener.h"

#include "core/services/BackendServices.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/services/InvitationChangeSubscription.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseSessions.h"

#include <QThread>
#include <QUuid>

namespace invitedesk {

namespace {
constexpr int kDefaultWatchMs = 10000;
} // namespace

InvitationChangeListener::Message InvitationChangeListener::parse(const QString& payload)
{
    Message m;
    if (payload == QLatin1String("u:*")) {
        m.kind = Message::Kind::All;
    } else if (payload.startsWith(QLatin1String("u:"))) {
        // Only well-formed ids go on: the channel is open to anyone who can connect.
        for (const QString& part : payload.mid(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QUuid id = QUuid::fromString(part.trimmed());
            if (!id.isNull())
                m.ids << id.toString(QUuid::WithoutBraces);
        }
        if (!m.ids.isEmpty())
            m.kind = Message::Kind::Changed;
    } else if (payload.startsWith(QLatin1String("i:"))) {
        const QStringList parts = payload.mid(2).split(QLatin1Char(':'));
        bool ok = false;
        m.count = parts.value(0).toInt(&ok);
        if (parts.size() > 1)
            m.serverPid = parts.at(1).toInt();
        if (ok && m.count > 0)
            m.kind = Message::Kind::Added;
    }
    return m;
}

InvitationChangeListener::InvitationChangeListener(const BackendServices& backend,
                                                   InvitationChangeFeed* feed, QObject* parent)
    : QObject(parent), m_database(backend.database()), m_feed(feed), m_watchMs(kDefaultWatchMs)
{}

InvitationChangeListener::~InvitationChangeListener()
{
    shutDown();
}

Result<void> InvitationChangeListener::start()
{
    if (!m_database->isPostgres())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("Only PostgreSQL announces changes to other desks."),
                           QStringLiteral("database"));
    if (m_thread)
        return {};
    const int run = ++m_run;
    auto* subscription = new InvitationChangeSubscription(m_database, m_watchMs, m_backoff);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("invitedesk-listen"));
    subscription->moveToThread(m_thread);
    connect(m_thread, &QThread::started, subscription, &InvitationChangeSubscription::start);
    connect(m_thread, &QThread::finished, subscription, &QObject::deleteLater);
    // Queued to this thread; a signal posted by a run that has ended since is dropped.
    connect(subscription, &InvitationChangeSubscription::listeningChanged, this,
            [this, run](bool listening) {
                if (run == m_run && m_thread)
                    setListening(listening);
            });
    connect(subscription, &InvitationChangeSubscription::notified, this,
            [this, run](const QString& payload) {
                if (run == m_run && m_thread)
                    onNotification(payload);
            });
    connect(subscription, &InvitationChangeSubscription::changesMissed, this, [this, run] {
        if (run == m_run && m_thread && m_feed)
            m_feed->publishAll();
    });
    connect(subscription, &InvitationChangeSubscription::reconnectScheduled, this,
            [this, run](int delayMs) {
                if (run == m_run && m_thread)
                    emit reconnectScheduled(delayMs);
            });
    m_subscription = subscription;
    m_thread->start();
    return {};
}

void InvitationChangeListener::stop()
{
    const bool wasListening = m_listening;
    shutDown();
    if (wasListening)
        emit listeningChanged(false);
}

void InvitationChangeListener::shutDown()
{
    m_listening = false;
    if (!m_thread)
        return;
    ++m_run;
    // The event loop ends after what the thread is doing now; the subscription is deleted on
    // the thread as it finishes (closing its connection there), before wait() returns.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_subscription = nullptr;
}

void InvitationChangeListener::setWatchInterval(int ms)
{
    m_watchMs = ms;
    if (auto* subscription = m_subscription)
        QMetaObject::invokeMethod(
            subscription, [subscription, ms] { subscription->setWatchInterval(ms); },
            Qt::QueuedConnection);
}

void InvitationChangeListener::setReconnectDelays(int firstMs, int capMs)
{
    m_backoff = ReconnectBackoff(firstMs, capMs);
    if (auto* subscription = m_subscription)
        QMetaObject::invokeMethod(
            subscription,
            [subscription, backoff = m_backoff] { subscription->setBackoff(backoff); },
            Qt::QueuedConnection);
}

void InvitationChangeListener::onNotification(const QString& payload)
{
    if (!m_feed)
        return;
    const Message m = parse(payload);
    switch (m.kind) {
    case Message::Kind::Changed:
        m_feed->publish(m.ids);
        break;
    case Message::Kind::Added:
        // This desk's own creates and imports already show (it reads its list again).
        if (!database_sessions::isOwn(m.serverPid))
            m_feed->publishAdded(m.count);
        break;
    case Message::Kind::All:
        m_feed->publishAll();
        break;
    case Message::Kind::Unknown:
        break;
    }
}

void InvitationChangeListener::setListening(bool listening)
{
    if (m_listening == listening)
        return;
    m_listening = listening;
    emit listeningChanged(listening);
}

} // namespace invitedesk
