#include "core/storage/ApiTokenRepository.h"

#include "core/storage/UserRepository.h"

#include <QSqlQuery>

namespace invitedesk {

namespace {
const QString kColumns = QStringLiteral(
    "t.id, t.user_id, u.email, t.name, t.read_only, t.created_at, t.expires_at, t.revoked_at, "
    "t.revoked_by_id, t.last_used_at");
constexpr int kColumnCount = 10;
const QString kSelect = QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM api_tokens t JOIN users u ON u.id = t.user_id ");

ApiToken readToken(const QSqlQuery& q)
{
    ApiToken t;
    t.id = q.value(0).toString();
    t.userId = q.value(1).toString();
    t.userEmail = q.value(2).toString();
    t.name = q.value(3).toString();
    t.readOnly = q.value(4).toBool();
    t.createdAt = Database::readTime(q.value(5));
    t.expiresAt = Database::readTime(q.value(6));
    t.revokedAt = Database::readTime(q.value(7));
    t.revokedById = q.value(8).toString();
    t.lastUsedAt = Database::readTime(q.value(9));
    return t;
}
} // namespace

Result<void> ApiTokenRepository::insert(const ApiToken& token, const QByteArray& tokenHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO api_tokens (id, user_id, name, token_hash, read_only, "
                             "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(token.id);
    q.addBindValue(token.userId);
    q.addBindValue(token.name);
    q.addBindValue(tokenHash);
    q.addBindValue(m_database.boolValue(token.readOnly));
    q.addBindValue(m_database.timeValue(token.createdAt));
    q.addBindValue(m_database.timeValue(token.expiresAt));
    if (!q.exec()) {
        if (Database::isUniqueViolation(q.lastError()))
            return Error::make(
                Error::Code::Conflict,
                QStringLiteral("You already have a token named \"%1\".").arg(token.name),
                QStringLiteral("name"));
        return Database::fromSqlError(q.lastError(), QStringLiteral("storing an API token"));
    }
    return {};
}

Result<QList<ApiToken>> ApiTokenRepository::select(const QString& where, const QVariantList& binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + where);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading API tokens"));
    QList<ApiToken> list;
    while (q.next())
        list.append(readToken(q));
    return list;
}

Result<std::optional<ApiTokenRepository::WithUser>>
ApiTokenRepository::findWithUser(const QByteArray& tokenHash)
{
    // Every API request runs this: the statement is kept prepared on the connection.
    static const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") +
                               UserRepository::userColumns() +
                               QStringLiteral(" FROM api_tokens t JOIN users u ON u.id = "
                                              "t.user_id JOIN organizations o ON o.id = "
                                              "u.organization_id WHERE t.token_hash = ?");
    QSqlQuery q;
    if (!Database::execReusable(q, m_db, sql, {tokenHash}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading an API token"));
    std::optional<WithUser> found;
    if (q.next())
        found = WithUser{readToken(q), UserRepository::readUser(q, kColumnCount)};
    q.finish();
    return found;
}

Result<bool> ApiTokenRepository::touch(const QString& id, const QDateTime& at,
                                       const QDateTime& notBefore)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND "
                             "(last_used_at IS NULL OR last_used_at < ?)"));
    q.addBindValue(m_database.timeValue(at));
    q.addBindValue(id);
    q.addBindValue(m_database.timeValue(notBefore));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("noting an API token's use"));
    return q.numRowsAffected() == 1;
}

Result<std::optional<ApiToken>> ApiTokenRepository::findByHash(const QByteArray& tokenHash)
{
    auto found = select(QStringLiteral("WHERE t.token_hash = ?"), {tokenHash});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ApiToken>();
    return std::optional<ApiToken>(found->first());
}

Result<QList<ApiToken>> ApiTokenRepository::listForUser(const QString& userId)
{
    return select(QStringLiteral("WHERE t.user_id = ? ORDER BY t.created_at DESC, t.id DESC"),
                  {userId});
}

Result<std::optional<ApiToken>> ApiTokenRepository::findLive(const QString& userId,
                                                             const QString& nameOrId)
{
    // Compared as text: on PostgreSQL a name is no uuid.
    auto found = select(QStringLiteral("WHERE t.user_id = ? AND t.revoked_at IS NULL AND "
                                       "(t.name = ? OR CAST(t.id AS text) = ?)"),
                        {userId, nameOrId, nameOrId.toLower()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ApiToken>();
    return std::optional<ApiToken>(found->first());
}

Result<bool> ApiTokenRepository::revoke(const QString& id, const QString& byUserId,
                                        const QDateTime& now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE api_tokens SET revoked_at = ?, revoked_by_id = ? "
                             "WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(byUserId);
    q.addBindValue(id);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("revoking an API token"));
    return q.numRowsAffected() == 1;
}

} // namespace invitedesk
