#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace invitedesk {

// A signed checkpoint of the audit chain: its head (the newest event's seq and hash) when it
// was signed, with an Ed25519 key held outside the database. Stored as a row of
// audit_checkpoints and as one line of the checkpoint log beside the key file.
struct AuditCheckpoint {
    qint64 seq = 0;
    QByteArray hash;      // the event's SHA-256 chain hash, 32 bytes
    QDateTime signedAt;   // UTC, millisecond precision
    QByteArray publicKey; // raw Ed25519, 32 bytes
    QByteArray signature; // Ed25519 over signedMessage(), 64 bytes
    QString signedBy;     // the administrator's user id; empty for `serve`'s schedule

    // The bytes the signature covers: a fixed prefix, seq, the hash in hex and the time, one
    // per line, so no field can be read as another.
    QByteArray signedMessage() const;
    // One line of the checkpoint log (compact JSON, no newline): v, seq, hash (hex), signed_at,
    // public_key and signature (base64), signed_by.
    QByteArray toLogLine() const;
    // A line of the log; nullopt when it is not one toLogLine() could have written.
    static std::optional<AuditCheckpoint> fromLogLine(const QByteArray& line);
    static QByteArray timeText(const QDateTime& at);
};

} // namespace invitedesk
