#pragma once

#include "core/Error.h"
#include "core/domain/Organization.h"
#include "core/domain/User.h"
#include "core/io/InvitationCsvColumns.h"
#include "core/services/InvitationRequests.h"
#include "core/storage/Database.h"

#include <QDateTime>

#include <functional>

class QIODevice;

namespace invitedesk {

class CsvReader;

// One problem in an import file: the spreadsheet row (header = row 1; 0 = the file as a
// whole), the column ("" for the whole row) and a message a person can act on.
struct ImportError {
    qint64 row = 0;
    QString column;
    QString message;

    bool operator==(const ImportError&) const = default;
};

// A row that passed every check, ready to be written.
struct ImportRow {
    qint64 row = 0;
    NewInvitation input; // trimmed and normalised (e-mail lower-cased, type a known name)
    InvitationType type = InvitationType::Doctor;
    QString parentUserId; // the upline to store
};

struct ImportValidation {
    QStringList header;
    char separator = ',';
    qint64 totalRows = 0;      // data rows read (blank rows are not rows)
    qint64 invalidRows = 0;    // rows with at least one error
    QList<ImportRow> rows;     // the valid rows, in file order
    QList<ImportError> errors; // by row, then column
    // A problem with the file itself (unreadable, unknown or missing columns, a quote never
    // closed): nothing may be imported, not even with --skip-invalid.
    bool fileError = false;

    qint64 validRows() const { return rows.size(); }
};

// Checks every row of an invitation CSV the way a single `invite` is checked: e-mail shape,
// type known and permitted for the actor, required fields, upline in the actor's downline,
// the same e-mail earlier in the file, an account or an open invitation already in the
// database, the organisation's daily quota. Database look-ups are batched (one query per
// kind for the whole file). Runs on the connection it is given, so an import can validate
// inside its write transaction.
class ImportValidator {
public:
    using Progress = std::function<void(qint64 bytesRead)>;

    ImportValidator(Database& database, QSqlDatabase db, const Actor& actor,
                    const Organization& organization, const QDateTime& now);

    // Reads the whole device (CSV, UTF-8) and checks it. Errors only for the environment
    // (the database); everything wrong with the file is in the result.
    Result<ImportValidation> validate(QIODevice* device, const Progress& progress = {});

private:
    struct Candidate;
    void mapHeader(const QStringList& header, qint64 headerRow, ImportValidation& out);
    void checkRecord(const struct CsvRecord& record, Candidate& c) const;
    Result<void> checkAgainstDatabase(QList<Candidate>& candidates);

    Database& m_database;
    QSqlDatabase m_db;
    Actor m_actor;
    Organization m_organization;
    QDateTime m_now;

    QHash<ImportColumn, int> m_index; // column -> field index in the file
    QList<int> m_unnamed;             // field indexes with an empty header name
    QStringList m_header;
};

} // namespace invitedesk
