#include "core/storage/ImportRepository.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/storage/StatusBinding.h"
#include "core/storage/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace invitedesk {

namespace {
QString jsonArray(const QStringList& values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}
} // namespace

QString ImportRepository::wantedCte() const
{
    // Materialised so the array is expanded once, whatever plan the statistics suggest
    // (right after a bulk load they may say the table is empty, and a plan that re-expands
    // a 100,000-element array per row would never finish).
    if (m_database.isPostgres())
        return QStringLiteral("WITH wanted(email) AS MATERIALIZED "
                              "(SELECT json_array_elements_text(CAST(? AS json))) ");
    return QStringLiteral("WITH wanted(email) AS MATERIALIZED (SELECT value FROM json_each(?)) ");
}

Result<QSet<QString>> ImportRepository::emailsWhere(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::fromSqlError(q.lastError(), QStringLiteral("checking the file's e-mails"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("checking the file's e-mails"));
    QSet<QString> found;
    while (q.next())
        found.insert(q.value(0).toString());
    return found;
}

Result<ImportRepository::TakenEmails> ImportRepository::takenEmails(const QString& organizationId,
                                                                    const QStringList& emails)
{
    TakenEmails taken;
    if (emails.isEmpty())
        return taken;
    // One index probe per e-mail, whatever the statistics say: an import asks chunk after
    // chunk while its own (not yet visible) rows grow the table, and a hash join would scan
    // all of them every time. On PostgreSQL LATERAL ... LIMIT 1 keeps the probe a nested
    // loop. On SQLite CROSS JOIN fixes the order (the e-mails outside, the table probed by
    // its e-mail index): with the statuses bound, SQLite cannot prove the partial
    // open-invitation index applies and would otherwise scan every open invitation through
    // the status index for each chunk (100,000 open invitations: a dry run at a third of
    // the speed).
    const QString sql =
        m_database.isPostgres()
            ? QStringLiteral(
                  "SELECT 1, w.email FROM wanted w, LATERAL (SELECT 1 FROM users u "
                  "WHERE u.email = w.email LIMIT 1) a "
                  "UNION ALL "
                  "SELECT 2, w.email FROM wanted w, LATERAL (SELECT 1 FROM user_invitations i "
                  "WHERE i.email = w.email AND i.organization_id = CAST(? AS uuid) "
                  "AND i.status IN (%1) LIMIT 1) o")
            : QStringLiteral("SELECT 1, u.email FROM wanted w CROSS JOIN users u "
                             "ON u.email = w.email "
                             "UNION ALL "
                             "SELECT 2, i.email FROM wanted w CROSS JOIN user_invitations i "
                             "ON i.email = w.email "
                             "WHERE i.organization_id = ? AND i.status IN (%1)");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(wantedCte() + sql.arg(status_sql::placeholders(lifecycle::openStatuses()))))
        return Database::fromSqlError(q.lastError(), QStringLiteral("checking the file's e-mails"));
    q.addBindValue(jsonArray(emails));
    q.addBindValue(organizationId);
    for (const QVariant& status : status_sql::values(lifecycle::openStatuses()))
        q.addBindValue(status);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("checking the file's e-mails"));
    while (q.next()) {
        if (q.value(0).toInt() == 1)
            taken.accounts.insert(q.value(1).toString());
        else
            taken.openInvitations.insert(q.value(1).toString());
    }
    return taken;
}

Result<QHash<QString, User>> ImportRepository::usersByEmail(const QStringList& emails)
{
    QHash<QString, User> users;
    if (emails.isEmpty())
        return users;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(wantedCte() +
              QStringLiteral("SELECT u.id, u.email, u.role, u.is_active, u.parent_user_id, "
                             "u.organization_id, u.first_name, u.last_name FROM users u "
                             "JOIN wanted w ON w.email = u.email"));
    q.addBindValue(jsonArray(emails));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading uplines"));
    while (q.next()) {
        User u;
        u.id = q.value(0).toString();
        u.email = q.value(1).toString();
        u.role = roles::fromName(q.value(2).toString()).value_or(Role::Doctor);
        u.isActive = q.value(3).toBool();
        u.parentUserId = q.value(4).toString();
        u.organizationId = q.value(5).toString();
        u.firstName = q.value(6).toString();
        u.lastName = q.value(7).toString();
        users.insert(u.email, u);
    }
    return users;
}

Result<QSet<QString>> ImportRepository::downlineIds(const QString& rootUserId)
{
    return emailsWhere(UserRepository::downlineCte() + QStringLiteral("SELECT id FROM downline"),
                       {rootUserId});
}

void ImportRepository::refreshStatistics()
{
    if (!m_database.isPostgres())
        return;
    // PostgreSQL's advice after a bulk load: ANALYZE, so the next queries plan with the real
    // row counts instead of waiting for autovacuum. Only the table the look-ups and the
    // lists read, and only the columns their WHERE clauses select on (the import's e-mail
    // look-ups, the status/type filters, visibility): half the time of the whole table
    // (0.12 s instead of 0.27 s after 100,000 rows); autovacuum, which a bulk load triggers
    // anyway, fills in the rest. Needs ownership, harmless without.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ANALYZE user_invitations (email, organization_id, status, "
                               "invitation_type, invited_by_id, parent_user_id)")))
        qCDebug(lcDb) << "ANALYZE after the import failed:" << q.lastError().text();
}

int ImportRepository::enlargeCache()
{
    if (m_database.isPostgres())
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return 0;
    const int previous = q.value(0).toInt();
    // Negative: KiB. Allocated as pages are used, so a small import costs nothing extra.
    q.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    return previous;
}

void ImportRepository::restoreCacheSize(int previous)
{
    if (m_database.isPostgres() || previous == 0)
        return;
    QSqlQuery q(m_db);
    // An integer from the pragma itself, not input.
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous));
}

} // namespace invitedesk
