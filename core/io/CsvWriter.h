#pragma once

#include "core/Error.h"

#include <QStringList>

class QIODevice;

namespace invitedesk {

// Writes CSV that spreadsheets open cleanly: UTF-8 with a BOM (so Excel does not guess
// Windows-1252), every field quoted, CRLF line ends. Cells that a spreadsheet would run as a
// formula (starting with = + - @, a tab or a carriage return) are neutralised with a leading
// apostrophe; CsvWriter::restore() undoes that exactly, so an export imports back unchanged.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice* device, char separator = ',');

    // Writes one record (the BOM goes before the first one).
    Result<void> writeRow(const QStringList& fields);
    qint64 rowsWritten() const { return m_rows; }

    // The cell as written: with one more leading apostrophe when the text after its leading
    // apostrophes would start a formula ("=1+1" -> "'=1+1", "'=x" -> "''=x").
    static QString neutralize(const QString& cell);
    // The inverse of neutralize(): drops that one apostrophe again.
    static QString restore(const QString& cell);
    // One field quoted for CSV (quotes doubled), after neutralize().
    static QString quote(const QString& cell);

private:
    QIODevice* m_device;
    char m_separator;
    bool m_bomWritten = false;
    qint64 m_rows = 0;
};

} // namespace invitedesk
