#include "core/storage/AcceptanceRepository.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/storage/StatusBinding.h"
#include "core/storage/postgres/PgPreparedStatement.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace invitedesk {

namespace {
const QString kColumns = QStringLiteral(
    "SELECT i.id, i.email, i.first_name, i.last_name, i.invitation_type, i.status, "
    "i.organization_id, o.name, o.display_name, i.invited_by_id, inv.first_name, inv.last_name, "
    "inv.email, i.parent_user_id, i.language, i.expires_at, i.opened_at, i.version, "
    "i.invitation_message, ");
const QString kJoins = QStringLiteral("JOIN organizations o ON o.id = i.organization_id "
                                      "JOIN users inv ON inv.id = i.invited_by_id ");
// A token is looked up among the links (the primary key), then its invitation by its own.
const QString kLookupSql = kColumns +
                           QStringLiteral("l.revoked_reason FROM invitation_links l "
                                          "JOIN user_invitations i ON i.id = l.invitation_id ") +
                           kJoins + QStringLiteral("WHERE l.token_hash = ?");
const QString kByIdSql = kColumns + QStringLiteral("NULL FROM user_invitations i ") + kJoins +
                         QStringLiteral("WHERE i.id = ?");

// PostgreSQL finds a link through an owner function (migration 022), so that the handler's
// login needs no table privilege; same columns. The fast path (PgPreparedStatement) reads the
// times as epoch milliseconds, so no text timestamp needs parsing.
const QString kPgLookupSql = QStringLiteral("SELECT * FROM invitedesk_acceptance_by_link(?)");
const QByteArray kPgFastLookupSql = QByteArrayLiteral(
    "SELECT id, email, first_name, last_name, invitation_type, status, organization_id, "
    "organization_name, organization_display_name, invited_by_id, inviter_first_name, "
    "inviter_last_name, inviter_email, parent_user_id, language, "
    "(extract(epoch FROM expires_at) * 1000)::bigint, "
    "(extract(epoch FROM opened_at) * 1000)::bigint, version, invitation_message, "
    "revoked_reason FROM invitedesk_acceptance_by_link($1)");

// This thread's prepared lookup, valid while the thread's connection is the one it was
// prepared on (a reset connection has a new driver object). On PostgreSQL with libpq the
// protocol-level statement; otherwise a prepared QSqlQuery.
struct PreparedLookup {
    const QSqlDriver* driver = nullptr;
    QString connectionName;
    std::unique_ptr<QSqlQuery> query;
    std::unique_ptr<PgPreparedStatement> pg;
};
thread_local PreparedLookup t_lookup;

// `postgres`: the database's backend, not the driver's name (a transaction pooler's
// connections have PooledPgDriver, and take the owner function as QPSQL's do).
PreparedLookup* preparedLookup(const QSqlDatabase& db, bool postgres, QString* error)
{
    if ((t_lookup.query || t_lookup.pg) && t_lookup.driver == db.driver() &&
        t_lookup.connectionName == db.connectionName() &&
        (!t_lookup.pg || t_lookup.pg->isPreparedOn(db)))
        return &t_lookup;
    t_lookup = PreparedLookup();
    if (postgres) {
        t_lookup.pg = PgPreparedStatement::prepare(db, QByteArrayLiteral("invitedesk_token_lookup"),
                                                   kPgFastLookupSql, 1, error);
        if (!t_lookup.pg && !error->isEmpty())
            return nullptr;
    }
    if (!t_lookup.pg) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(postgres ? kPgLookupSql : kLookupSql)) {
            *error = query->lastError().text();
            return nullptr;
        }
        t_lookup.query = std::move(query);
    }
    t_lookup.driver = db.driver();
    t_lookup.connectionName = db.connectionName();
    return &t_lookup;
}

