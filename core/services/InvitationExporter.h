#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"
#include "core/domain/InvitationQuery.h"
#include "core/domain/User.h"

#include <QStringList>

#include <functional>

class QIODevice;

namespace invitedesk {

class InvitationService;

// Writes every invitation the actor may see that matches a query (the list filters; no
// limit unless the query sets one) as CSV or JSON, page by page (keyset pagination), so a
// million rows never sit in memory at once.
// CSV: UTF-8 BOM, every field quoted, CRLF, formula cells neutralised (CsvWriter); its first
// columns are the import columns, so an export imports again. JSON: an array of the objects
// `list --json` prints.
class InvitationExporter {
public:
    enum class Format { Csv, Json };
    using Progress = std::function<void(qint64 written)>;

    explicit InvitationExporter(InvitationService& service, int pageSize = 1000);

    // Returns how many invitations were written.
    Result<qint64> write(const Actor& actor, const InvitationQuery& query, Format format,
                         QIODevice* out, const Progress& progress = {});

    static std::optional<Format> formatFromName(const QString& name);
    static QStringList csvHeader();
    static QStringList csvRow(const Invitation& invitation);

private:
    InvitationService& m_service;
    int m_pageSize;
};

} // namespace invitedesk
