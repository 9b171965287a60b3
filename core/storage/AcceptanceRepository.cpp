#include "core/storage/AcceptanceRepository.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <memory>

namespace invitedesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT i.id, i.email, i.first_name, i.last_name, i.invitation_type, i.status, "
    "i.organization_id, o.name, o.display_name, i.invited_by_id, inv.first_name, inv.last_name, "
    "inv.email, i.parent_user_id, i.language, i.expires_at, i.opened_at, i.version, "
    "i.invitation_message "
    "FROM user_invitations i JOIN organizations o ON o.id = i.organization_id "
    "JOIN users inv ON inv.id = i.invited_by_id ");
const QString kLookupSql = kSelect + QStringLiteral("WHERE i.token_hash = ?");

// This thread's prepared lookup, valid while the thread's connection is the one it was
// prepared on (a reset connection has a new driver object).
struct PreparedLookup {
    const QSqlDriver* driver = nullptr;
    QString connectionName;
    std::unique_ptr<QSqlQuery> query;
};
thread_local PreparedLookup t_lookup;

QSqlQuery* preparedLookup(const QSqlDatabase& db, QString* error)
{
    if (t_lookup.query && t_lookup.driver == db.driver() &&
        t_lookup.connectionName == db.connectionName())
        return t_lookup.query.get();
    t_lookup = PreparedLookup();
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(kLookupSql)) {
        *error = query->lastError().text();
        return nullptr;
    }
    t_lookup.driver = db.driver();
    t_lookup.connectionName = db.connectionName();
    t_lookup.query = std::move(query);
    return t_lookup.query.get();
}

AcceptanceRecord readRecord(const QSqlQuery& q)
{
    AcceptanceRecord r;
    r.id = q.value(0).toString();
    r.email = q.value(1).toString();
    r.firstName = q.value(2).toString();
    r.lastName = q.value(3).toString();
    r.type = invitation_types::fromName(q.value(4).toString()).value_or(InvitationType::Doctor);
    r.status = statuses::fromName(q.value(5).toString()).value_or(InvitationStatus::Pending);
    r.organizationId = q.value(6).toString();
    const QString displayName = q.value(8).toString().trimmed();
    r.organizationName = displayName.isEmpty() ? q.value(7).toString() : displayName;
    r.invitedById = q.value(9).toString();
    r.inviterName = (q.value(10).toString() + QLatin1Char(' ') + q.value(11).toString()).trimmed();
    r.inviterEmail = q.value(12).toString();
    r.parentUserId = q.value(13).toString();
    r.language = q.value(14).toString();
    r.expiresAt = Database::readTime(q.value(15));
    r.openedAt = Database::readTime(q.value(16));
    r.version = q.value(17).toInt();
    r.message = q.value(18).toString();
    return r;
}
} // namespace

void AcceptanceRepository::releaseThreadStatements()
{
    t_lookup = PreparedLookup();
}

Result<std::optional<AcceptanceRecord>>
AcceptanceRepository::findByTokenHash(const QByteArray& tokenHash)
{
    QString prepareError;
    QSqlQuery* q = preparedLookup(m_db, &prepareError);
    if (!q) {
        return Error::make(
            Error::Code::Internal,
            QStringLiteral("Database error while preparing the invitation lookup: %1")
                .arg(prepareError));
    }
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
    q.prepare(kSelect + QStringLiteral("WHERE i.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading an invitation"));
    std::optional<AcceptanceRecord> record;
    if (q.next())
        record = readRecord(q);
    return record;
}

Result<bool> AcceptanceRepository::markOpened(const QString& invitationId, const QDateTime& now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE user_invitations SET opened_at = ? WHERE id = ? AND opened_at IS NULL"));
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(invitationId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("recording the page view"));
    return q.numRowsAffected() > 0;
}

Result<bool> AcceptanceRepository::claimForAcceptance(const QString& invitationId, int version,
                                                      const QDateTime& now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE user_invitations SET version = version + 1, updated_at = ? "
                             "WHERE id = ? AND status IN ('pending', 'sent') AND version = ? "
                             "AND expires_at > ?"));
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(invitationId);
    q.addBindValue(version);
    q.addBindValue(m_database.timeValue(now));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("claiming the invitation"));
    return q.numRowsAffected() == 1;
}

Result<bool> AcceptanceRepository::markAccepted(const QString& invitationId, int claimedVersion,
                                                const QString& userId, const QDateTime& now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE user_invitations SET status = 'accepted', accepted_at = ?, "
                             "accepted_user_id = ?, updated_at = ? "
                             "WHERE id = ? AND status IN ('pending', 'sent') AND version = ?"));
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(userId);
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(invitationId);
    q.addBindValue(claimedVersion);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("accepting the invitation"));
    return q.numRowsAffected() == 1;
}

Result<bool> AcceptanceRepository::accountExists(const QString& email)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE email = ?"));
    q.addBindValue(email.toLower());
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("checking for an account"));
    return q.next();
}

Result<void> AcceptanceRepository::ping()
{
    // Reads a table (not just SELECT 1): the schema must be there, and SQLite must reach its file.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("checking the database"));
    return {};
}

} // namespace invitedesk
