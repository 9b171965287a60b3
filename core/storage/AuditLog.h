#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QJsonObject>

namespace invitedesk {

class Transaction;

struct AuditEvent {
    qint64 seq = 0;
    QDateTime occurredAt;
    QString actorUserId;
    QString action;
    QString invitationId;
    // Everything the event says, as its writer put it together and as a reader sees it: the
    // hashed values and the personal ones together.
    QJsonObject details;
    // Which of details are personal data kept outside the hash (audit_personal). Filled by
    // AuditLog: on writing, from core/domain/AuditPersonalData (whatever a writer puts here is
    // replaced); on reading, from audit_personal (empty for events written before migration
    // 011, and once erased: then details holds the hashed values only).
    QJsonObject personal;
    QByteArray prevHash;
    QByteArray hash;
    // The invitation's invitee as the invitation holds them now (list() only; empty for an
    // event of no invitation). Not part of the event: what a reader needs to recognise it.
    QString inviteeEmail;
    QString inviteeName;

    // What the hash covers: details without the keys of personal.
    QJsonObject hashedDetails() const;
};

// The newest event of the chain (seq 0 and 32 zero bytes when the log is empty).
struct AuditChainHead {
    qint64 seq = 0;
    QByteArray hash;
};

struct AuditFilter {
    QString action;       // exact action name, empty = any
    QString invitationId; // empty = any
    QString actorUserId;  // empty = any
    QString invitee;      // a fragment of the invitee's name or e-mail (sql_search), empty = any
    QDateTime from;       // inclusive, invalid = open
    QDateTime to;         // exclusive, invalid = open
    qint64 beforeSeq = 0; // keyset: events with seq < beforeSeq (0 = newest)
    int limit = 200;      // 0 = all

    bool operator==(const AuditFilter&) const = default;
};

struct AuditVerifyReport {
    bool ok = true;
    qint64 checked = 0;
    qint64 firstBrokenSeq = 0;
    QString problem;
    // The check against the signed checkpoints in the log beside the audit key (filled by
    // the services' AuditCheckpoints; left as is by AuditLog::verify).
    bool checkpointFound = false;
    qint64 checkpointSeq = 0; // the newest checkpoint's event
    QDateTime checkpointAt;   // when it was signed
    qint64 checkpointsChecked = 0;
    QString checkpointNote; // why none was checked, when none was
};

// The append-only, hash-chained audit log. Every event's hash is SHA-256 over the previous
// hash and the event's canonical text, so a changed, removed or inserted row breaks the
// chain from there on. Appends are serialised (PostgreSQL: a transaction-scoped advisory
// lock; SQLite: the single writer) so the chain never forks. The personal values of an event
// (audit_personal_data) are stored beside it in audit_personal, outside the hash, so that
// erasing them (AuditPersonalRepository) leaves the chain intact.
class AuditLog {
public:
    explicit AuditLog(DatabasePtr database);

    static Result<void> append(Transaction& tx, const QString& actorUserId, const QString& action,
                               const QString& invitationId, const QJsonObject& details,
                               const QDateTime& at);
    // Many events in one go (bulk operations), chained in list order. Each event's personal
    // values go to audit_personal, the rest to audit_events (hashed).
    static Result<void> appendMany(Transaction& tx, const QList<AuditEvent>& events);
    // The newest event, read in the caller's transaction (after an append took the lock).
    static Result<AuditChainHead> head(Transaction& tx);
    // Sets event.personal from the rule (core/domain/AuditPersonalData), as appendMany does;
    // for writers that chain events themselves (InvitationBulkWriter).
    static void splitPersonal(AuditEvent& event);

    // Read events carry their personal values merged back into details (and in personal).
    Result<QList<AuditEvent>> forInvitation(const QString& invitationId) const;
    Result<QList<AuditEvent>> list(const AuditFilter& filter) const;
    // Walks the chain oldest first and reports the first event that is broken: one that does
    // not follow the event before it, whose details are not a JSON object, or whose hash does
    // not cover exactly what is stored (SQLite: the stored text, byte for byte; PostgreSQL:
    // the stored jsonb value must be exactly that of the canonical text the hash covers).
    // From `afterSeq` on (0: the whole chain), the event after it following `afterHash` (empty:
    // the chain's start); a signed checkpoint lets a check start there.
    Result<AuditVerifyReport> verify(qint64 afterSeq = 0, const QByteArray& afterHash = {}) const;

    // Over event.hashedDetails().
    static QByteArray computeHash(const QByteArray& prevHash, const AuditEvent& event);
    // The same hash from parts a bulk writer has at hand anyway: the time as
    // occurredAtText() gives it and the hashed details as compact JSON (what it stores).
    static QByteArray computeHash(const QByteArray& prevHash, const QByteArray& occurredAtUtc,
                                  const AuditEvent& event, const QByteArray& detailsJson);
    static QByteArray occurredAtText(const QDateTime& at);
    static QByteArray detailsJson(const QJsonObject& details);

private:
    // appendMany on a person's own login (Database::isPersonSession).
    static Result<void> appendAsPerson(Transaction& tx, const QList<AuditEvent>& events);

    DatabasePtr m_database;
};

} // namespace invitedesk
