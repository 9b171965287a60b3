#include "core/services/AuditService.h"

#include "core/domain/AuditAction.h"
#include "core/io/CsvWriter.h"
#include "core/services/ActorAudit.h"
#include "core/services/AuditCheckpoints.h"
#include "core/services/InvitationService.h"
#include "core/services/ReadAudit.h"
#include "core/storage/AuditPersonalRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuditErasure, "invitedesk.audit.erasure", QtInfoMsg)

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

QStringList personalKeys(const AuditEvent& e)
{
    return e.personal.keys(); // sorted
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

Result<AuditErasure> AuditService::erase(const Actor& actor, const QString& email) const
{
    if (!mayReadLog(actor))
        return Error::make(Error::Code::NotPermitted,
                           tr("Only an administrator may erase personal data from the audit log."),
                           QStringLiteral("actor"));
    const QString address = email.trimmed().toLower();
    if (!address.contains(QLatin1Char('@')) || address.contains(QLatin1Char(' ')))
        return Error::invalid(QStringLiteral("email"),
                              tr("Give the e-mail address whose personal data to erase."));
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    AuditPersonalRepository personal(tx.database(), tx.db());
    auto about = personal.eventsAbout(address);
    if (!about)
        return about.error();
    AuditErasure erasure;
    auto naming = personal.hashedEventsNaming(address);
    if (!naming)
        return naming.error();
    erasure.hashedEventsNamingIt = naming.value();
    if (about->isEmpty()) {
        QString message =
            tr("No audit event holds personal data of %1: nothing was erased.").arg(address);
        if (erasure.hashedEventsNamingIt > 0)
            message += QLatin1Char(' ') +
                       tr("%1 event(s) written before personal data was kept apart name it in "
                          "their hashed details, which cannot change without breaking the chain.")
                           .arg(erasure.hashedEventsNamingIt);
        return Error::make(Error::Code::NotFound, message, QStringLiteral("email"));
    }
    auto erased = personal.erase(about.value());
    if (!erased)
        return erased.error();
    erasure.erasedEvents = erased.value();
    // The record of the erasure: counts, never the address (it would be kept for good).
    const QJsonObject details{
        {QStringLiteral("erased_events"), erasure.erasedEvents},
        {QStringLiteral("hashed_events_naming_it"), erasure.hashedEventsNamingIt}};
    if (auto r = AuditLog::append(tx, actor.id, audit_actions::name(AuditAction::AuditErased), {},
                                  withActorToken(actor, details), m_config.now());
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcAuditErasure).noquote() << "erased the personal data of" << erasure.erasedEvents
                                     << "audit event(s) for" << actor.id;
    return erasure;
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
            QStringLiteral("hash"),          QStringLiteral("personal_keys")};
}

QStringList AuditService::csvRow(const AuditEvent& e)
{
    return {QString::number(e.seq),
            time(e.occurredAt),
            e.actorUserId,
            e.action,
            e.invitationId,
            QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
            QString::fromLatin1(e.hash.toHex()),
            personalKeys(e).join(QLatin1Char(' '))};
}

QJsonObject AuditService::toJson(const AuditEvent& e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("occurred_at"), time(e.occurredAt)},
            {QStringLiteral("actor_user_id"), textOrNull(e.actorUserId)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("invitation_id"), textOrNull(e.invitationId)},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())},
            {QStringLiteral("personal_keys"), QJsonArray::fromStringList(personalKeys(e))}};
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
