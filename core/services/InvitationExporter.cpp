#include "core/services/InvitationExporter.h"

#include "core/io/CsvWriter.h"
#include "core/io/InvitationCsvColumns.h"
#include "core/services/InvitationService.h"
#include "core/services/ReadAudit.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace invitedesk {

namespace {
QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Error writeError(QIODevice* out)
{
    return Error::make(Error::Code::Environment,
                       QStringLiteral("could not write the export: %1").arg(out->errorString()),
                       QStringLiteral("output"));
}
} // namespace

InvitationExporter::InvitationExporter(InvitationService& service, int pageSize)
    : m_service(service), m_pageSize(std::max(1, pageSize))
{}

std::optional<InvitationExporter::Format> InvitationExporter::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QStringList InvitationExporter::csvHeader()
{
    return csv_columns::exportHeader();
}

QStringList InvitationExporter::csvRow(const Invitation& inv)
{
    return {inv.email,
            inv.firstName,
            inv.lastName,
            invitation_types::name(inv.type),
            inv.parentUserEmail,
            inv.message,
            inv.language,
            inv.details.npi,
            inv.details.specialty,
            inv.details.territory,
            inv.details.practiceName,
            inv.details.companyName,
            inv.id,
            statuses::name(inv.status),
            inv.organizationName,
            inv.invitedByEmail,
            time(inv.createdAt),
            time(inv.expiresAt),
            time(inv.sentAt),
            time(inv.openedAt),
            time(inv.acceptedAt),
            time(inv.cancelledAt),
            inv.cancelReason,
            QString::number(inv.resendCount),
            inv.emailDeliveryStatus,
            inv.lastEmailError};
}

Result<qint64> InvitationExporter::write(const Actor& actor, const InvitationQuery& query,
                                         Format format, QIODevice* out, const Progress& progress)
{
    if (!out || !out->isWritable())
        return Error::make(Error::Code::Environment,
                           QStringLiteral("the output is not open for writing"),
                           QStringLiteral("output"));
    CsvWriter csv(out);
    if (format == Format::Csv) {
        if (auto r = csv.writeRow(csvHeader()); !r)
            return r.error();
    } else if (out->write("[") != 1) {
        return writeError(out);
    }

    const qint64 cap = query.limit > 0 ? query.limit : -1;
    InvitationQuery page = query;
    page.afterValue = {};
    page.afterId.clear();
    qint64 written = 0;
    for (;;) {
        page.limit = cap < 0 ? m_pageSize : int(std::min<qint64>(m_pageSize, cap - written));
        if (page.limit <= 0)
            break;
        auto result = m_service.list(actor, page);
        if (!result)
            return result.error();
        for (const Invitation& inv : result->items) {
            if (format == Format::Csv) {
                if (auto r = csv.writeRow(csvRow(inv)); !r)
                    return r.error();
            } else {
                QByteArray item = written == 0 ? QByteArray("\n  ") : QByteArray(",\n  ");
                item += QJsonDocument(inv.toJson()).toJson(QJsonDocument::Compact);
                if (out->write(item) != item.size())
                    return writeError(out);
            }
            ++written;
        }
        if (progress)
            progress(written);
        if (!result->hasMore || result->items.isEmpty())
            break;
        page.afterValue = result->nextAfterValue;
        page.afterId = result->nextAfterId;
    }
    if (format == Format::Json) {
        const QByteArray end = written == 0 ? QByteArray("]\n") : QByteArray("\n]\n");
        if (out->write(end) != end.size())
            return writeError(out);
    }
    // One audit event for the whole export: who exported how many invitations, never which.
    if (auto r = ReadAudit::record(
            *m_service.database(), m_service.config(), actor, AuditAction::InvitationsExported, {},
            QJsonObject{{QStringLiteral("format"),
                         format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json")},
                        {QStringLiteral("count"), written}});
        !r)
        return r.error();
    return written;
}

} // namespace invitedesk
