#include "core/services/ImportPreview.h"

namespace invitedesk {

ImportPreview ImportPreview::read(QIODevice* file, int maxRecords)
{
    ImportPreview preview;
    CsvReader reader(file);
    auto header = reader.readHeader();
    if (!header)
        return preview; // a broken header is the check's to report
    preview.header = header.value();
    CsvRecord record;
    while (preview.records.size() < maxRecords) {
        auto next = reader.readRecord(record);
        if (!next || !next.value())
            break;
        preview.records << record;
    }
    return preview;
}

} // namespace invitedesk
