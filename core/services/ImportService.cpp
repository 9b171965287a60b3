#include "core/services/ImportService.h"

#include "core/domain/TimeOrderedId.h"
#include "core/security/TokenGenerator.h"
#include "core/storage/ImportRepository.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QLoggingCategory>

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
                       {QStringLiteral("errors"), list}};
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
    auto onBytes = [&](qint64 bytes) {
        if (progress)
            progress(QStringLiteral("validating"), bytes, fileSize);
    };

    // Validation runs inside the write transaction, so what was checked is what is written
    // (two desks importing the same e-mail: the second one waits, then sees the first's rows).
    // A dry run only reads.
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
    ImportValidator validator(*m_database, db, actor, *org.value(), now);
    auto validation = validator.validate(file, onBytes);
    if (!validation)
        return validation.error();
    const ImportValidation& v = validation.value();

    ImportReport report;
    report.dryRun = options.dryRun;
    report.valid = v.validRows();
    report.invalid = v.invalidRows;
    report.errors = v.errors;
    report.fileError = v.fileError;
    qCDebug(lcImport) << "validated" << v.totalRows << "rows:" << report.invalid << "invalid, in"
                      << timer.elapsed() << "ms";

    if (options.dryRun || report.refused(options) || v.rows.isEmpty())
        return report; // the transaction rolls back: nothing written

    ImportRepository repo(*m_database, db);
    const int cacheSize = repo.enlargeCache();
    auto imported =
        write(tx, actor, *org.value(), v.rows, options, now, report.importedIds, progress);
    Result<void> committed = !imported ? Result<void>(imported.error())
                                       : (imported.value() < 0 ? Result<void>() : tx.commit());
    tx.rollback(); // no-op after a commit
    repo.restoreCacheSize(cacheSize);
    if (!committed)
        return committed.error();
    if (imported.value() < 0) { // cancelled: rolled back
        report.cancelled = true;
        report.importedIds.clear();
        qCInfo(lcImport) << "import cancelled; nothing written";
        return report;
    }
    report.imported = imported.value();
    if (report.imported >= 1000)
        repo.refreshStatistics();
    qCInfo(lcImport) << "imported" << report.imported << "invitations in" << timer.elapsed()
                     << "ms";
    return report;
}

Result<qint64> ImportService::write(Transaction& tx, const Actor& actor, const Organization& org,
                                    const QList<ImportRow>& rows, const ImportOptions& options,
                                    const QDateTime& now, QStringList& ids,
                                    const Progress& progress)
{
    const int chunkRows = std::max(1, options.chunkRows);
    InvitationBulkWriter writer(tx, options.method, chunkRows);
    ids.reserve(rows.size());
    QHash<qint64, QString> expiryText; // the same few instants for every row: format once

    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (options.isCancelled && i % 256 == 0 && options.isCancelled())
            return qint64(-1);
        const ImportRow& row = rows.at(i);
        const NewInvitation& in = row.input;
        Invitation inv;
        // Time-ordered: the rows of one import sit next to each other in every (..., id) index.
        inv.id = ids::timeOrdered();
        inv.email = in.email;
        inv.firstName = in.firstName;
        inv.lastName = in.lastName;
        inv.type = row.type;
        inv.status = InvitationStatus::Pending;
        inv.organizationId = actor.organizationId;
        inv.organizationName = org.name;
        inv.invitedById = actor.id;
        inv.parentUserId = row.parentUserId;
        inv.message = in.message;
        inv.language = in.language.isEmpty() ? m_config.defaultLanguage : in.language;
        inv.details = in.details;
        inv.expiresAt = now.addDays(in.expiresDays.value_or(org.expiryDays));
        inv.emailDeliveryStatus = QStringLiteral("queued");
        inv.createdAt = now;
        inv.updatedAt = now;
        inv.issuedToken = tokens::generate();
        if (inv.issuedToken.isEmpty())
            return Error::make(Error::Code::Internal,
                               QStringLiteral("The random generator failed."));

        auto known = expiryText.constFind(inv.expiresAt.toMSecsSinceEpoch());
        if (known == expiryText.cend())
            known = expiryText.insert(inv.expiresAt.toMSecsSinceEpoch(),
                                      inv.expiresAt.toString(Qt::ISODateWithMs));
        const QString& expiry = *known;

        OutboxMessage mail;
        mail.id = ids::timeOrdered();
        mail.invitationId = inv.id;
        mail.recipient = inv.email;
        mail.token = inv.issuedToken;
        mail.language = inv.language;
        mail.publicUrl = m_config.publicUrl;
        mail.nextAttemptAt = now;
        mail.createdAt = now;

        AuditEvent event;
        event.occurredAt = now;
        event.actorUserId = actor.id;
        event.action = QStringLiteral("invitation.created");
        event.invitationId = inv.id;
        event.details = QJsonObject{{QStringLiteral("email"), inv.email},
                                    {QStringLiteral("type"), invitation_types::name(inv.type)},
                                    {QStringLiteral("parent_user_id"), inv.parentUserId},
                                    {QStringLiteral("expires_at"), expiry},
                                    {QStringLiteral("source"), QStringLiteral("import")},
                                    {QStringLiteral("row"), row.row}};

        ids.append(inv.id);
        QByteArray tokenHash = tokens::hash(inv.issuedToken);
        if (auto r = writer.add(
                {std::move(inv), std::move(tokenHash), std::move(mail), std::move(event)});
            !r)
            return r.error();
        if (progress && (writer.added() % chunkRows == 0 || i + 1 == rows.size()))
            progress(QStringLiteral("writing"), writer.added(), rows.size());
    }
    if (options.isCancelled && options.isCancelled())
        return qint64(-1);
    if (auto r = writer.finish(); !r)
        return r.error();
    return writer.added();
}

} // namespace invitedesk
