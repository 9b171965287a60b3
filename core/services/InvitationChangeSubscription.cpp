#include "core/services/InvitationChangeSubscription.h"

#include "core/services/InvitationChangeListener.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcListen, "invitedesk.listen", QtInfoMsg)

namespace invitedesk {

namespace {
const QString kPurpose = QStringLiteral("listen");
} // namespace

InvitationChangeSubscription::InvitationChangeSubscription(std::shared_ptr<Database> database,
                                                           int watchMs, ReconnectBackoff backoff)
    : m_database(std::move(database)), m_backoff(backoff), m_watch(this), m_retry(this)
{
    m_watch.setInterval(watchMs);
    m_retry.setSingleShot(true);
    connect(&m_watch, &QTimer::timeout, this, &InvitationChangeSubscription::watch);
    connect(&m_retry, &QTimer::timeout, this, &InvitationChangeSubscription::attempt);
}

InvitationChangeSubscription::~InvitationChangeSubscription()
{
    // On the subscription's thread (deleted as it ends): the connection is this thread's.
    if (!m_connectionName.isEmpty())
        m_database->closeExtraConnection(kPurpose);
}

void InvitationChangeSubscription::start()
{
    attempt();
}

void InvitationChangeSubscription::attempt()
{
    const bool cameBack = m_attempted;
    m_attempted = true;
    if (subscribe()) {
        m_backoff.reset();
        // "Read everything" before "listening": whoever sees the second has had the first.
        if (cameBack) {
            qCInfo(lcListen) << "listening for other desks' changes again";
            emit changesMissed(); // what happened meanwhile was not announced to us
        }
        setListening(true);
        m_watch.start();
        return;
    }
    setListening(false);
    m_watch.stop();
    const int wait = m_backoff.next();
    emit reconnectScheduled(wait);
    m_retry.start(wait);
}

bool InvitationChangeSubscription::subscribe()
{
    auto conn = m_database->listenConnection(kPurpose); // closes the one before, if any
    if (!conn) {
        m_connectionName.clear();
        reportFailure(conn.error().message);
        return false;
    }
    m_connectionName = conn.value().connectionName();
    QSqlDriver* driver = conn.value().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(InvitationChangeListener::channel))) {
        reportFailure(driver->lastError().text());
        return false;
    }
    m_failures = 0;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                if (name == QLatin1String(InvitationChangeListener::channel))
                    emit notified(payload.toString());
            });
    return true;
}

void InvitationChangeSubscription::watch()
{
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, /*open=*/false);
        if (conn.isOpen()) {
            QSqlQuery q(conn);
            if (q.exec(QStringLiteral("SELECT 1")))
                return;
        }
    }
    qCInfo(lcListen) << "lost the connection that listens for other desks' changes";
    m_watch.stop();
    setListening(false);
    attempt(); // at once (a restarted server is usually back); then after the backoff's waits
}

void InvitationChangeSubscription::reportFailure(const QString& why)
{
    // The first failure of a run says why; the retries after it only when debugging.
    if (m_failures++ == 0)
        qCInfo(lcListen).noquote() << "cannot listen for other desks' changes:" << why;
    else
        qCDebug(lcListen).noquote() << "still cannot listen for other desks' changes:" << why;
}

void InvitationChangeSubscription::setListening(bool listening)
{
    if (m_listening == listening)
        return;
    m_listening = listening;
    emit listeningChanged(listening);
}

} // namespace invitedesk
