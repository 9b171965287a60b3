#pragma once

#include "core/Error.h"
#include "core/domain/AuditCheckpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace invitedesk {

// The log of signed checkpoints beside the audit key file (`<key file>.checkpoints`), outside
// the database: one line per checkpoint (AuditCheckpoint::toLogLine), appended, flushed to
// disk, never rewritten; 0600 like the key. `audit verify` reads it back.
class AuditCheckpointLog {
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpointLog)

public:
    struct Line {
        int number = 0;                            // 1-based
        std::optional<AuditCheckpoint> checkpoint; // nullopt: not a checkpoint line
    };

    static QString pathFor(const QString& keyPath);

    static Result<void> append(const QString& path, const AuditCheckpoint& checkpoint);
    // Every non-empty line, oldest first; empty when the log does not exist.
    static Result<QList<Line>> read(const QString& path);
};

} // namespace invitedesk
