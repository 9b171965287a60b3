#include "core/storage/AuditLog.h"

#include "core/domain/AuditPersonalData.h"
#include "core/storage/AuditPersonalRepository.h"
#include "core/storage/SqlSearch.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace invitedesk {

namespace {
constexpr qint64 kAuditLockKey = 7413002;

// Takes the chain's lock (PostgreSQL) and reads its newest event.
Result<AuditChainHead> lockedHead(Transaction& tx)
{
    if (tx.database().isPostgres()) {
        QSqlQuery q(tx.db());
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(kAuditLockKey);
        if (!q.exec())
            return Database::fromSqlError(q.lastError(), QStringLiteral("locking the audit log"));
    }
    return AuditLog::head(tx);
}

// The columns of kSelect (and kSelectWithPersonal's first ones).
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
// The same, with the event's personal data (column 8, NULL when it has none) and the
// invitation's invitee as it is now (columns 9-11, NULL for an event of no invitation).
const QString kSelectWithPersonal =
    QStringLiteral("SELECT a.seq, a.occurred_at, a.actor_user_id, a.action, a.invitation_id, "
                   "a.details, a.prev_hash, a.hash, p.data, i.email, i.first_name, i.last_name "
                   "FROM audit_events a LEFT JOIN audit_personal p ON p.seq = a.seq "
                   "LEFT JOIN user_invitations i ON i.id = a.invitation_id");
} // namespace

QJsonObject AuditEvent::hashedDetails() const
{
    if (personal.isEmpty())
        return details;
    QJsonObject hashed = details;
    for (auto it = personal.begin(); it != personal.end(); ++it)
        hashed.remove(it.key());
    return hashed;
}

AuditLog::AuditLog(DatabasePtr database) : m_database(std::move(database)) {}

QByteArray AuditLog::computeHash(const QByteArray& prevHash, const AuditEvent& event)
{
    return computeHash(prevHash, occurredAtText(event.occurredAt), event,
                       detailsJson(event.hashedDetails()));
}

void AuditLog::splitPersonal(AuditEvent& event)
{
    event.personal = audit_personal_data::personalPart(event.details);
}

Result<AuditChainHead> AuditLog::head(Transaction& tx)
{
    QSqlQuery q(tx.db());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the audit log"));
    AuditChainHead head;
    head.hash = QByteArray(32, '\0');
    if (q.next()) {
        head.seq = q.value(0).toLongLong();
        head.hash = q.value(1).toByteArray();
    }
    return head;
}

QByteArray AuditLog::occurredAtText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

QByteArray AuditLog::detailsJson(const QJsonObject& details)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical. It is what every writer
    // stores and hashes. SQLite keeps this text as it is; PostgreSQL's jsonb re-orders and
    // re-spaces it, which is why verify() re-serialises there (and checks the stored value is
    // exactly this text's).
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
    if (tx.database().isPersonSession())
        return appendAsPerson(tx, events);
    auto head = lockedHead(tx);
    if (!head)
        return head.error();
    QByteArray prevHash = head->hash;
    QHash<QByteArray, QByteArray> personalByHash; // event hash -> its personal data (JSON)
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
            splitPersonal(e);
            // Serialised once: hashed and stored as the same text.
            const QByteArray details = detailsJson(e.hashedDetails());
            const QByteArray hash = computeHash(prevHash, occurredAtText(e.occurredAt), e, details);
            if (!e.personal.isEmpty())
                personalByHash.insert(hash, detailsJson(e.personal));
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
    if (personalByHash.isEmpty())
        return {};
    auto written =
        AuditPersonalRepository(database, tx.db()).insertAfter(head->seq, personalByHash);
    if (!written)
        return written.error();
    return {};
}

