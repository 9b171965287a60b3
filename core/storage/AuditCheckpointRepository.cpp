#include "core/storage/AuditCheckpointRepository.h"

#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace invitedesk {

AuditCheckpointRepository::AuditCheckpointRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<void> AuditCheckpointRepository::insert(Transaction& tx, const AuditCheckpoint& c)
{
    QSqlQuery q(tx.db());
    if (!Database::exec(q,
                        QStringLiteral("INSERT INTO audit_checkpoints (seq, hash, signed_at, "
                                       "public_key, signature, signed_by) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {c.seq, c.hash, tx.database().timeValue(c.signedAt), c.publicKey,
                         c.signature, Database::textOrNull(c.signedBy)}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("writing an audit checkpoint"));
    return {};
}

Result<std::optional<AuditHead>> AuditCheckpointRepository::head() const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return head(conn.value());
}

Result<std::optional<AuditHead>> AuditCheckpointRepository::head(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the audit log"));
    if (!q.next())
        return std::optional<AuditHead>();
    return std::optional<AuditHead>(AuditHead{q.value(0).toLongLong(), q.value(1).toByteArray()});
}

Result<QHash<qint64, QByteArray>>
AuditCheckpointRepository::hashesAt(const QList<qint64>& seqs) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    constexpr qsizetype kChunk = 500;
    QHash<qint64, QByteArray> found;
    for (qsizetype start = 0; start < seqs.size(); start += kChunk) {
        const QList<qint64> chunk = seqs.mid(start, kChunk);
        QStringList marks;
        QVariantList binds;
        for (qint64 seq : chunk) {
            marks << QStringLiteral("?");
            binds << seq;
        }
        QSqlQuery q(conn.value());
        q.setForwardOnly(true);
        if (!Database::exec(q,
                            QStringLiteral("SELECT seq, hash FROM audit_events WHERE seq IN (%1)")
                                .arg(marks.join(QLatin1Char(','))),
                            binds))
            return Database::fromSqlError(q.lastError(), QStringLiteral("reading the audit log"));
        while (q.next())
            found.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
    }
    return found;
}

Result<QSet<QByteArray>> AuditCheckpointRepository::signaturesOf(const QByteArray& publicKey) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    q.setForwardOnly(true);
    if (!Database::exec(
            q, QStringLiteral("SELECT signature FROM audit_checkpoints WHERE public_key = ?"),
            {publicKey}))
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("reading the audit checkpoints"));
    QSet<QByteArray> signatures;
    while (q.next())
        signatures.insert(q.value(0).toByteArray());
    return signatures;
}

} // namespace invitedesk
