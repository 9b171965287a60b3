#include "core/services/AuditService.h"

#include "core/io/CsvWriter.h"
#include "core/services/AuditCheckpoints.h"
#include "core/services/InvitationService.h"
#include "core/services/ReadAudit.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace invitedesk {

namespace {
constexpr int kExportPage = 1000;

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Error writeError(QIODevice* out)
{
    return Error::make(Error::Code::Environment,
                       QStringLiteral("could not write the export: %1").arg(out->errorString()),
                       QStringLiteral("output"));
}
} // namespace

AuditService::AuditService(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

bool AuditService::mayReadLog(const Actor& actor)
{
    return actor.role == Role::Admin;
}

Result<void> AuditService::checkMayReadLog(const Actor& actor) const
{
    if (mayReadLog(actor))
        return {};
    return Error::make(Error::Code::NotPermitted,
                       tr("Only an administrator may read or verify the audit log."),
                       QStringLiteral("actor"));
}

Result<QList<AuditEvent>> AuditService::list(const Actor& actor, const AuditFilter& filter) const
{
    if (auto r = checkMayReadLog(actor); !r)
        return r.error();
    return AuditLog(m_database).list(filter);
}

Result<QList<AuditEvent>> AuditService::timeline(const Actor& actor,
                                                 const QString& invitationId) const
{
    // The invitation's visibility rule is the invitation service's.
    auto visible = InvitationService(m_database, m_config).get(actor, invitationId);
    if (!visible)
        return visible.error();
    auto events = AuditLog(m_database).forInvitation(visible->id);
    if (!events)
        return events;
    QList<AuditEvent> changes;
    for (const AuditEvent& e : std::as_const(events.value()))
        if (!ReadAudit::isRead(e.action))
            changes.append(e);
    if (auto r = ReadAudit::record(*m_database, m_config, actor, AuditAction::InvitationViewed,
                                   visible->id, {});
        !r)
        return r.error();
    return changes;
}

Result<AuditVerifyReport> AuditService::verify(const Actor& actor) const
{
    if (auto r = checkMayReadLog(actor); !r)
        return r.error();
    auto report = AuditLog(m_database).verify();
    if (!report)
        return report;
    if (auto r = AuditCheckpoints(m_database, m_config).check(report.value()); !r)
        return r.error();
    return report;
}

Result<AuditCheckpoint> AuditService::checkpoint(const Actor& actor) const
{
    if (!mayReadLog(actor))
        return Error::make(Error::Code::NotPermitted,
                           tr("Only an administrator may sign an audit checkpoint."),
                           QStringLiteral("actor"));
    return AuditCheckpoints(m_database, m_config).sign(actor.id);
}

std::optional<AuditService::ExportFormat> AuditService::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    return std::nullopt;
}

QStringList AuditService::csvHeader()
{
    return {QStringLiteral("seq"),           QStringLiteral("occurred_at"),
            QStringLiteral("actor_user_id"), QStringLiteral("action"),
            QStringLiteral("invitation_id"), QStringLiteral("details"),
            QStringLiteral("hash")};
}

QStringList AuditService::csvRow(const AuditEvent& e)
{
    return {QString::number(e.seq),
            time(e.occurredAt),
            e.actorUserId,
            e.action,
            e.invitationId,
            QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
            QString::fromLatin1(e.hash.toHex())};
}

QJsonObject AuditService::toJson(const AuditEvent& e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("occurred_at"), time(e.occurredAt)},
            {QStringLiteral("actor_user_id"), textOrNull(e.actorUserId)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("invitation_id"), textOrNull(e.invitationId)},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}};
}

Result<qint64> AuditService::exportTo(const Actor& actor, const AuditFilter& filter,
                                      ExportFormat format, QIODevice* out) const
{
    if (auto r = checkMayReadLog(actor); !r)
        return r.error();
    if (!out || !out->isWritable())
        return Error::make(Error::Code::Environment,
                           QStringLiteral("the output is not open for writing"),
                           QStringLiteral("output"));
    CsvWriter csv(out);
    if (format == ExportFormat::Csv) {
        if (auto r = csv.writeRow(csvHeader()); !r)
            return r.error();
    } else if (out->write("[") != 1) {
        return writeError(out);
    }
    AuditLog log(m_database);
    AuditFilter page = filter;
    page.limit = kExportPage;
    page.beforeSeq = 0;
    qint64 written = 0;
    for (;;) {
        auto events = log.list(page);
        if (!events)
            return events.error();
        for (const AuditEvent& e : events.value()) {
            if (format == ExportFormat::Csv) {
                if (auto r = csv.writeRow(csvRow(e)); !r)
                    return r.error();
            } else {
                QByteArray item = written == 0 ? QByteArray("\n  ") : QByteArray(",\n  ");
                item += QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact);
                if (out->write(item) != item.size())
                    return writeError(out);
            }
            ++written;
        }
        if (events->size() < page.limit)
            break;
        page.beforeSeq = events->last().seq;
    }
    if (format == ExportFormat::Json) {
        const QByteArray end = written == 0 ? QByteArray("]\n") : QByteArray("\n]\n");
        if (out->write(end) != end.size())
            return writeError(out);
    }
    // One event for the export (a compliance review's read of the log is itself logged).
    QJsonObject details{{QStringLiteral("format"), format == ExportFormat::Csv
                                                       ? QStringLiteral("csv")
                                                       : QStringLiteral("json")},
                        {QStringLiteral("count"), written}};
    if (filter.from.isValid())
        details.insert(QStringLiteral("from"), time(filter.from));
    if (filter.to.isValid())
        details.insert(QStringLiteral("to"), time(filter.to));
    if (!filter.invitationId.isEmpty())
        details.insert(QStringLiteral("invitation_id"), filter.invitationId);
    if (auto r = ReadAudit::record(*m_database, m_config, actor, AuditAction::AuditExported, {},
                                   details);
        !r)
        return r.error();
    return written;
}

} // namespace invitedesk
