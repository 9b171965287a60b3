#pragma once

#include "core/Error.h"
#include "core/domain/AuditCheckpoint.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <optional>

namespace invitedesk {

class Ed25519Key;

// Signed checkpoints of the audit chain (issue 15, item 2). Anyone who can write
// audit_events can recompute the hash chain, so its head (the newest event's seq and hash) is
// signed with an Ed25519 key kept outside the database (ServiceConfig::auditKeyPath), stored
// as a row of audit_checkpoints and appended to the checkpoint log beside the key file.
// check() holds the chain against every checkpoint of that log: deleting the newest events,
// or checkpoint rows, up to a checkpoint is caught. Who may sign is AuditService's rule; this
// class does the work for it and for `serve`'s schedule (AuditCheckpointScheduler).
class AuditCheckpoints {
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpoints)

public:
    AuditCheckpoints(DatabasePtr database, ServiceConfig config);

    // Signs the head now, by `signedBy` (a user id; empty for `serve`'s schedule). Makes the
    // key file (0600) when it does not exist yet. Refuses (Conflict) when the chain no longer
    // holds from the log's newest checkpoint on: a new signature must not cover a deletion.
    Result<AuditCheckpoint> sign(const QString& signedBy);
    // The same, after `previous` (the newest checkpoint the caller knows of, instead of
    // reading the log again); nullopt in the result when nothing was due: the head has not
    // moved past `previous` by `everyEvents` events, nor by any event for `intervalSecs`.
    Result<std::optional<AuditCheckpoint>> signIfDue(const std::optional<AuditCheckpoint>& previous,
                                                     qint64 everyEvents, qint64 intervalSecs);
    // The newest checkpoint of the log that this key signed; nullopt without one.
    Result<std::optional<AuditCheckpoint>> newestInLog() const;

    // Holds the chain against the checkpoint log and fills the report's checkpoint fields;
    // a mismatch makes the report fail with a message saying what was lost. Without a key
    // file or log, only checkpointNote says so.
    Result<void> check(AuditVerifyReport& report) const;

private:
    Result<AuditCheckpoint> signAfter(const Ed25519Key& key,
                                      const std::optional<AuditCheckpoint>& previous,
                                      const QString& signedBy);
    QString logPath() const;

    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
