#include "tests/bench/queries/DeskFleet.h"

#include "core/services/InvitationChangeListener.h"
#include "core/services/InvitationService.h"
#include "core/storage/postgres/PgPreparedStatement.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <ctime>

#ifdef INVITEDESK_HAVE_LIBPQ
#include <libpq-fe.h>
#include <poll.h>
#endif

namespace invitedesk::bench {

namespace {
constexpr int kDeskPage = 200; // the desk's list asks for pages of 200
const QString kListenName = QStringLiteral("bench-listen");
} // namespace

struct DeskFleet::Desk {
    int index = 0;
    Actor actor;
    std::unique_ptr<QThread> thread;
    bool connected = false;
    QString error;
    void* listenConn = nullptr;
    Latencies latencies;
    QMutex mutex; // latencies, once the desk stops
};

DeskFleet::DeskFleet(DatabasePtr db, QList<Actor> desks, Options options)
    : m_db(std::move(db)), m_actors(std::move(desks)), m_options(options)
{}

DeskFleet::~DeskFleet()
{
    stopLoad();
    finish();
}

qint64 DeskFleet::wallClockUs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

int DeskFleet::connect()
{
    for (int i = 0; i < m_actors.size(); ++i) {
        auto desk = std::make_unique<Desk>();
        desk->index = i;
        desk->actor = m_actors.at(i);
        Desk* d = desk.get();
        desk->thread.reset(QThread::create([this, d] { runDesk(d); }));
        desk->thread->setObjectName(QStringLiteral("desk-%1").arg(i));
        m_desks.push_back(std::move(desk));
        m_desks.back()->thread->start();
    }
    QMutexLocker lock(&m_mutex);
    while (m_ready < int(m_desks.size()))
        m_changed.wait(&m_mutex);
    int connected = 0;
    for (const auto& d : m_desks) {
        if (!d->connected)
            continue;
        ++connected;
        m_listeners.push_back({d->index, d->listenConn});
    }
    return connected;
}

QStringList DeskFleet::connectErrors() const
{
    QStringList errors;
    for (const auto& d : m_desks)
        if (!d->connected && !errors.contains(d->error))
            errors << d->error;
    return errors;
}

void DeskFleet::go()
{
    m_watcher.reset(QThread::create([this] { watchSockets(); }));
    m_watcher->setObjectName(QStringLiteral("desk-listeners"));
    m_watcher->start();
    QMutexLocker lock(&m_mutex);
    m_go = true;
    m_changed.wakeAll();
}

void DeskFleet::stopLoad()
{
    m_stopLoad = true;
    QMutexLocker lock(&m_mutex);
    m_go = true; // desks still waiting to start end at once
    m_changed.wakeAll();
}

void DeskFleet::finish()
{
    m_stopWatching = true;
    if (m_watcher) {
        m_watcher->wait();
        m_watcher.reset();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_go = true;
        m_release = true;
        m_changed.wakeAll();
    }
    for (auto& d : m_desks)
        if (d->thread)
            d->thread->wait();
}

QString DeskFleet::connectDesk(Desk* desk)
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error().message;
    auto listen = m_db->extraConnection(kListenName);
    if (!listen)
        return listen.error().message;
    QSqlQuery q(listen.value());
    if (!q.exec(QStringLiteral("LISTEN %1").arg(QLatin1String(InvitationChangeListener::channel))))
        return QStringLiteral("LISTEN failed");
    desk->listenConn = PgPreparedStatement::connectionOf(listen.value());
    return desk->listenConn ? QString() : QStringLiteral("no libpq connection to listen on");
}

