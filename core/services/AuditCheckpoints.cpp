#include "core/services/AuditCheckpoints.h"

#include "core/security/Ed25519Key.h"
#include "core/services/AuditCheckpointLog.h"
#include "core/services/AuditKeyFile.h"
#include "core/storage/AuditCheckpointRepository.h"
#include "core/storage/Transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuditCheckpoints, "invitedesk.audit.checkpoints", QtInfoMsg)

namespace invitedesk {

namespace {
QString when(const AuditCheckpoint& c)
{
    return c.signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

Error conflict(const QString& message)
{
    return Error::make(Error::Code::Conflict, message, QStringLiteral("audit"));
}
} // namespace

AuditCheckpoints::AuditCheckpoints(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

QString AuditCheckpoints::logPath() const
{
    return AuditCheckpointLog::pathFor(m_config.auditKeyPath);
}

Result<std::optional<AuditCheckpoint>> AuditCheckpoints::newestInLog() const
{
    auto key = AuditKeyFile::load(m_config.auditKeyPath);
    if (!key) {
        if (key.error().code == Error::Code::NotFound)
            return std::optional<AuditCheckpoint>();
        return key.error();
    }
    auto lines = AuditCheckpointLog::read(logPath());
    if (!lines)
        return lines.error();
    const QByteArray publicKey = key->publicKey();
    for (auto it = lines->crbegin(); it != lines->crend(); ++it) {
        const auto& c = it->checkpoint;
        if (c && c->publicKey == publicKey &&
            Ed25519Key::verify(publicKey, c->signedMessage(), c->signature))
            return c;
    }
    return std::optional<AuditCheckpoint>();
}

Result<AuditCheckpoint> AuditCheckpoints::sign(const QString& signedBy)
{
    bool created = false;
    auto key = AuditKeyFile::loadOrCreate(m_config.auditKeyPath, &created);
    if (!key)
        return key.error();
    if (created)
        qCInfo(lcAuditCheckpoints) << "made the audit key file" << m_config.auditKeyPath;
    auto previous = newestInLog();
    if (!previous)
        return previous.error();
    return signAfter(key.value(), previous.value(), signedBy);
}

Result<std::optional<AuditCheckpoint>>
AuditCheckpoints::signIfDue(const std::optional<AuditCheckpoint>& previous, qint64 everyEvents,
                            qint64 intervalSecs)
{
    auto head = AuditCheckpointRepository(m_database).head();
    if (!head)
        return head.error();
    if (!head.value())
        return std::optional<AuditCheckpoint>(); // nothing to sign yet
    if (previous) {
        const qint64 since = head.value()->seq - previous->seq;
        const bool due =
            since > 0 &&
            ((everyEvents > 0 && since >= everyEvents) ||
             (intervalSecs > 0 && previous->signedAt.secsTo(m_config.now()) >= intervalSecs));
        if (!due)
            return std::optional<AuditCheckpoint>();
    }
    bool created = false;
    auto key = AuditKeyFile::loadOrCreate(m_config.auditKeyPath, &created);
    if (!key)
        return key.error();
    if (created)
        qCInfo(lcAuditCheckpoints) << "made the audit key file" << m_config.auditKeyPath;
    auto signedNow = signAfter(key.value(), previous, QString());
    if (!signedNow)
        return signedNow.error();
    return std::optional<AuditCheckpoint>(signedNow.value());
}

Result<AuditCheckpoint> AuditCheckpoints::signAfter(const Ed25519Key& key,
                                                    const std::optional<AuditCheckpoint>& previous,
                                                    const QString& signedBy)
{
    AuditCheckpointRepository repository(m_database);
    auto head = repository.head();
    if (!head)
        return head.error();
    if (!head.value())
        return conflict(tr("The audit log has no events yet: there is nothing to sign."));
    if (previous) {
        // The chain must still hold from the newest checkpoint on, else this signature would
        // cover a deletion or a change.
        if (head.value()->seq < previous->seq)
            return conflict(tr("The audit log ends at event %1, but the checkpoint of %2 signed "
                               "event %3: events were deleted. Run audit verify.")
                                .arg(head.value()->seq)
                                .arg(when(*previous))
                                .arg(previous->seq));
        auto at = repository.hashesAt({previous->seq});
        if (!at)
            return at.error();
        if (at->value(previous->seq) != previous->hash)
            return conflict(tr("Event %1 is not the one the checkpoint of %2 signed: the audit "
                               "log was changed. Run audit verify.")
                                .arg(previous->seq)
                                .arg(when(*previous)));
        auto since = AuditLog(m_database).verify(previous->seq, previous->hash);
        if (!since)
            return since.error();
        if (!since->ok)
            return conflict(tr("The audit chain is broken at event %1 (%2). Run audit verify.")
                                .arg(since->firstBrokenSeq)
                                .arg(since->problem));
    }

    AuditCheckpoint checkpoint;
    checkpoint.seq = head.value()->seq;
    checkpoint.hash = head.value()->hash;
    checkpoint.signedAt =
        QDateTime::fromMSecsSinceEpoch(m_config.now().toMSecsSinceEpoch(), Qt::UTC);
    checkpoint.publicKey = key.publicKey();
    checkpoint.signedBy = signedBy;
    checkpoint.signature = key.sign(checkpoint.signedMessage());
    if (checkpoint.signature.isEmpty() || checkpoint.publicKey.isEmpty())
        return Error::make(Error::Code::Internal, tr("Could not sign the audit checkpoint."),
                           QStringLiteral("audit_key"));

    // The row, then the log line (on disk), then the commit: a log line never lacks its row
    // unless the commit itself fails.
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = AuditCheckpointRepository::insert(tx, checkpoint); !r)
        return r.error();
    if (auto r = AuditCheckpointLog::append(logPath(), checkpoint); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcAuditCheckpoints) << "signed the audit chain's head at event" << checkpoint.seq;
    return checkpoint;
}

Result<void> AuditCheckpoints::check(AuditVerifyReport& report) const
{
    if (m_config.auditKeyPath.isEmpty()) {
        report.checkpointNote =
            tr("No audit key file is named (INVITEDESK_AUDIT_KEY): no checkpoint was found.");
        return {};
    }
    auto key = AuditKeyFile::load(m_config.auditKeyPath);
    if (!key) {
        if (key.error().code != Error::Code::NotFound)
            return key.error();
        report.checkpointNote = tr("The audit key file %1 does not exist: no checkpoint was found.")
                                    .arg(m_config.auditKeyPath);
        return {};
    }
    const QString path = logPath();
    auto lines = AuditCheckpointLog::read(path);
    if (!lines)
        return lines.error();
    if (lines->isEmpty()) {
        report.checkpointNote = tr("No checkpoint was found in %1.").arg(path);
        return {};
    }
    const auto fail = [&report](qint64 seq, const QString& problem) {
        if (!report.ok)
            return; // the chain's own break comes first
        report.ok = false;
        report.firstBrokenSeq = seq;
        report.problem = problem;
    };

    // Every line must be a checkpoint this key signed.
    const QByteArray publicKey = key->publicKey();
    QList<AuditCheckpoint> checkpoints;
    for (const AuditCheckpointLog::Line& line : std::as_const(lines.value())) {
        const auto& c = line.checkpoint;
        if (!c) {
            fail(0, tr("Line %1 of %2 is not a checkpoint: the log was changed.")
                        .arg(line.number)
                        .arg(path));
        } else if (c->publicKey != publicKey ||
                   !Ed25519Key::verify(publicKey, c->signedMessage(), c->signature)) {
            fail(c->seq, tr("The signature on line %1 of %2 does not verify with the audit key: "
                            "the log was changed.")
                             .arg(line.number)
                             .arg(path));
        } else {
            checkpoints.append(*c);
        }
    }
    if (checkpoints.isEmpty())
        return {};
    const AuditCheckpoint* newest = &checkpoints.first();
    for (const AuditCheckpoint& c : std::as_const(checkpoints))
        if (c.seq >= newest->seq)
            newest = &c;
    report.checkpointFound = true;
    report.checkpointSeq = newest->seq;
    report.checkpointAt = newest->signedAt;
    report.checkpointsChecked = checkpoints.size();

    // Each checkpoint's event is still there, as it was signed, newest first.
    AuditCheckpointRepository repository(m_database);
    auto head = repository.head();
    if (!head)
        return head.error();
    QList<qint64> seqs;
    for (const AuditCheckpoint& c : std::as_const(checkpoints))
        seqs << c.seq;
    auto hashes = repository.hashesAt(seqs);
    if (!hashes)
        return hashes.error();
    for (auto it = checkpoints.crbegin(); it != checkpoints.crend() && report.ok; ++it) {
        const AuditCheckpoint& c = *it;
        if (!hashes->contains(c.seq)) {
            const qint64 last = head.value() ? head.value()->seq : 0;
            if (last < c.seq)
                fail(c.seq, tr("The checkpoint of %1 signed event %2, but the audit log ends at "
                               "event %3: the newest events were deleted.")
                                .arg(when(c))
                                .arg(c.seq)
                                .arg(last));
            else
                fail(c.seq, tr("Event %1, signed by the checkpoint of %2, is missing: it was "
                               "deleted.")
                                .arg(c.seq)
                                .arg(when(c)));
        } else if (hashes->value(c.seq) != c.hash) {
            fail(c.seq, tr("Event %1 is not the one the checkpoint of %2 signed: the audit log "
                           "was changed.")
                            .arg(c.seq)
                            .arg(when(c)));
        }
    }

    // Each checkpoint of the log has its row: deleting rows is caught here.
    auto signatures = repository.signaturesOf(publicKey);
    if (!signatures)
        return signatures.error();
    for (auto it = checkpoints.crbegin(); it != checkpoints.crend() && report.ok; ++it) {
        if (!signatures->contains(it->signature))
            fail(it->seq, tr("The checkpoint of %1 (event %2) is in %3 but not in the database: "
                             "checkpoint rows were deleted.")
                              .arg(when(*it))
                              .arg(it->seq)
                              .arg(path));
    }
    return {};
}

} // namespace invitedesk
