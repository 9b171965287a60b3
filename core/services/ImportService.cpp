#include "core/services/ImportService.h"

#include "core/domain/TimeOrderedId.h"
#include "core/services/InvitationRecords.h"
#include "core/services/InvitationService.h"
#include "core/storage/ImportRepository.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/PlatformSettingsRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QScopeGuard>

Q_LOGGING_CATEGORY(lcImport, "invitedesk.import", QtInfoMsg)

namespace invitedesk {

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const ImportError& e : errors)
        list.append(QJsonObject{{QStringLiteral("row"), e.row},
                                {QStringLiteral("column"), e.column},
                                {QStringLiteral("message"), e.message}});
    return QJsonObject{{QStringLiteral("valid"), valid},
                       {QStringLiteral("invalid"), invalid},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("errors"), list},
                       {QStringLiteral("more_errors"), moreErrors}};
}

ImportService::ImportService(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

Result<ImportReport> ImportService::importCsv(const Actor& actor, QIODevice* file,
                                              const ImportOptions& options,
                                              const Progress& progress)
{
    // Millisecond precision: what both backends keep and what the audit hash covers.
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(m_config.now().toMSecsSinceEpoch(), Qt::UTC);
    const qint64 fileSize = file && !file->isSequential() ? file->size() : 0;
    // Expiries that passed count before the open-invitation check, as for a single invite.
    if (auto r = InvitationService(m_database, m_config).expireDue(); !r)
        return r.error();
    // A dry run only reads (the expiry sweep above is the system's, not the import's).
    Transaction tx(*m_database);
    QSqlDatabase db;
    if (options.dryRun) {
        auto conn = m_database->connection();
        if (!conn)
            return conn.error();
        db = conn.value();
    } else {
        if (auto r = tx.begin(); !r)
            return r.error();
        db = tx.db();
    }

    auto org = OrganizationRepository(*m_database, db).findById(actor.organizationId);
    if (!org)
        return org.error();
    if (!org.value())
        return Error::make(Error::Code::Internal,
                           QStringLiteral("The organisation of this user is missing."));

    QElapsedTimer timer;
    timer.start();
    ImportRepository repo(*m_database, db);
    const int cacheSize = options.dryRun ? 0 : repo.enlargeCache();
    auto restoreCache = qScopeGuard([&] { repo.restoreCacheSize(cacheSize); });

    // Each chunk's valid rows are written as soon as the validator has them, while the reader
    // parses the next ones: the database inserts while the file is still being checked. All
    // or nothing still holds: once a row is invalid (without --skip-invalid) nothing more is
    // written and, at the end, the transaction rolls back.
    std::optional<InvitationBulkWriter> writer;
    if (!options.dryRun)
        writer.emplace(tx, options.method, std::max(1, options.chunkRows));
    qint64 position = 0;
    auto onBytes = [&](qint64 bytes) {
        position = bytes;
        // An import writes while it validates: "validating" until its first rows go out,
        // "writing" from then on.
        if (progress && (!writer || writer->added() == 0))
            progress(QStringLiteral("validating"), bytes, fileSize);
    };
    auto base = PlatformSettingsRepository(*m_database, db).linkBase(m_config.publicUrl);
    if (!base)
        return base.error();
    RowMaker maker{actor, *org.value(), InvitationRecords(m_config, now, base.value()), {}};
    QStringList ids;
    auto sink = [&](QList<ImportRow>& rows, const ImportValidation& soFar) -> Result<bool> {
        if (options.isCancelled && options.isCancelled())
            return false; // cancelled
        // Refused (the counts only grow): keep checking for the report, write nothing more.
        if (!writer || ImportReport::refuses(soFar.fileError, soFar.invalidRows, options))
            return true;
        // Rows: the total is projected from the share of the file read so far.
        const qint64 total = std::max(soFar.validCount, fileSize > 0 && position > 0
                                                            ? soFar.validCount * fileSize / position
                                                            : qint64(0));
        const int every = std::max(1, options.chunkRows);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (options.isCancelled && i % 256 == 255 && options.isCancelled())
                return false; // cancelled
            if (auto r = writeRow(*writer, maker, rows[i], ids); !r)
                return r.error();
            if (progress && (writer->added() % every == 0 || i + 1 == rows.size()))
                progress(QStringLiteral("writing"), writer->added(), total);
        }
        return true;
    };
    // While the import writes, its connection is busy streaming rows (one COPY from the
    // first row to the last on PostgreSQL), so the look-ups run on a second one, in
    // parallel: they see what others committed, as the write transaction would (read
    // committed). Two imports racing for one e-mail meet at the unique index of open
    // invitations, and the later one fails whole.
    auto closeLookups = qScopeGuard([&] { // after the last handle on it is gone
        if (writer)
            m_database->closeExtraConnection(QStringLiteral("import-lookups"));
    });
    QSqlDatabase lookups = db;
    if (writer) {
        auto extra = m_database->extraConnection(QStringLiteral("import-lookups"));
        if (!extra)
            return extra.error();
        lookups = extra.value();
    }
    ImportValidator validator(*m_database, lookups, actor, *org.value(), now);
    validator.setDefaults(options.defaults);
    auto validation = validator.validate(file, onBytes, sink);
    if (!validation)
        return validation.error(); // the transaction rolls back
    const ImportValidation& v = validation.value();

    ImportReport report;
    report.dryRun = options.dryRun;
    report.valid = v.validRows();
    report.invalid = v.invalidRows;
    report.errors = v.errors;
    report.moreErrors = v.moreErrors;
    report.fileError = v.fileError;
    report.rejectedRows = v.rejectedRows;
    if (v.stopped) { // only a cancel stops the sink; rolled back
        report.cancelled = true;
        qCInfo(lcImport) << "import cancelled; nothing written";
        return report;
    }
    if (options.dryRun || report.refused(options) || report.valid == 0)
        return report; // the transaction rolls back: nothing written

    if (auto r = writer->finish(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    report.imported = writer->added();
    report.importedIds = std::move(ids);
    if (report.imported >= 1000)
        repo.refreshStatistics();
    qCInfo(lcImport) << "imported" << report.imported << "invitations in" << timer.elapsed()
                     << "ms";
    return report;
}

Result<void> ImportService::writeRow(InvitationBulkWriter& writer, RowMaker& maker,
                                     const ImportRow& row, QStringList& ids) const
{
    // Time-ordered: the rows of one import sit next to each other in every (..., id) index.
    Invitation inv = maker.records.pending(ids::timeOrdered(), maker.actor, maker.organization,
                                           row.input, row.type, row.parentUserId);

    // The same few instants for every row: formatted once.
    auto known = maker.expiryText.constFind(inv.expiresAt.toMSecsSinceEpoch());
    if (known == maker.expiryText.cend())
        known = maker.expiryText.insert(inv.expiresAt.toMSecsSinceEpoch(),
                                        inv.expiresAt.toString(Qt::ISODateWithMs));

    OutboxMessage mail = maker.records.message(inv);
    mail.id = ids::timeOrdered();
    AuditEvent event = maker.records.created(maker.actor, inv, *known);
    event.details.insert(QStringLiteral("source"), QStringLiteral("import"));
    event.details.insert(QStringLiteral("row"), row.row);

    ids.append(inv.id);
    return writer.add({std::move(inv), std::move(mail), std::move(event)});
}

} // namespace invitedesk
