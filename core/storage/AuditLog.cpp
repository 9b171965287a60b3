#include "core/storage/AuditLog.h"

#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace invitedesk {

namespace {
constexpr qint64 kAuditLockKey = 7413002;

Result<QByteArray> lastHash(Transaction& tx)
{
    QSqlQuery q(tx.db());
    if (tx.database().isPostgres()) {
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(kAuditLockKey);
        if (!q.exec())
            return Database::fromSqlError(q.lastError(), QStringLiteral("locking the audit log"));
    }
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the audit log"));
    if (q.next())
        return q.value(0).toByteArray();
    return QByteArray(32, '\0');
}

AuditEvent readEvent(const QSqlQuery& q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.occurredAt = Database::readTime(q.value(1));
    e.actorUserId = q.value(2).toString();
    e.action = q.value(3).toString();
    e.invitationId = q.value(4).toString();
    e.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.prevHash = q.value(6).toByteArray();
    e.hash = q.value(7).toByteArray();
    return e;
}

const QString kSelect = QStringLiteral(
    "SELECT seq, occurred_at, actor_user_id, action, invitation_id, details, prev_hash, hash "
    "FROM audit_events");
} // namespace

AuditLog::AuditLog(DatabasePtr database) : m_database(std::move(database)) {}

QByteArray AuditLog::computeHash(const QByteArray& prevHash, const AuditEvent& event)
{
    return computeHash(prevHash, occurredAtText(event.occurredAt), event,
                       detailsJson(event.details));
}

QByteArray AuditLog::occurredAtText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

QByteArray AuditLog::detailsJson(const QJsonObject& details)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical. PostgreSQL's jsonb
    // re-orders and re-spaces what it stores, which is why verify() re-serialises before
    // hashing.
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

QByteArray AuditLog::computeHash(const QByteArray& prevHash, const QByteArray& occurredAtUtc,
                                 const AuditEvent& event, const QByteArray& detailsJson)
{
    // SHA-256 over the previous hash and the UTF-8 of the canonical row: its fields joined
    // by the unit separator (0x1f).
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash);
    h.addData(occurredAtUtc);
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(event.actorUserId.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(event.action.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(event.invitationId.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(detailsJson);
    return h.result();
}

Result<void> AuditLog::append(Transaction& tx, const QString& actorUserId, const QString& action,
                              const QString& invitationId, const QJsonObject& details,
                              const QDateTime& at)
{
    AuditEvent e;
    e.occurredAt = at;
    e.actorUserId = actorUserId;
    e.action = action;
    e.invitationId = invitationId;
    e.details = details;
    return appendMany(tx, {e});
}

Result<void> AuditLog::appendMany(Transaction& tx, const QList<AuditEvent>& events)
{
    if (events.isEmpty())
        return {};
    auto prev = lastHash(tx);
    if (!prev)
        return prev.error();
    QByteArray prevHash = prev.value();
    Database& database = tx.database();
    // Multi-row INSERTs in chunks: QPSQL has no real batch (PITFALLS).
    const int kChunk = database.insertChunkRows();
    for (qsizetype start = 0; start < events.size(); start += kChunk) {
        const qsizetype end = std::min<qsizetype>(events.size(), start + kChunk);
        QString sql =
            QStringLiteral("INSERT INTO audit_events (occurred_at, actor_user_id, action, "
                           "invitation_id, details, prev_hash, hash) VALUES ");
        for (qsizetype i = start; i < end; ++i)
            sql += (i == start ? QString() : QStringLiteral(", ")) +
                   QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
        QSqlQuery q(tx.db());
        if (!q.prepare(sql))
            return Database::fromSqlError(q.lastError(),
                                          QStringLiteral("preparing an audit event"));
        for (qsizetype i = start; i < end; ++i) {
            AuditEvent e = events.at(i);
            // Millisecond precision is what both backends keep exactly.
            e.occurredAt =
                QDateTime::fromMSecsSinceEpoch(e.occurredAt.toMSecsSinceEpoch(), Qt::UTC);
            // Serialised once: hashed and stored as the same text.
            const QByteArray details = detailsJson(e.details);
            const QByteArray hash = computeHash(prevHash, occurredAtText(e.occurredAt), e, details);
            q.addBindValue(database.timeValue(e.occurredAt));
            q.addBindValue(Database::textOrNull(e.actorUserId));
            q.addBindValue(e.action);
            q.addBindValue(Database::textOrNull(e.invitationId));
            q.addBindValue(QString::fromUtf8(details));
            q.addBindValue(prevHash);
            q.addBindValue(hash);
            prevHash = hash;
        }
        if (!q.exec())
            return Database::fromSqlError(q.lastError(), QStringLiteral("writing an audit event"));
    }
    return {};
}

Result<QList<AuditEvent>> AuditLog::forInvitation(const QString& invitationId) const
{
    AuditFilter f;
    f.invitationId = invitationId;
    f.limit = 0;
    auto r = list(f);
    if (!r)
        return r;
    QList<AuditEvent> events = r.value();
    std::reverse(events.begin(), events.end()); // oldest first for a timeline
    return events;
}

Result<QList<AuditEvent>> AuditLog::list(const AuditFilter& filter) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QStringList where;
    QVariantList binds;
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << filter.action;
    }
    if (!filter.invitationId.isEmpty()) {
        where << QStringLiteral("invitation_id = ?");
        binds << filter.invitationId;
    }
    if (!filter.actorUserId.isEmpty()) {
        where << QStringLiteral("actor_user_id = ?");
        binds << filter.actorUserId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("occurred_at >= ?");
        binds << m_database->timeValue(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("occurred_at < ?");
        binds << m_database->timeValue(filter.to);
    }
    if (filter.beforeSeq > 0) {
        where << QStringLiteral("seq < ?");
        binds << filter.beforeSeq;
    }
    QString sql = kSelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(conn.value());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the audit log"));
    QList<AuditEvent> events;
    while (q.next())
        events.append(readEvent(q));
    return events;
}

Result<AuditVerifyReport> AuditLog::verify() const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY seq ASC")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the audit log"));
    AuditVerifyReport report;
    QByteArray expectedPrev(32, '\0');
    while (q.next()) {
        const AuditEvent e = readEvent(q);
        ++report.checked;
        if (e.prevHash != expectedPrev) {
            report.ok = false;
            report.firstBrokenSeq = e.seq;
            report.problem = QStringLiteral("event %1 (%2) does not follow the event before it: "
                                            "an event was removed or inserted")
                                 .arg(e.seq)
                                 .arg(e.action);
            break;
        }
        if (computeHash(e.prevHash, e) != e.hash) {
            report.ok = false;
            report.firstBrokenSeq = e.seq;
            report.problem = QStringLiteral("event %1 (%2) was changed after it was written")
                                 .arg(e.seq)
                                 .arg(e.action);
            break;
        }
        expectedPrev = e.hash;
    }
    return report;
}

} // namespace invitedesk
