#pragma once

#include "core/Error.h"
#include "core/services/ImportService.h"

#include <QCoreApplication>

class QIODevice;

namespace invitedesk {

// "Save the rejected rows": the records of an import file that a check or an import refused
// (ImportReport::rejectedRows), copied in the file's own columns and separator, with one
// more column, "error", saying what is wrong with each. Fixed, the file imports again: import
// ignores the "error" column (csv_columns::isExportOnly), and a file that has one already
// gets it rewritten rather than a second one. Values are copied as read, an export's formula
// guard kept (CsvWriter::restore then neutralize), so a cell imports back unchanged.
class ImportRejectedRows {
    Q_DECLARE_TR_FUNCTIONS(ImportRejectedRows)
public:
    static QString errorColumn() { return QStringLiteral("error"); }

    // Reads `source` (the file as it was checked) from its current position and writes the
    // rejected records to `out`. Returns how many were written.
    static Result<qint64> write(QIODevice* source, const ImportReport& report, QIODevice* out);
    // The same from the file at `sourcePath` to `path`, private to its owner (0600).
    static Result<qint64> save(const QString& sourcePath, const ImportReport& report,
                               const QString& path);
    // The text of the "error" cell of a row: its problems as "column: message", one after
    // the other.
    static QString errorText(const QList<ImportError>& errors);
};

} // namespace invitedesk