// Column i as text, a timestamp and a number, from either kind of row.
template <typename Text, typename Time, typename Number>
AcceptanceRecord readRecordWith(Text text, Time time, Number number)
{
    AcceptanceRecord r;
    r.id = text(0);
    r.email = text(1);
    r.firstName = text(2);
    r.lastName = text(3);
    r.type = invitation_types::fromName(text(4)).value_or(InvitationType::Doctor);
    r.status = statuses::fromName(text(5)).value_or(InvitationStatus::Pending);
    r.organizationId = text(6);
    const QString displayName = text(8).trimmed();
    r.organizationName = displayName.isEmpty() ? text(7) : displayName;
    r.invitedById = text(9);
    r.inviterName = (text(10) + QLatin1Char(' ') + text(11)).trimmed();
    r.inviterEmail = text(12);
    r.parentUserId = text(13);
    r.language = text(14);
    r.expiresAt = time(15);
    r.openedAt = time(16);
    r.version = int(number(17));
    r.message = text(18);
    r.linkRevokedReason = text(19);
    return r;
}

AcceptanceRecord readRecord(const QSqlQuery& q)
{
    return readRecordWith([&](int i) { return q.value(i).toString(); },
                          [&](int i) { return Database::readTime(q.value(i)); },
                          [&](int i) { return q.value(i).toLongLong(); });
}

AcceptanceRecord readRecord(const QByteArrayList& row)
{
    return readRecordWith([&](int i) { return QString::fromUtf8(row[i]); },
                          [&](int i) {
                              return row[i].isNull() ? QDateTime()
                                                     : QDateTime::fromMSecsSinceEpoch(
                                                           row[i].toLongLong(), Qt::UTC);
                          },
                          [&](int i) { return row[i].toLongLong(); });
}
} // namespace

QByteArray AcceptanceRepository::pipelinedLookupSql()
{
    return kPgFastLookupSql;
}

Result<std::optional<AcceptanceRecord>>
AcceptanceRepository::recordFromRow(const Result<std::optional<QByteArrayList>>& row)
{
    if (!row)
        return row.error();
    std::optional<AcceptanceRecord> record;
    if (row.value())
        record = readRecord(*row.value());
    return record;
}

void AcceptanceRepository::releaseThreadStatements()
{
    t_lookup = PreparedLookup();
}

Result<std::optional<AcceptanceRecord>>
AcceptanceRepository::findByTokenHash(const QByteArray& tokenHash)
{
    QString prepareError;
    PreparedLookup* lookup = preparedLookup(m_db, m_database.isPostgres(), &prepareError);
    if (!lookup) {
        return Error::make(
            Error::Code::Internal,
            QStringLiteral("Database error while preparing the invitation lookup: %1")
                .arg(prepareError));
    }
    if (lookup->pg) {
        auto row = lookup->pg->fetchFirstRow({tokenHash});
        if (!row)
            releaseThreadStatements();
        return recordFromRow(row);
    }
    QSqlQuery* q = lookup->query.get();
    q->bindValue(0, tokenHash);
    if (!q->exec()) {
        const QSqlError error = q->lastError();
        releaseThreadStatements();
        return Database::fromSqlError(error, QStringLiteral("looking up an invitation"));
    }
    std::optional<AcceptanceRecord> record;
    if (q->next())
        record = readRecord(*q);
    q->finish(); // keeps the statement prepared, releases the result
    return record;
}

Result<std::optional<AcceptanceRecord>> AcceptanceRepository::findById(const QString& id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kByIdSql);
    q.addBindValue(id);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading an invitation"));
    std::optional<AcceptanceRecord> record;
    if (q.next())
        record = readRecord(q);
    return record;
}

