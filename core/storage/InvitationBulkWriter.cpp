#include "core/storage/InvitationBulkWriter.h"

#include "core/domain/TimeOrderedId.h"
#include "core/storage/AuditPersonalRepository.h"
#include "core/storage/InvitationRepository.h"
#include "core/storage/SqlPlaceholders.h"
#include "core/storage/Transaction.h"
#include "core/storage/postgres/PgCopy.h"
#include "core/storage/postgres/PgCopyBinary.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace invitedesk {

namespace {
QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QDateTime toMillis(const QDateTime& t)
{
    // Straight to UTC: a local-time QDateTime costs a mktime(), and with TZ unset glibc
    // stats /etc/localtime on each one.
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

const QStringList& invitationColumns()
{
    static const QStringList columns = {"id",
                                        "email",
                                        "first_name",
                                        "last_name",
                                        "invitation_type",
                                        "role_name",
                                        "status",
                                        "organization_id",
                                        "invited_by_id",
                                        "parent_user_id",
                                        "invitation_message",
                                        "language",
                                        "details",
                                        "npi",
                                        "expires_at",
                                        "created_at",
                                        "updated_at",
                                        "validity_days"};
    return columns;
}

const QStringList& outboxColumns()
{
    static const QStringList columns = {
        "id",        "invitation_id",   "kind",      "recipient",  "subject",
        "text_body", "html_body",       "language",  "public_url", "status",
        "attempts",  "next_attempt_at", "created_at"};
    return columns;
}

const QStringList& auditColumns()
{
    static const QStringList columns = {"occurred_at", "actor_user_id", "action", "invitation_id",
                                        "details",     "prev_hash",     "hash"};
    return columns;
}

Error conflict(const QString& detail)
{
    return Error::make(
        Error::Code::Conflict,
        QStringLiteral("Another open invitation for one of these e-mails was created "
                       "meanwhile; nothing was imported (%1).")
            .arg(detail),
        QStringLiteral("email"));
}
} // namespace

struct InvitationBulkWriter::Statements {
    explicit Statements(const QSqlDatabase& db)
        : invitation(db), outbox(db), audit(db), personal(db)
    {}
    QSqlQuery invitation;
    QSqlQuery outbox;
    QSqlQuery audit;
    QSqlQuery personal;
};

InvitationBulkWriter::InvitationBulkWriter(Transaction& tx, Method method, int chunkRows)
    : m_tx(tx), m_method(method), m_chunkRows(std::max(1, chunkRows))
{
    const bool pg = tx.database().isPostgres();
    if (m_method == Method::Auto)
        m_method = !pg ? Method::RowByRow
                       : (PgCopy::isAvailable() ? Method::Copy : Method::MultiRowInsert);
    // A person's own login appends events through the owner's function, one by one: it cannot
    // COPY into audit_events.
    if (m_method == Method::Copy &&
        (!pg || !PgCopy::isAvailable() || tx.database().isPersonSession()))
        m_method = pg ? Method::MultiRowInsert : Method::RowByRow;
}

InvitationBulkWriter::~InvitationBulkWriter() = default;

Result<void> InvitationBulkWriter::add(NewInvitationRow row)
{
    ++m_added;
    switch (m_method) {
    case Method::Copy:
        return addCopy(row);
    case Method::RowByRow:
        return addRowByRow(row);
    default:
        m_invitations.append(std::move(row.invitation));
        m_mails.append(std::move(row.mail));
        m_events.append(std::move(row.event));
        return m_invitations.size() >= m_chunkRows ? flushMultiRow() : Result<void>();
    }
}

Result<void> InvitationBulkWriter::finish()
{
    switch (m_method) {
    case Method::Copy:
        return finishCopy();
    case Method::RowByRow:
        return {};
    default:
        return flushMultiRow();
    }
}

Result<bool> InvitationBulkWriter::startAuditChain(const AuditEvent& event)
{
    if (!m_prevHash.isEmpty())
        return false;
    if (auto r = AuditLog::appendMany(m_tx, {event}); !r)
        return r.error();
    auto head = AuditLog::head(m_tx);
    if (!head)
        return head.error();
    m_prevHash = head->hash;
    m_personalAfterSeq = head->seq;
    return true;
}

Result<QByteArray> InvitationBulkWriter::chain(AuditEvent& event, const QByteArray& detailsJson)
{
    // Millisecond precision, as AuditLog stores and hashes it.
    event.occurredAt = toMillis(event.occurredAt);
    // Every row of one write has the same time: formatted once.
    if (event.occurredAt != m_timeOfText) {
        m_timeOfText = event.occurredAt;
        m_timeText = AuditLog::occurredAtText(event.occurredAt);
    }
    const QByteArray prev = m_prevHash;
    m_prevHash = AuditLog::computeHash(prev, m_timeText, event, detailsJson);
    return prev;
}

Result<void> InvitationBulkWriter::flushMultiRow()
{
    if (m_invitations.isEmpty())
        return {};
    InvitationRepository invitations(m_tx.database(), m_tx.db());
    if (auto r = invitations.insertMany(m_invitations); !r)
        return r;
    if (auto r = OutboxRepository::enqueueMany(m_tx, m_mails); !r)
        return r;
    if (auto r = AuditLog::appendMany(m_tx, m_events); !r)
        return r;
    m_invitations.clear();
    m_mails.clear();
    m_events.clear();
    return {};
}

Result<void> InvitationBulkWriter::addCopy(const NewInvitationRow& row)
{
    namespace bin = pg_copy_binary;
    auto badId = [](const QString& what) {
        return Error::make(
            Error::Code::Internal,
            QStringLiteral("The import made a row whose %1 is not a UUID.").arg(what));
    };
    bool eventWritten = false;
    if (!m_invitationCopy) {
        // The chain's first event is an ordinary INSERT, so it goes before any COPY opens.
        auto first = startAuditChain(row.event);
        if (!first)
            return first.error();
        eventWritten = first.value();
        m_invitationCopy = std::make_unique<PgCopy>(m_tx.db());
        if (auto r = m_invitationCopy->begin(QStringLiteral("user_invitations"),
                                             invitationColumns(), PgCopy::Format::Binary);
            !r)
            return r;
    }
    if (!eventWritten) {
        AuditEvent e = row.event;
        AuditLog::splitPersonal(e);
        const QByteArray details = AuditLog::detailsJson(e.hashedDetails());
        auto prev = chain(e, details);
        if (!e.personal.isEmpty())
            m_personalByHash.insert(m_prevHash, AuditLog::detailsJson(e.personal));
        QByteArray& a = m_auditRows;
        bin::rowStart(a, int(auditColumns().size()));
        bin::timestamptz(a, e.occurredAt);
        if (!bin::uuidOrNull(a, e.actorUserId))
            return badId(QStringLiteral("audit event's actor"));
        bin::text(a, e.action);
        if (!bin::uuidOrNull(a, e.invitationId))
            return badId(QStringLiteral("audit event's invitation"));
        bin::jsonb(a, details);
        bin::bytea(a, prev.value());
        bin::bytea(a, m_prevHash);
    }

    const Invitation& inv = row.invitation;
    QByteArray& d = m_invitationCopy->buffer();
    bin::rowStart(d, int(invitationColumns().size()));
    if (!bin::uuidOrNull(d, inv.id))
        return badId(QStringLiteral("id"));
    bin::text(d, inv.email);
    bin::text(d, inv.firstName);
    bin::text(d, inv.lastName);
    bin::text(d, invitation_types::name(inv.type));
    bin::text(d, roles::name(inv.type));
    bin::text(d, statuses::name(inv.status));
    if (!bin::uuidOrNull(d, inv.organizationId) || !bin::uuidOrNull(d, inv.invitedById) ||
        !bin::uuidOrNull(d, inv.parentUserId))
        return badId(QStringLiteral("organisation or user"));
    bin::textOrNull(d, inv.message);
    bin::text(d, inv.language.isEmpty() ? QStringLiteral("en") : inv.language);
    bin::jsonb(d, QJsonDocument(inv.details.toJson()).toJson(QJsonDocument::Compact));
    bin::textOrNull(d, inv.details.npi);
    bin::timestamptz(d, inv.expiresAt);
    bin::timestamptz(d, inv.createdAt);
    bin::timestamptz(d, inv.updatedAt.isValid() ? inv.updatedAt : inv.createdAt);
    if (inv.validityDays > 0)
        bin::int4(d, inv.validityDays);
    else
        bin::null(d);

    const OutboxMessage& m = row.mail;
    const QDateTime created = m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc();
    QByteArray& o = m_outboxRows;
    bin::rowStart(o, int(outboxColumns().size()));
    if (!bin::uuidOrNull(o, m.id.isEmpty() ? ids::timeOrdered() : m.id) ||
        !bin::uuidOrNull(o, m.invitationId))
        return badId(QStringLiteral("outbox row"));
    bin::text(o, m.kind);
    bin::text(o, m.recipient);
    bin::textOrNull(o, m.subject);
    bin::textOrNull(o, m.textBody);
    bin::textOrNull(o, m.htmlBody);
    bin::text(o, m.language);
    bin::textOrNull(o, m.publicUrl);
    bin::text(o, "queued");
    bin::int4(o, 0);
    bin::timestamptz(o, m.nextAttemptAt.isValid() ? m.nextAttemptAt : created);
    bin::timestamptz(o, created);

    if (auto r = m_invitationCopy->put(); !r)
        return r.error().code == Error::Code::Conflict ? conflict(r.error().message) : r;
    return {};
}

Result<void> InvitationBulkWriter::finishCopy()
{
    if (!m_invitationCopy)
        return {};
    if (auto r = m_invitationCopy->end(); !r)
        return r.error().code == Error::Code::Conflict ? conflict(r.error().message) : r;
    m_invitationCopy.reset();
    QSqlDatabase db = m_tx.db();
    if (auto r = PgCopy::copyIn(db, QStringLiteral("email_outbox"), outboxColumns(), m_outboxRows,
                                PgCopy::Format::Binary);
        !r)
        return r;
    m_outboxRows.clear();
    if (!m_auditRows.isEmpty()) {
        if (auto r = PgCopy::copyIn(db, QStringLiteral("audit_events"), auditColumns(), m_auditRows,
                                    PgCopy::Format::Binary);
            !r)
            return r;
    }
    m_auditRows.clear();
    if (!m_personalByHash.isEmpty()) {
        // The events are in now, with their seqs: their personal data beside them.
        auto newest = AuditPersonalRepository(m_tx.database(), db)
                          .insertAfter(m_personalAfterSeq, m_personalByHash);
        if (!newest)
            return newest.error();
        m_personalAfterSeq = newest.value();
        m_personalByHash.clear();
    }
    return {};
}

Result<void> InvitationBulkWriter::addRowByRow(const NewInvitationRow& row)
{
    Database& database = m_tx.database();
    if (!m_statements) {
        m_statements = std::make_unique<Statements>(m_tx.db());
        auto insert = [](const QString& table, const QStringList& columns) {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), sql::placeholders(columns.size()));
        };
        const bool ok =
            m_statements->invitation.prepare(
                insert(QStringLiteral("user_invitations"), invitationColumns())) &&
            m_statements->outbox.prepare(insert(QStringLiteral("email_outbox"), outboxColumns())) &&
            // Its seq for the personal data: QPSQL has no lastInsertId() without OIDs.
            m_statements->audit.prepare(
                insert(QStringLiteral("audit_events"), auditColumns()) +
                (database.isPostgres() ? QStringLiteral(" RETURNING seq") : QString())) &&
            m_statements->personal.prepare(insert(QStringLiteral("audit_personal"),
                                                  {QStringLiteral("seq"), QStringLiteral("data")}));
        if (!ok)
            return Error::make(Error::Code::Internal,
                               QStringLiteral("Cannot prepare the import's statements."));
    }
    QSqlQuery& qi = m_statements->invitation;
    const Invitation& inv = row.invitation;
    const QVariantList invitation = {
        inv.id,
        inv.email,
        inv.firstName,
        inv.lastName,
        invitation_types::name(inv.type),
        roles::name(inv.type),
        statuses::name(inv.status),
        inv.organizationId,
        inv.invitedById,
        Database::textOrNull(inv.parentUserId),
        Database::textOrNull(inv.message),
        inv.language.isEmpty() ? QStringLiteral("en") : inv.language,
        compactJson(inv.details.toJson()),
        Database::textOrNull(inv.details.npi),
        database.timeValue(inv.expiresAt),
        database.timeValue(inv.createdAt),
        database.timeValue(inv.updatedAt.isValid() ? inv.updatedAt : inv.createdAt),
        inv.validityDays > 0 ? QVariant(inv.validityDays) : QVariant(QMetaType(QMetaType::Int))};
    for (int k = 0; k < invitation.size(); ++k)
        qi.bindValue(k, invitation.at(k));
    if (!qi.exec()) {
        if (Database::isUniqueViolation(qi.lastError()))
            return conflict(inv.email);
        return Database::fromSqlError(qi.lastError(), QStringLiteral("creating an invitation"));
    }

    QSqlQuery& qo = m_statements->outbox;
    const OutboxMessage& m = row.mail;
    const QDateTime created = m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc();
    const QVariantList outbox = {
        m.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m.id,
        Database::textOrNull(m.invitationId),
        m.kind,
        m.recipient,
        Database::textOrNull(m.subject),
        Database::textOrNull(m.textBody),
        Database::textOrNull(m.htmlBody),
        m.language,
        Database::textOrNull(m.publicUrl),
        QStringLiteral("queued"),
        0,
        database.timeValue(m.nextAttemptAt.isValid() ? m.nextAttemptAt : created),
        database.timeValue(created)};
    for (int k = 0; k < outbox.size(); ++k)
        qo.bindValue(k, outbox.at(k));
    if (!qo.exec())
        return Database::fromSqlError(qo.lastError(), QStringLiteral("queueing an e-mail"));

    auto first = startAuditChain(row.event);
    if (!first)
        return first.error();
    if (first.value())
        return {};
    AuditEvent e = row.event;
    AuditLog::splitPersonal(e);
    const QByteArray details = AuditLog::detailsJson(e.hashedDetails());
    auto prev = chain(e, details);
    QSqlQuery& qa = m_statements->audit;
    const QVariantList audit = {database.timeValue(e.occurredAt),
                                Database::textOrNull(e.actorUserId),
                                e.action,
                                Database::textOrNull(e.invitationId),
                                QString::fromUtf8(details),
                                prev.value(),
                                m_prevHash};
    for (int k = 0; k < audit.size(); ++k)
        qa.bindValue(k, audit.at(k));
    if (!qa.exec())
        return Database::fromSqlError(qa.lastError(), QStringLiteral("writing an audit event"));
    const QVariant seq =
        database.isPostgres() ? (qa.next() ? qa.value(0) : QVariant()) : qa.lastInsertId();
    qa.finish();
    if (e.personal.isEmpty())
        return {};
    QSqlQuery& qp = m_statements->personal;
    qp.bindValue(0, seq);
    qp.bindValue(1, QString::fromUtf8(AuditLog::detailsJson(e.personal)));
    if (!qp.exec())
        return Database::fromSqlError(
            qp.lastError(), QStringLiteral("writing the personal data of an audit event"));
    return {};
}

} // namespace invitedesk
