#include "core/services/FirstLookRecorder.h"

#include "core/domain/AuditAction.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/storage/AcceptanceRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

#include <QLoggingCategory>
#include <QThread>

namespace invitedesk {

Q_LOGGING_CATEGORY(lcFirstLooks, "invitedesk.acceptance.views", QtInfoMsg)

FirstLookRecorder::FirstLookRecorder(DatabasePtr database, Settings settings)
    : m_database(std::move(database)), m_settings(settings)
{
    m_settings.batchSize = qMax(1, m_settings.batchSize);
    m_settings.maxQueued = qMax(1, m_settings.maxQueued);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("invitedesk-first-looks"));
    m_thread->start();
}

FirstLookRecorder::~FirstLookRecorder()
{
    stop();
}

bool FirstLookRecorder::add(const QString& invitationId, const QDateTime& at)
{
    std::lock_guard lock(m_mutex);
    if (m_stopping || m_queue.size() >= m_settings.maxQueued)
        return false;
    if (!m_queue.contains(invitationId))
        m_queue.insert(invitationId, at);
    if (m_queue.size() >= m_settings.batchSize)
        m_wake.notify_one();
    return true;
}

std::optional<QDateTime> FirstLookRecorder::queuedAt(const QString& invitationId) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_queue.constFind(invitationId);
    if (it == m_queue.constEnd())
        return std::nullopt;
    return it.value();
}

qsizetype FirstLookRecorder::queued() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size();
}

QList<FirstLook> FirstLookRecorder::takeBatch()
{
    std::lock_guard lock(m_mutex);
    QList<FirstLook> batch;
    batch.reserve(qMin<qsizetype>(m_queue.size(), m_settings.batchSize));
    for (auto it = m_queue.begin(); it != m_queue.end() && batch.size() < m_settings.batchSize;) {
        batch.append({it.key(), it.value()});
        it = m_queue.erase(it);
    }
    return batch;
}

void FirstLookRecorder::putBack(const QList<FirstLook>& looks)
{
    std::lock_guard lock(m_mutex);
    for (const auto& [id, at] : looks) {
        auto it = m_queue.find(id);
        if (it == m_queue.end())
            m_queue.insert(id, at);
        else if (at < it.value())
            it.value() = at;
    }
}

Result<int> FirstLookRecorder::flush()
{
    std::lock_guard writing(m_writing);
    int recorded = 0;
    for (QList<FirstLook> batch = takeBatch(); !batch.isEmpty(); batch = takeBatch()) {
        Transaction tx(*m_database);
        auto begun = tx.begin();
        Result<int> done = begun ? record(tx, batch) : Result<int>(begun.error());
        if (done) {
            if (auto r = tx.commit(); !r)
                done = r.error();
        }
        if (!done) {
            tx.rollback();
            putBack(batch); // the next flush tries again
            if (done.error().code == Error::Code::Environment)
                m_database->resetConnection();
            return done.error();
        }
        recorded += done.value();
        if (m_settings.changes && done.value() > 0) {
            QStringList ids;
            for (const FirstLook& look : std::as_const(batch))
                ids << look.first;
            m_settings.changes->publish(ids);
        }
    }
    return recorded;
}

void FirstLookRecorder::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, m_settings.interval,
                        [this] { return m_stopping || m_queue.size() >= m_settings.batchSize; });
        if (m_stopping || m_queue.isEmpty())
            continue;
        lock.unlock();
        if (auto r = flush(); !r)
            qCWarning(lcFirstLooks).noquote()
                << "first looks not recorded yet, retrying:" << r.error().message;
        lock.lock();
    }
}

void FirstLookRecorder::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && !m_thread)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    // What the worker had not written yet. A failure here is retried once, then reported.
    auto r = flush();
    if (!r)
        r = flush();
    if (!r)
        qCWarning(lcFirstLooks).noquote()
            << queued() << "first look(s) could not be recorded:" << r.error().message;
}

Result<int> FirstLookRecorder::record(Transaction& tx, const QList<FirstLook>& looks)
{
    auto marked = AcceptanceRepository(tx.database(), tx.db()).markOpened(looks);
    if (!marked)
        return marked.error();
    if (tx.database().isPostgres())
        return int(marked->size()); // the owner function appended their events
    QList<AuditEvent> events;
    events.reserve(marked->size());
    for (const auto& [id, at] : looks) {
        if (!marked->contains(id))
            continue;
        AuditEvent e;
        e.occurredAt = at;
        e.action = audit_actions::name(AuditAction::InvitationOpened);
        e.invitationId = id;
        events.append(e);
    }
    if (auto r = AuditLog::appendMany(tx, events); !r)
        return r.error();
    return int(events.size());
}

} // namespace invitedesk
