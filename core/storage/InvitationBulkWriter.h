#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OutboxRepository.h"

#include <QHash>

#include <memory>

namespace invitedesk {

class PgCopy;
class Transaction;

// A new invitation with everything that goes with it: its outbox row (which will carry its
// link; no token exists yet) and its audit event.
struct NewInvitationRow {
    Invitation invitation;
    OutboxMessage mail;
    AuditEvent event;
};

// Writes many new invitations inside the caller's transaction: add() each, then finish().
//
// PostgreSQL (with libpq): COPY in the binary format (the server stores values as sent
// instead of parsing text: about 10% less server time than text COPY). The invitations stream
// to the server while later rows are still being made, so client and server work at the same
// time; the outbox rows and audit events are kept as COPY rows and sent after them (one
// connection runs one COPY at a time).
// PostgreSQL without libpq: multi-row INSERTs in chunks.
// SQLite: one prepared single-row INSERT per table, reused. Qt's SQLite driver looks every
// parameter up by position in a list (sqlite3_bind_parameter_name), so a 200-row statement
// with 3,600 parameters costs quadratic time, about 40 times slower than row by row.
//
// The audit events continue the hash chain: the first one goes through AuditLog (which takes
// the chain's lock), the rest are chained here from its hash. Their personal values go to
// audit_personal, as AuditLog does it (the same rule: AuditLog::splitPersonal).
class InvitationBulkWriter {
public:
    enum class Method { Auto, Copy, MultiRowInsert, RowByRow };

    explicit InvitationBulkWriter(Transaction& tx, Method method = Method::Auto,
                                  int chunkRows = 1000);
    ~InvitationBulkWriter();
    Method method() const { return m_method; }

    Result<void> add(NewInvitationRow row);
    // Writes what is still pending and frees the connection for other statements (ends the
    // COPYs); more rows may follow. Nothing is committed here: the caller's transaction is.
    Result<void> finish();
    qint64 added() const { return m_added; }

private:
    struct Statements;
    Result<void> addCopy(const NewInvitationRow& row);
    Result<void> finishCopy();
    Result<void> addRowByRow(const NewInvitationRow& row);
    Result<void> flushMultiRow();
    // The first event of the whole write goes through AuditLog; returns whether `event` was
    // that one (and so is written already).
    Result<bool> startAuditChain(const AuditEvent& event);
    // Links `event` (whose details serialise to detailsJson) into the chain; returns the
    // previous hash.
    Result<QByteArray> chain(AuditEvent& event, const QByteArray& detailsJson);

    Transaction& m_tx;
    Method m_method;
    int m_chunkRows;
    qint64 m_added = 0;
    QByteArray m_prevHash;         // of the last audit event written, once the chain is locked
    qint64 m_personalAfterSeq = 0; // Copy: personal data written for the events up to this one
    QDateTime m_timeOfText;        // the audit time last formatted, and its text
    QByteArray m_timeText;

    // Copy
    std::unique_ptr<PgCopy> m_invitationCopy;
    QByteArray m_outboxRows;
    QByteArray m_auditRows;
    QHash<QByteArray, QByteArray> m_personalByHash; // of the events in m_auditRows
    // MultiRowInsert
    QList<Invitation> m_invitations;
    QList<OutboxMessage> m_mails;
    QList<AuditEvent> m_events;
    // RowByRow
    std::unique_ptr<Statements> m_statements;
};

} // namespace invitedesk
