#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/services/ImportValidator.h"
#include "core/services/InvitationRecords.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"
#include "core/storage/InvitationBulkWriter.h"

#include <QJsonObject>

#include <functional>

class QIODevice;

namespace invitedesk {

struct ImportOptions {
    bool dryRun = false;      // validate only, write nothing
    bool skipInvalid = false; // import the valid rows, report the rest
    ImportDefaults defaults;  // for the cells the file leaves empty
    // How rows reach PostgreSQL (Auto: COPY when libpq is there). For benchmarks and tests.
    InvitationBulkWriter::Method method = InvitationBulkWriter::Method::Auto;
    int chunkRows = 5000; // rows per multi-row INSERT round (Method::MultiRowInsert)
    // Polled while writing (the GUI's Cancel button, from another thread): true rolls the
    // import back and reports it as cancelled.
    std::function<bool()> isCancelled;
};

struct ImportReport {
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 imported = 0;
    QList<ImportError> errors;  // the first ImportValidation::kErrorsKept (1,000)
    qint64 moreErrors = 0;      // errors after those: counted, not listed ("and N more")
    bool fileError = false;     // the file itself is unusable (see ImportValidation::fileError)
    QList<qint64> rejectedRows; // every invalid row, in file order
    bool dryRun = false;
    bool cancelled = false;  // stopped through ImportOptions::isCancelled; nothing written
    QStringList importedIds; // in file order

    // Whether the run refused (exit 1): a file problem; any invalid row unless
    // --skip-invalid (a dry run counts invalid rows even with --skip-invalid).
    bool refused(const ImportOptions& options) const
    {
        return refuses(fileError, invalid, options);
    }
    // The same rule for counts so far (an import stops writing once it holds).
    static bool refuses(bool fileError, qint64 invalid, const ImportOptions& options)
    {
        return fileError || (invalid > 0 && (!options.skipInvalid || options.dryRun));
    }
    // {"valid": N, "invalid": M, "imported": K, "errors": [{"row", "column", "message"}],
    //  "more_errors": E} (E: errors not listed)
    QJsonObject toJson() const;
};

// Bulk import of invitations from CSV. All or nothing by default: when any row is invalid
// nothing is written. Otherwise the valid rows are written in ONE transaction (validated
// inside it), in chunks: each invitation with its token hash, its outbox row (token,
// language, public URL for rendering at send time) and its audit event.
class ImportService {
public:
    // Phase, done and total for a progress bar: "validating" (a dry run) counts bytes of the
    // file, "writing" (an import, which writes while it validates) counts rows, its total
    // projected from the share of the file read until the file is read whole.
    using Progress = std::function<void(const QString& phase, qint64 done, qint64 total)>;

    ImportService(DatabasePtr database, ServiceConfig config);

    // Environment problems (database unreachable) come back as Error; everything about the
    // file and its rows is in the report.
    Result<ImportReport> importCsv(const Actor& actor, QIODevice* file,
                                   const ImportOptions& options, const Progress& progress = {});

private:
    // What every row of one import shares.
    struct RowMaker {
        const Actor& actor;
        const Organization& organization;
        InvitationRecords records;
        QHash<qint64, QString> expiryText; // expiry instant -> its text in the audit event
    };
    // One invitation with its token, outbox row and audit event, handed to the writer.
    Result<void> writeRow(InvitationBulkWriter& writer, RowMaker& maker, const ImportRow& row,
                          QStringList& ids) const;

    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
