#pragma once

#include "core/Error.h"
#include "core/services/Statistics.h"

#include <QStringList>

class QIODevice;

namespace invitedesk {

// The statistics' inviter breakdown as CSV (CsvWriter: UTF-8 BOM, quoted, CRLF, formula
// cells neutralised): one row per inviter with its name, e-mail, invitations, a column per
// status (the status each shows now), delivered, accepted of those delivered and the
// acceptance rate (a fraction, 0..1, four decimals). The column names are fixed and English,
// like the invitation export's, so a spreadsheet or script reads them in any language.
class StatisticsCsv {
public:
    static QStringList header();
    static QStringList row(const InviterStatistics& inviter);
    // Returns how many inviter rows were written.
    static Result<qint64> write(const Statistics& statistics, QIODevice* out);
};

} // namespace invitedesk
