#pragma once

#include "core/Error.h"
#include "core/domain/AuditCheckpoint.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace invitedesk {

class Transaction;

// The audit chain's head as it stands: the newest event's seq and hash.
struct AuditHead {
    qint64 seq = 0;
    QByteArray hash;
};

// SQL for the signed checkpoints of the audit chain (audit_checkpoints, append-only) and
// the few reads of audit_events that checking them needs.
class AuditCheckpointRepository {
public:
    explicit AuditCheckpointRepository(DatabasePtr database);

    static Result<void> insert(Transaction& tx, const AuditCheckpoint& checkpoint);
    // The newest event; nullopt for an empty log. `db`: a transaction's connection, or empty
    // for this thread's.
    Result<std::optional<AuditHead>> head() const;
    static Result<std::optional<AuditHead>> head(QSqlDatabase db);
    // The stored hash of each of `seqs` that exists.
    Result<QHash<qint64, QByteArray>> hashesAt(const QList<qint64>& seqs) const;
    // The signatures of the stored checkpoints made with `publicKey`.
    Result<QSet<QByteArray>> signaturesOf(const QByteArray& publicKey) const;

private:
    DatabasePtr m_database;
};

} // namespace invitedesk
