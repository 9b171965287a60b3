#pragma once

#include "core/Error.h"
#include "core/domain/AuditCheckpoint.h"
#include "core/domain/User.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class QIODevice;

namespace invitedesk {

// What an erasure did (AuditService::erase).
struct AuditErasure {
    qint64 erasedEvents = 0; // events whose personal data was deleted
    // Events that still name the address in their hashed details (written before personal
    // data was kept apart, migration 011, or an organisation setting's value): erasing it there
    // would break the chain, so they keep it.
    qint64 hashedEventsNamingIt = 0;
};

// The one API the desk and the command line use to read the audit log. The whole log spans
// every organisation, so listing, verifying and exporting it are for administrators only
// (checked here, once); an invitation's timeline is for whoever may see the invitation.
class AuditService {
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    enum class ExportFormat { Csv, Json };

    AuditService(DatabasePtr database, ServiceConfig config);

    // Whether the actor may read the whole log (the desk shows its audit page only then).
    static bool mayReadLog(const Actor& actor);

    // Events matching the filter, newest first, at most filter.limit (0 = all).
    Result<QList<AuditEvent>> list(const Actor& actor, const AuditFilter& filter) const;
    // One invitation's events, oldest first (the reads of it left out); NotFound unless the
    // actor may see it. Showing a timeline is showing the invitation's details: it is recorded
    // as an invitation.viewed event.
    Result<QList<AuditEvent>> timeline(const Actor& actor, const QString& invitationId) const;
    // Recomputes the hash chain (AuditLog::verify) and holds it against the signed checkpoints
    // in the log beside the audit key (AuditCheckpoints::check).
    Result<AuditVerifyReport> verify(const Actor& actor) const;
    // Signs the chain's head now (AuditCheckpoints::sign), making the key file when it does
    // not exist yet. Administrators only.
    Result<AuditCheckpoint> checkpoint(const Actor& actor) const;
    // An erasure request (administrators only): deletes the personal data of every event about
    // `email` (AuditPersonalRepository::eventsAbout), in one transaction with an audit.erased
    // event that holds the counts only, never the address. The hashed part of the events
    // stays, so the chain still verifies. NotFound when no event has personal data about it.
    Result<AuditErasure> erase(const Actor& actor, const QString& email) const;
    // Writes every event matching the filter (its limit ignored), newest first, page by page.
    // CSV: the columns of csvHeader(), formula cells neutralised (CsvWriter). JSON: an array
    // of the objects toJson() gives. Returns how many events were written. The export itself
    // is recorded as one audit.exported event (format, count, range).
    Result<qint64> exportTo(const Actor& actor, const AuditFilter& filter, ExportFormat format,
                            QIODevice* out) const;

    static std::optional<ExportFormat> formatFromName(const QString& name);
    static QStringList csvHeader();
    static QStringList csvRow(const AuditEvent& event);
    // One event as `audit list --json` and the JSON export print it: details with the personal
    // values merged back, and personal_keys naming those (the hash covers details without
    // them).
    static QJsonObject toJson(const AuditEvent& event);

private:
    Result<void> checkMayReadLog(const Actor& actor) const;

    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
