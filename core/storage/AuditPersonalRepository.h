#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QList>

namespace invitedesk {

// audit_personal: the personal data of audit events, one row per event that has any, outside
// the hash chain (migration 011). Written with the events (AuditLog, InvitationBulkWriter);
// read with them (AuditLog::list joins it); erased here. Every call runs in the caller's
// transaction (`db`).
class AuditPersonalRepository {
public:
    AuditPersonalRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    // Writes the personal data of events this transaction wrote after event `afterSeq`:
    // `byHash` maps each such event's hash to its personal data (a compact JSON object). The
    // events are found by their hashes; one that is not found is an Internal error. Returns
    // the seq of the newest event seen.
    Result<qint64> insertAfter(qint64 afterSeq, const QHash<QByteArray, QByteArray>& byHash);

    // The events whose personal data is about `email` (lower-case): those whose personal data
    // names the address (audit_personal_data::mentions), and those about an invitation to it
    // or whose subject user (details' user_id, hashed) has it. Oldest first.
    Result<QList<qint64>> eventsAbout(const QString& email);
    // Deletes the personal data of these events (the erasure); returns how many rows went.
    Result<qint64> erase(const QList<qint64>& seqs);
    // How many events name `email` in their hashed details: written before migration 011, or
    // an organisation setting's value. Erasing it from them would break the chain.
    Result<qint64> hashedEventsNaming(const QString& email);

private:
    Result<void> writeRows(const QList<QPair<qint64, QByteArray>>& rows);
    // The seqs the query (with binds) returns in its first column.
    Result<QList<qint64>> seqs(const QString& sql, const QVariantList& binds);
    // LIKE pattern (escape character '\') matching any text that contains `email`.
    static QString containsPattern(const QString& email);

    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