Result<void> AuditLog::appendAsPerson(Transaction& tx, const QList<AuditEvent>& events)
{
    // People's logins cannot write audit_events: the owner's function appends for them, in
    // this transaction, with the chain, the time and the check of who and what in SQL
    // (migration 023). Each event is still split the one way (AuditPersonalData).
    QSqlQuery q(tx.db());
    if (!q.prepare(QStringLiteral("SELECT invitedesk_person_audit_append(CAST(? AS uuid), ?, "
                                  "CAST(? AS uuid), ?, CAST(? AS jsonb))")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("preparing an audit event"));
    for (AuditEvent e : events) {
        splitPersonal(e);
        q.addBindValue(Database::textOrNull(e.actorUserId));
        q.addBindValue(e.action);
        q.addBindValue(Database::textOrNull(e.invitationId));
        q.addBindValue(QString::fromUtf8(detailsJson(e.hashedDetails())));
        q.addBindValue(e.personal.isEmpty() ? Database::nullText()
                                            : QVariant(QString::fromUtf8(detailsJson(e.personal))));
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
        where << QStringLiteral("a.action = ?");
        binds << filter.action;
    }
    if (!filter.invitationId.isEmpty()) {
        where << QStringLiteral("a.invitation_id = ?");
        binds << filter.invitationId;
    }
    if (!filter.invitee.trimmed().isEmpty()) {
        const sql_search::Clause search =
            sql_search::nameOrEmail(QStringLiteral("i"), filter.invitee);
        where << search.sql;
        binds << search.binds;
    }
    if (!filter.actorUserId.isEmpty()) {
        where << QStringLiteral("a.actor_user_id = ?");
        binds << filter.actorUserId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("a.occurred_at >= ?");
        binds << m_database->timeValue(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("a.occurred_at < ?");
        binds << m_database->timeValue(filter.to);
    }
    if (filter.beforeSeq > 0) {
        where << QStringLiteral("a.seq < ?");
        binds << filter.beforeSeq;
    }
    QString sql = kSelectWithPersonal;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY a.seq DESC");
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
    while (q.next()) {
        AuditEvent e = readEvent(q);
        if (!q.isNull(8)) {
            // The personal values back beside the hashed ones, as the writer gave them.
            e.personal = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
            for (auto it = e.personal.begin(); it != e.personal.end(); ++it)
                e.details.insert(it.key(), it.value());
        }
        e.inviteeEmail = q.value(9).toString();
        e.inviteeName = QStringList{q.value(10).toString(), q.value(11).toString()}
                            .join(QLatin1Char(' '))
                            .trimmed();
        events.append(e);
    }
    return events;
}

namespace {
// One stored event as verify() reads it: the row, and the canonical details text its hash
// covers (empty with a problem when the stored details cannot be that text).
struct StoredEvent {
    AuditEvent event;
    QByteArray canonical;
    QString problem;
};

StoredEvent readStored(const QSqlQuery& q, bool postgres)
{
    StoredEvent s;
    s.event = readEvent(q);
    const QByteArray stored = q.value(5).toString().toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stored, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        s.problem = QStringLiteral("event %1 (%2) has details that are not a JSON object: it "
                                   "was changed after it was written")
                        .arg(s.event.seq)
                        .arg(s.event.action);
        return s;
    }
    // SQLite keeps the text that was hashed: hash exactly that, byte for byte. PostgreSQL's
    // jsonb keeps a parsed value and prints it its own way: the hash covers the canonical text
    // of that value, and checkPostgresDetails() makes sure the value is exactly that text's.
    s.canonical = postgres ? AuditLog::detailsJson(doc.object()) : stored;
    return s;
}

// PostgreSQL: the first of `canonical` (seq -> the text hashed for it) whose stored jsonb is
// not exactly that text's value (compared as jsonb prints it, so 1.0 for 1, or digits a double
// cannot hold, do not pass); 0 when all are. One query for a page of events.
Result<qint64> checkPostgresDetails(QSqlDatabase db, const QJsonObject& canonical)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.seq FROM json_each_text(CAST(? AS json)) AS c(seq, canonical) "
        "JOIN audit_events a ON a.seq = CAST(c.seq AS bigint) "
        "WHERE CAST(a.details AS text) IS DISTINCT FROM CAST(CAST(c.canonical AS jsonb) AS text) "
        "ORDER BY a.seq LIMIT 1"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(canonical).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("verifying the audit log"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}
} // namespace

Result<AuditVerifyReport> AuditLog::verify(qint64 afterSeq, const QByteArray& afterHash) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    const bool postgres = m_database->isPostgres();
    constexpr int kPage = 1000;
    AuditVerifyReport report;
    QByteArray expectedPrev = afterHash.isEmpty() ? QByteArray(32, '\0') : afterHash;
    qint64 after = afterSeq;
    for (;;) {
        // A page at a time: PostgreSQL's check of the stored values is a query of its own.
        QList<StoredEvent> page;
        {
            QSqlQuery q(conn.value());
            q.setForwardOnly(true);
            q.prepare(kSelect +
                      QStringLiteral(" WHERE seq > ? ORDER BY seq ASC LIMIT %1").arg(kPage));
            q.addBindValue(after);
            if (!q.exec())
                return Database::fromSqlError(q.lastError(),
                                              QStringLiteral("reading the audit log"));
            while (q.next())
                page.append(readStored(q, postgres));
        }
        if (page.isEmpty())
            return report;

        // The first event of the page that is broken, and why.
        qsizetype broken = -1;
        QString problem;
        QJsonObject canonical; // PostgreSQL: seq -> hashed text, for the events before it
        for (qsizetype i = 0; i < page.size() && broken < 0; ++i) {
            const StoredEvent& s = page.at(i);
            const AuditEvent& e = s.event;
            if (e.prevHash != expectedPrev) {
                problem = QStringLiteral("event %1 (%2) does not follow the event before it: "
                                         "an event was removed or inserted")
                              .arg(e.seq)
                              .arg(e.action);
            } else if (!s.problem.isEmpty()) {
                problem = s.problem;
            } else if (computeHash(e.prevHash, occurredAtText(e.occurredAt), e, s.canonical) !=
                       e.hash) {
                problem = QStringLiteral("event %1 (%2) was changed after it was written")
                              .arg(e.seq)
                              .arg(e.action);
            }
            if (!problem.isEmpty()) {
                broken = i;
                break;
            }
            if (postgres)
                canonical.insert(QString::number(e.seq), QString::fromUtf8(s.canonical));
            expectedPrev = e.hash;
        }
        if (postgres && !canonical.isEmpty()) {
            auto changed = checkPostgresDetails(conn.value(), canonical);
            if (!changed)
                return changed.error();
            if (changed.value() != 0) {
                broken = 0;
                while (broken + 1 < page.size() && page.at(broken).event.seq != changed.value())
                    ++broken;
                const AuditEvent& e = page.at(broken).event;
                problem = QStringLiteral("event %1 (%2) has details other than those its hash "
                                         "covers: it was changed after it was written")
                              .arg(e.seq)
                              .arg(e.action);
            }
        }
        if (broken >= 0) {
            report.ok = false;
            report.checked += broken + 1;
            report.firstBrokenSeq = page.at(broken).event.seq;
            report.problem = problem;
            return report;
        }
        report.checked += page.size();
        after = page.last().event.seq;
    }
}

} // namespace invitedesk