void DeskFleet::runDesk(Desk* desk)
{
    auto ready = [&](bool connected, const QString& error) {
        QMutexLocker lock(&m_mutex);
        desk->connected = connected;
        desk->error = error;
        ++m_ready;
        m_changed.wakeAll();
    };
    // A few desks connect at a time (people do not all start their desk in the same second;
    // hundreds of connections at once wait past the 10 s connect timeout on a busy server),
    // and a desk tries twice.
    QString error;
    for (int attempt = 0; attempt < 2 && !desk->listenConn; ++attempt) {
        m_connecting.acquire();
        error = connectDesk(desk);
        m_connecting.release();
        if (!desk->listenConn) {
            m_db->closeExtraConnection(kListenName);
            m_db->resetConnection();
        }
    }
    if (!desk->listenConn) {
        ready(false, error);
        return;
    }
    InvitationService service(m_db, ServiceConfig{});
    InvitationQuery firstPage;
    firstPage.limit = kDeskPage;
    InvitationQuery filtered = firstPage;
    filtered.statuses = {InvitationStatus::Sent};
    filtered.types = {InvitationType::Sales};
    Latencies local;
    auto note = [&](QList<double>& into, const Error* error, const QElapsedTimer& t) {
        into << t.nsecsElapsed() / 1e6;
        if (error) {
            ++local.errors;
            if (local.firstError.isEmpty())
                local.firstError = error->describe();
        }
    };
    // A warm-up round (prepared statements, caches), untimed, as on a desk in use.
    (void)service.list(desk->actor, firstPage);
    (void)service.list(desk->actor, filtered);
    (void)service.statistics(desk->actor, {}, {}, Statistics::kInvitersShownFirst);
    ready(true, {});
    {
        QMutexLocker lock(&m_mutex);
        while (!m_go)
            m_changed.wait(&m_mutex);
    }
    // Desks start spread over one pause, as people do, not all in the same millisecond.
    QThread::msleep(QRandomGenerator::global()->bounded(std::max(1, m_options.thinkMs)));
    while (!m_stopLoad) {
        QElapsedTimer t;
        t.start();
        auto list = service.list(desk->actor, firstPage);
        note(local.listMs, list ? nullptr : &list.error(), t);
        t.restart();
        auto filter = service.list(desk->actor, filtered);
        note(local.filterMs, filter ? nullptr : &filter.error(), t);
        t.restart();
        auto stats = service.statistics(desk->actor, {}, {}, Statistics::kInvitersShownFirst);
        note(local.statsMs, stats ? nullptr : &stats.error(), t);
        ++m_rounds;
        // The pause, in short steps so that a stop is heard soon.
        for (int slept = 0; slept < m_options.thinkMs && !m_stopLoad; slept += 50)
            QThread::msleep(std::min(50, m_options.thinkMs - slept));
    }
    {
        QMutexLocker lock(&desk->mutex);
        desk->latencies = std::move(local);
    }
    // The LISTEN connection is this thread's: it stays open until the watcher has stopped.
    QMutexLocker lock(&m_mutex);
    while (!m_release)
        m_changed.wait(&m_mutex);
}

void DeskFleet::watch(const QString& invitationId)
{
    QMutexLocker lock(&m_heardMutex);
    m_watched.insert(invitationId);
}

void DeskFleet::noteNotification(int listener, const QString& payload, qint64 atUs)
{
    // What the desk's listener does first: parse the payload (ids only).
    const InvitationChangeListener::Message m = InvitationChangeListener::parse(payload);
    ++m_notifications;
    QMutexLocker lock(&m_heardMutex);
    if (m.kind == InvitationChangeListener::Message::Kind::All)
        ++m_readEverything;
    if (m.kind != InvitationChangeListener::Message::Kind::Changed)
        return;
    for (const QString& id : m.ids)
        if (m_watched.contains(id))
            m_heard[id] << qMakePair(listener, atUs);
}

void DeskFleet::watchSockets()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    std::vector<pollfd> fds(m_listeners.size());
    for (size_t i = 0; i < m_listeners.size(); ++i)
        fds[i] = {PQsocket(static_cast<PGconn*>(m_listeners[i].conn)), POLLIN, 0};
    while (!m_stopWatching) {
        if (::poll(fds.data(), fds.size(), 50) <= 0)
            continue;
        for (size_t i = 0; i < fds.size(); ++i) {
            if (!(fds[i].revents & POLLIN))
                continue;
            auto* conn = static_cast<PGconn*>(m_listeners[i].conn);
            PQconsumeInput(conn);
            while (PGnotify* n = PQnotifies(conn)) {
                noteNotification(int(i), QString::fromUtf8(n->extra), wallClockUs());
                PQfreemem(n);
            }
        }
    }
#endif
}

QList<qint64> DeskFleet::heardAt(const QString& invitationId, qint64 sinceUs) const
{
    QMutexLocker lock(&m_heardMutex);
    std::vector<qint64> first(m_listeners.size(), -1);
    auto consider = [&](size_t listener, qint64 at) {
        if (at >= sinceUs && (first[listener] < 0 || at < first[listener]))
            first[listener] = at;
    };
    for (const auto& [listener, at] : m_heard.value(invitationId))
        consider(size_t(listener), at);
    QList<qint64> heard;
    for (qint64 at : first)
        if (at >= 0)
            heard << at;
    return heard;
}

DeskFleet::Latencies DeskFleet::latencies() const
{
    Latencies all;
    for (const auto& d : m_desks) {
        QMutexLocker lock(&d->mutex);
        all.listMs << d->latencies.listMs;
        all.filterMs << d->latencies.filterMs;
        all.statsMs << d->latencies.statsMs;
        all.errors += d->latencies.errors;
        if (all.firstError.isEmpty())
            all.firstError = d->latencies.firstError;
    }
    return all;
}

} // namespace invitedesk::bench
