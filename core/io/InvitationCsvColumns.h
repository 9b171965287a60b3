#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace invitedesk {

// The columns of an invitation CSV, shared by import and export so that an exported file
// imports again. Header names match case- and space-insensitively (CsvReader::headerKey).
enum class ImportColumn {
    Email,
    FirstName,
    LastName,
    InvitationType,
    ParentEmail,
    Message,
    ExpiresDays,
    Language,
    Npi,
    Specialty,
    Territory,
    PracticeName,
    CompanyName,
};

namespace csv_columns {
// The canonical header name ("email", "first_name", ...), as export writes it and as import
// reports it in errors.
QString name(ImportColumn column);
const QList<ImportColumn>& importable();
bool isRequired(ImportColumn column);
// The column a header name means (aliases included: "type", "parent", "practice", ...).
std::optional<ImportColumn> fromHeader(const QString& header);
// Columns that export writes for information (id, status, dates, ...): import accepts and
// ignores them, so an export can be imported again.
bool isExportOnly(const QString& header);
// Export's header: the importable columns, then the informational ones.
QStringList exportHeader();
} // namespace csv_columns

} // namespace invitedesk
