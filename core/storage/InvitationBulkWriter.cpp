#include "core/storage/InvitationBulkWriter.h"

#include "core/storage/ImportRepository.h"
#include "core/storage/InvitationRepository.h"
#include "core/storage/PgCopy.h"
#include "core/storage/Transaction.h"

#include <QJsonDocument>
#include <QUuid>

namespace invitedesk {

namespace {
QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QDateTime toMillis(const QDateTime& t)
{
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch()).toUTC();
}
} // namespace

InvitationBulkWriter::InvitationBulkWriter(Transaction& tx, Method method)
    : m_tx(tx), m_method(method)
{
    if (m_method == Method::Auto)
        m_method =
            tx.database().isPostgres() && PgCopy::isAvailable() ? Method::Copy : Method::Insert;
    if (m_method == Method::Copy && (!tx.database().isPostgres() || !PgCopy::isAvailable()))
        m_method = Method::Insert;
}

Result<void> InvitationBulkWriter::write(const NewInvitationRows& rows)
{
    if (rows.invitations.isEmpty())
        return {};
    if (rows.tokenHashes.size() != rows.size() || rows.mails.size() != rows.size() ||
        rows.events.size() != rows.size())
        return Error::make(Error::Code::Internal,
                           QStringLiteral("Bulk rows of different lengths."));
    return m_method == Method::Copy ? writeWithCopy(rows) : writeWithInsert(rows);
}

Result<void> InvitationBulkWriter::writeWithInsert(const NewInvitationRows& rows)
{
    InvitationRepository invitations(m_tx.database(), m_tx.db());
    if (auto r = invitations.insertMany(rows.invitations, rows.tokenHashes); !r)
        return r;
    if (auto r = OutboxRepository::enqueueMany(m_tx, rows.mails); !r)
        return r;
    return AuditLog::appendMany(m_tx, rows.events);
}

Result<void> InvitationBulkWriter::writeWithCopy(const NewInvitationRows& rows)
{
    QSqlDatabase db = m_tx.db();
    const qsizetype n = rows.size();

    QByteArray data;
    data.reserve(n * 400);
    for (qsizetype i = 0; i < n; ++i) {
        const Invitation& inv = rows.invitations.at(i);
        PgCopy::appendText(data, inv.id);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, inv.email);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, inv.firstName);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, inv.lastName);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, invitation_types::name(inv.type));
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, roles::name(inv.type));
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, statuses::name(inv.status));
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, inv.organizationId);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, inv.invitedById);
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, inv.parentUserId);
        PgCopy::appendSeparator(data);
        PgCopy::appendBytea(data, rows.tokenHashes.at(i));
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, inv.message);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, inv.language.isEmpty() ? QStringLiteral("en") : inv.language);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, compactJson(inv.details.toJson()));
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, inv.details.npi);
        PgCopy::appendSeparator(data);
        PgCopy::appendTime(data, inv.expiresAt);
        PgCopy::appendSeparator(data);
        PgCopy::appendTime(data, inv.createdAt);
        PgCopy::appendSeparator(data);
        PgCopy::appendTime(data, inv.updatedAt.isValid() ? inv.updatedAt : inv.createdAt);
        PgCopy::appendRowEnd(data);
    }
    if (auto r = PgCopy::copyIn(db, QStringLiteral("user_invitations"),
                                {QStringLiteral("id"), QStringLiteral("email"),
                                 QStringLiteral("first_name"), QStringLiteral("last_name"),
                                 QStringLiteral("invitation_type"), QStringLiteral("role_name"),
                                 QStringLiteral("status"), QStringLiteral("organization_id"),
                                 QStringLiteral("invited_by_id"), QStringLiteral("parent_user_id"),
                                 QStringLiteral("token_hash"), QStringLiteral("invitation_message"),
                                 QStringLiteral("language"), QStringLiteral("details"),
                                 QStringLiteral("npi"), QStringLiteral("expires_at"),
                                 QStringLiteral("created_at"), QStringLiteral("updated_at")},
                                data);
        !r) {
        if (r.error().code == Error::Code::Conflict) {
            return Error::make(
                Error::Code::Conflict,
                QStringLiteral("Another open invitation for one of these e-mails was "
                               "created meanwhile; nothing was imported (%1).")
                    .arg(r.error().message),
                QStringLiteral("email"));
        }
        return r;
    }

    data.clear();
    for (const OutboxMessage& m : rows.mails) {
        const QDateTime created =
            m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc();
        PgCopy::appendText(data, m.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                : m.id);
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, m.invitationId);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, m.kind);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, m.recipient);
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, m.subject);
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, m.textBody);
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, m.htmlBody);
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, m.token);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, m.language);
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, m.publicUrl);
        PgCopy::appendSeparator(data);
        data.append("queued\t0\t");
        PgCopy::appendTime(data, m.nextAttemptAt.isValid() ? m.nextAttemptAt : created);
        PgCopy::appendSeparator(data);
        PgCopy::appendTime(data, created);
        PgCopy::appendRowEnd(data);
    }
    if (auto r = PgCopy::copyIn(
            db, QStringLiteral("email_outbox"),
            {QStringLiteral("id"), QStringLiteral("invitation_id"), QStringLiteral("kind"),
             QStringLiteral("recipient"), QStringLiteral("subject"), QStringLiteral("text_body"),
             QStringLiteral("html_body"), QStringLiteral("token"), QStringLiteral("language"),
             QStringLiteral("public_url"), QStringLiteral("status"), QStringLiteral("attempts"),
             QStringLiteral("next_attempt_at"), QStringLiteral("created_at")},
            data);
        !r)
        return r;

    // The audit chain: the first event of the whole write goes through AuditLog, which locks
    // the chain for this transaction; every later one is chained here.
    qsizetype first = 0;
    if (m_prevHash.isEmpty()) {
        if (auto r = AuditLog::appendMany(m_tx, {rows.events.first()}); !r)
            return r;
        auto last = ImportRepository(m_tx.database(), db).lastAuditHash();
        if (!last)
            return last.error();
        m_prevHash = last.value();
        first = 1;
    }
    data.clear();
    for (qsizetype i = first; i < n; ++i) {
        AuditEvent e = rows.events.at(i);
        e.occurredAt = toMillis(e.occurredAt);
        const QByteArray hash = AuditLog::computeHash(m_prevHash, e);
        PgCopy::appendTime(data, e.occurredAt);
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, e.actorUserId);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, e.action);
        PgCopy::appendSeparator(data);
        PgCopy::appendTextOrNull(data, e.invitationId);
        PgCopy::appendSeparator(data);
        PgCopy::appendText(data, compactJson(e.details));
        PgCopy::appendSeparator(data);
        PgCopy::appendBytea(data, m_prevHash);
        PgCopy::appendSeparator(data);
        PgCopy::appendBytea(data, hash);
        PgCopy::appendRowEnd(data);
        m_prevHash = hash;
    }
    if (data.isEmpty())
        return {};
    return PgCopy::copyIn(db, QStringLiteral("audit_events"),
                          {QStringLiteral("occurred_at"), QStringLiteral("actor_user_id"),
                           QStringLiteral("action"), QStringLiteral("invitation_id"),
                           QStringLiteral("details"), QStringLiteral("prev_hash"),
                           QStringLiteral("hash")},
                          data);
}

} // namespace invitedesk