Result<QSet<QString>>
AcceptanceRepository::markOpened(const QList<std::pair<QString, QDateTime>>& views)
{
    QSet<QString> marked;
    if (views.isEmpty())
        return marked;
    QSqlQuery q(m_db);
    if (!m_database.isPostgres()) {
        // In-process: one prepared statement, run per view.
        if (!q.prepare(QStringLiteral("UPDATE user_invitations SET opened_at = ? WHERE id = ? "
                                      "AND opened_at IS NULL")))
            return Database::fromSqlError(q.lastError(), QStringLiteral("recording page views"));
        for (const auto& [id, at] : views) {
            q.bindValue(0, m_database.timeValue(at));
            q.bindValue(1, id);
            if (!q.exec())
                return Database::fromSqlError(q.lastError(),
                                              QStringLiteral("recording page views"));
            if (q.numRowsAffected() == 1)
                marked.insert(id);
        }
        return marked;
    }
    // The owner function marks them and appends their invitation.opened events (022).
    QStringList ids;
    QStringList ats;
    for (const auto& [id, at] : views) {
        ids << id;
        ats << at.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!Database::exec(q,
                        QStringLiteral("SELECT invitedesk_record_first_looks(CAST(? AS uuid[]), "
                                       "CAST(? AS timestamptz[]))"),
                        {QStringLiteral("{%1}").arg(ids.join(QLatin1Char(','))),
                         QStringLiteral("{%1}").arg(ats.join(QLatin1Char(',')))}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("recording page views"));
    while (q.next())
        marked.insert(q.value(0).toString());
    return marked;
}

Result<bool> AcceptanceRepository::claimForAcceptance(const QString& invitationId, int version,
                                                      const QDateTime& now)
{
    const QList<InvitationStatus> from = lifecycle::sourcesOf(LifecycleEvent::Accept);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE user_invitations SET version = version + 1, updated_at = ? "
                             "WHERE id = ? AND status IN (%1) AND version = ? "
                             "AND expires_at > ?")
                  .arg(status_sql::placeholders(from)));
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(invitationId);
    for (const QVariant& status : status_sql::values(from))
        q.addBindValue(status);
    q.addBindValue(version);
    q.addBindValue(m_database.timeValue(now));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("claiming the invitation"));
    return q.numRowsAffected() == 1;
}

Result<bool> AcceptanceRepository::markAccepted(const QString& invitationId, int claimedVersion,
                                                const QString& userId, const QDateTime& now)
{
    const QList<InvitationStatus> from = lifecycle::sourcesOf(LifecycleEvent::Accept);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE user_invitations SET status = ?, accepted_at = ?, "
                             "accepted_user_id = ?, updated_at = ? "
                             "WHERE id = ? AND status IN (%1) AND version = ?")
                  .arg(status_sql::placeholders(from)));
    q.addBindValue(status_sql::value(lifecycle::targetOf(LifecycleEvent::Accept)));
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(userId);
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(invitationId);
    for (const QVariant& status : status_sql::values(from))
        q.addBindValue(status);
    q.addBindValue(claimedVersion);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("accepting the invitation"));
    return q.numRowsAffected() == 1;
}

Result<bool> AcceptanceRepository::emailTaken(const QByteArray& linkHash, const QString& email)
{
    QSqlQuery q(m_db);
    // PostgreSQL asks by link (022), so the handler's login cannot probe addresses.
    const bool ok = m_database.isPostgres()
                        ? Database::exec(q,
                                         QStringLiteral("SELECT 1 WHERE "
                                                        "invitedesk_link_email_taken(?)"),
                                         {linkHash})
                        : Database::exec(q, QStringLiteral("SELECT 1 FROM users WHERE email = ?"),
                                         {email.toLower()});
    if (!ok)
        return Database::fromSqlError(q.lastError(), QStringLiteral("checking for an account"));
    return q.next();
}

Result<bool> AcceptanceRepository::acceptByLink(const LinkAcceptance& a)
{
    QSqlQuery q(m_db);
    if (!Database::exec(
            q,
            QStringLiteral("SELECT invitedesk_accept_by_link(?, ?, CAST(? AS uuid), ?, ?, ?, ?, "
                           "CAST(? AS timestamptz), CAST(? AS timestamptz))"),
            {a.linkHash, a.version, a.user.id, a.user.firstName, a.user.lastName, a.passwordHash,
             a.loginVerifier, m_database.timeValue(a.openedAt),
             m_database.timeValue(a.user.createdAt)}) ||
        !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("accepting the invitation"));
    return q.value(0).toString() == QLatin1String("accepted");
}

Result<void> AcceptanceRepository::ping()
{
    // Reads a table (not just SELECT 1): the schema must be there, and SQLite must reach its file.
    QSqlQuery q(m_db);
    if (!q.exec(m_database.isPostgres()
                    ? QStringLiteral("SELECT count(*) FROM invitedesk_schema_versions()")
                    : QStringLiteral("SELECT max(version) FROM "
                                     "schema_migrations")) ||
        !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("checking the database"));
    return {};
}

} // namespace invitedesk
