#include "core/storage/ImportRepository.h"

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

QString ImportRepository::inJsonArray(const QString& column) const
{
    if (m_database.isPostgres())
        return column + QStringLiteral(" IN (SELECT json_array_elements_text(CAST(? AS json)))");
    return column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
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

Result<QSet<QString>> ImportRepository::existingAccounts(const QStringList& emails)
{
    if (emails.isEmpty())
        return QSet<QString>();
    return emailsWhere(QStringLiteral("SELECT email FROM users WHERE ") +
                           inJsonArray(QStringLiteral("email")),
                       {jsonArray(emails)});
}

Result<QSet<QString>> ImportRepository::openInvitations(const QString& organizationId,
                                                        const QStringList& emails)
{
    if (emails.isEmpty())
        return QSet<QString>();
    return emailsWhere(
        QStringLiteral("SELECT DISTINCT email FROM user_invitations WHERE organization_id = ? "
                       "AND status IN ('pending', 'sent') AND ") +
            inJsonArray(QStringLiteral("email")),
        {organizationId, jsonArray(emails)});
}

Result<QHash<QString, User>> ImportRepository::usersByEmail(const QStringList& emails)
{
    QHash<QString, User> users;
    if (emails.isEmpty())
        return users;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, email, role, is_active, parent_user_id, organization_id, "
                             "first_name, last_name FROM users WHERE ") +
              inJsonArray(QStringLiteral("email")));
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

Result<QByteArray> ImportRepository::lastAuditHash()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the audit log"));
    if (q.next())
        return q.value(0).toByteArray();
    return QByteArray(32, '\0');
}

} // namespace invitedesk
