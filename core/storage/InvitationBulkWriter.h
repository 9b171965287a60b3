#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OutboxRepository.h"

namespace invitedesk {

class Transaction;

// New invitations with everything that goes with each: its token hash, its outbox row and
// its audit event. The lists run in parallel (same length, same order).
struct NewInvitationRows {
    QList<Invitation> invitations;
    QList<QByteArray> tokenHashes;
    QList<OutboxMessage> mails;
    QList<AuditEvent> events;

    qsizetype size() const { return invitations.size(); }
    void clear()
    {
        invitations.clear();
        tokenHashes.clear();
        mails.clear();
        events.clear();
    }
};

// Writes many new invitations inside the caller's transaction, chunk after chunk. On
// PostgreSQL it uses COPY through libpq (about 2.5 times the rows per second of multi-row
// INSERTs through QPSQL); on SQLite, or without libpq, multi-row INSERTs. The audit events
// continue the hash chain: the first one goes through AuditLog (which takes the chain's
// lock), the rest are chained here from its hash.
class InvitationBulkWriter {
public:
    enum class Method { Auto, Copy, Insert };

    explicit InvitationBulkWriter(Transaction& tx, Method method = Method::Auto);
    Method method() const { return m_method; }

    Result<void> write(const NewInvitationRows& rows);

private:
    Result<void> writeWithCopy(const NewInvitationRows& rows);
    Result<void> writeWithInsert(const NewInvitationRows& rows);

    Transaction& m_tx;
    Method m_method;
    QByteArray m_prevHash; // of the last audit event written, once the chain is locked
};

} // namespace invitedesk
