#pragma once

#include "core/io/CsvReader.h"

#include <QList>
#include <QStringList>

class QIODevice;

namespace invitedesk {

// The header and first records of an import file as they are read, before any check: what
// the desk shows while ImportService checks the whole file. The check reports a header that
// cannot be read.
struct ImportPreview {
    QStringList header; // empty when the header cannot be read
    QList<CsvRecord> records;

    // Reads from the file's current position; the caller rewinds it for the import.
    static ImportPreview read(QIODevice* file, int maxRecords);
};

} // namespace invitedesk
