#pragma once

#include "core/Error.h"
#include "core/domain/Organization.h"
#include "core/domain/User.h"
#include "core/io/InvitationCsvColumns.h"
#include "core/services/InvitationBatchLookup.h"
#include "core/services/InvitationPlanner.h"
#include "core/services/InvitationRequests.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <functional>
#include <optional>

class QIODevice;

namespace invitedesk {

class CsvReader;

// One problem in an import file: the spreadsheet row (header = row 1; 0 = the file as a
// whole), the column ("" for the whole row) and a message a person can act on, with the code
// a single invite refused for the same reason gives (InvalidInput for the file's own
// problems).
struct ImportError {
    qint64 row = 0;
    QString column;
    QString message;
    Error::Code code = Error::Code::InvalidInput;

    bool operator==(const ImportError&) const = default;
};

// A row that passed every check, ready to be written.
struct ImportRow {
    qint64 row = 0;
    NewInvitation input; // trimmed and normalised (e-mail lower-cased, type a known name)
    InvitationType type = InvitationType::Doctor;
    QString parentUserId; // the upline to store
};

// Values for the cells a batch leaves empty (or the columns it lacks): applied before the
// row is checked, so they meet every rule a cell does. Empty / unset: no default.
struct ImportDefaults {
    QString parentEmail; // the upline's e-mail
    QString language;    // "en", "es"
    std::optional<int> expiresDays;
    QString message;

    bool operator==(const ImportDefaults&) const = default;
};

struct ImportValidation {
    QStringList header;
    char separator = ',';
    qint64 totalRows = 0;   // data rows read (blank rows are not rows)
    qint64 invalidRows = 0; // rows with at least one error
    qint64 validCount = 0;  // rows that passed every check
    QList<ImportRow> rows;  // the valid rows, in file order (empty when given to a sink)
    // By row, then column: the first kErrorsKept, then (always) a fatal error of the file.
    QList<ImportError> errors;
    qint64 moreErrors = 0; // errors after the first kErrorsKept: counted, not kept
    // The row of every invalid record, in file order (all of them, kept or not: a number
    // each), so the rejected rows can be written out again (ImportRejectedRows).
    QList<qint64> rejectedRows;
    // A problem with the file itself (unreadable, unknown or missing columns, a quote never
    // closed): nothing may be imported, not even with --skip-invalid.
    bool fileError = false;
    // The sink asked to stop: the rest of the file was not checked.
    bool stopped = false;

    // A file of many bad rows costs no more memory than one of a thousand errors.
    static constexpr qsizetype kErrorsKept = 1000;

    qint64 validRows() const { return validCount; }
    // Keeps `more` while fewer than kErrorsKept are kept, counts the rest (and `notKept`,
    // errors counted but never kept).
    void addErrors(const QList<ImportError>& more, qint64 notKept = 0);
};

// Checks every row of an invitation CSV the way a single `invite` is checked: e-mail shape,
// type known and permitted for the actor, required fields, upline in the actor's downline,
// the same e-mail earlier in the file, an account or an open invitation already in the
// database, the organisation's daily quota. The rules are invitation_validation's and
// InvitationPlanner's; this class reads the file (CsvReader), names the column of each
// refusal and feeds the planner batches. The file is read and parsed on a thread of its
// own and the per-record checks run on the global pool, a chunk of records at a time, while
// the calling thread takes the chunks in file order for what needs the whole file so far
// (repeated e-mails, the quota) and the database (InvitationBatchLookup: one batched query
// per kind and chunk, on the connection it is given; an import that writes while it
// validates gives it a second one, so its own uncommitted rows never count as taken).
class ImportValidator {
    Q_DECLARE_TR_FUNCTIONS(ImportValidator)

public:
    using Progress = std::function<void(qint64 bytesRead)>;
    // Receives each chunk's valid rows, in file order, on the calling thread while later
    // chunks are still being read and checked (so an import writes as it validates);
    // `soFar` is the verdict up to and including them. Returning false stops the
    // validation (the rest of the file is not checked); an error stops it and is returned.
    using RowSink =
        std::function<Result<bool>(QList<ImportRow>& rows, const ImportValidation& soFar)>;

    ImportValidator(Database& database, QSqlDatabase db, const Actor& actor,
                    const Organization& organization, const QDateTime& now);

    void setDefaults(const ImportDefaults& defaults) { m_defaults = defaults; }

    // Reads the whole device (CSV, UTF-8) and checks it. Errors only for the environment
    // (the database, a failed read) and from the sink; everything wrong with the file is in
    // the result. Without a sink the valid rows are collected in the result.
    Result<ImportValidation> validate(QIODevice* device, const Progress& progress = {},
                                      const RowSink& sink = {});

private:
    struct Candidate;
    void mapHeader(const QStringList& header, qint64 headerRow, ImportValidation& out);
    void checkRecord(const struct CsvRecord& record, Candidate& c) const;
    QList<Candidate> checkRecords(const QList<struct CsvRecord>& records) const;
    // Everything after the per-record checks, for one chunk in file order.
    Result<void> checkChunk(QList<Candidate>& candidates);
    Result<void> checkAgainstDatabase(QList<Candidate>& candidates);
    Result<void> checkQuota(QList<Candidate>& candidates);

    Database& m_database;
    QSqlDatabase m_db;
    Actor m_actor;
    InvitationPlanner::Quota m_quota;
    ImportDefaults m_defaults;
    // One each per validate(): what was read for one file is not another's.
    std::optional<InvitationBatchLookup> m_lookup;
    std::optional<InvitationPlanner> m_planner;

    QHash<ImportColumn, int> m_index; // column -> field index in the file
    QList<int> m_unnamed;             // field indexes with an empty header name
    QStringList m_header;

    // Carried from chunk to chunk.
    QHash<QString, qint64> m_firstRowOf; // e-mail -> the row it first appears on
};

} // namespace invitedesk
