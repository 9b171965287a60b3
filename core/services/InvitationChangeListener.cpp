#include "core/services/InvitationChangeListener.h"

#include "core/services/BackendServices.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseSessions.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcListen, "invitedesk.listen", QtInfoMsg)

namespace invitedesk {

namespace {
const QString kPurpose = QStringLiteral("listen");
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
    : QObject(parent), m_database(backend.database()), m_feed(feed)
{
    m_watch.setInterval(kDefaultWatchMs);
    connect(&m_watch, &QTimer::timeout, this, &InvitationChangeListener::watch);
}

InvitationChangeListener::~InvitationChangeListener()
{
    if (m_database && m_database->isPostgres())
        m_database->closeExtraConnection(kPurpose);
}

Result<void> InvitationChangeListener::start()
{
    if (!m_database->isPostgres())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("Only PostgreSQL announces changes to other desks."),
                           QStringLiteral("database"));
    m_watch.start();
    return subscribe();
}

Result<void> InvitationChangeListener::subscribe()
{
    auto conn = m_database->extraConnection(kPurpose);
    if (!conn) {
        setListening(false);
        return conn.error();
    }
    m_connectionName = conn.value().connectionName();
    QSqlDriver* driver = conn.value().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(channel))) {
        setListening(false);
        return Error::make(
            Error::Code::Environment,
            QStringLiteral("Cannot listen for changes: %1").arg(driver->lastError().text()),
            QStringLiteral("database"));
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                onNotification(name, payload);
            });
    setListening(true);
    return {};
}

void InvitationChangeListener::onNotification(const QString& name, const QVariant& payload)
{
    if (name != QLatin1String(channel) || !m_feed)
        return;
    const Message m = parse(payload.toString());
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

void InvitationChangeListener::watch()
{
    if (m_listening) {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, /*open=*/false);
        if (conn.isOpen()) {
            QSqlQuery q(conn);
            if (q.exec(QStringLiteral("SELECT 1")))
                return;
        }
        qCInfo(lcListen) << "lost the connection that listens for other desks' changes";
        setListening(false);
    }
    if (subscribe()) {
        qCInfo(lcListen) << "listening for other desks' changes again";
        if (m_feed)
            m_feed->publishAll(); // what happened meanwhile was not announced to us
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
