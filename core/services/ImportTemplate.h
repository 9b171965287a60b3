#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace invitedesk {

// The file to start an import from: the header of every column import reads (their
// canonical names, csv_columns) and one example row, written as export writes CSV
// (CsvWriter: UTF-8 with a BOM, quoted, CRLF). The desk's "Download template" and
// `invitedesk import --template FILE` both write it.
class ImportTemplate {
    Q_DECLARE_TR_FUNCTIONS(ImportTemplate)
public:
    static QStringList header();
    // An example a person replaces: a sales representative (the type as its code), the
    // optional columns that type takes filled, the others empty.
    static QStringList exampleRow();
    static Result<void> write(QIODevice* out);
    // Writes the template to `path`, private to its owner (0600), replacing the file whole
    // or not at all.
    static Result<void> save(const QString& path);
};

} // namespace invitedesk
