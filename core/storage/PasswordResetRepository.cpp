#include "core/storage/PasswordResetRepository.h"

#include "core/domain/MailStatus.h"

#include <QSqlQuery>

namespace invitedesk {

namespace {
// A reset with its person, the person's organisation and who asked for it; the last column
// is the link's expiry when looked up by a link.
const QString kColumns = QStringLiteral(
    "SELECT r.id, r.user_id, u.email, u.first_name, u.last_name, u.role, u.is_active, "
    "u.organization_id, o.name, o.display_name, r.requested_by_id, q.first_name, q.last_name, "
    "q.email, r.language, r.created_at, r.used_at, r.revoked_at, r.revoked_reason, ");
const QString kJoins = QStringLiteral("JOIN users u ON u.id = r.user_id "
                                      "JOIN organizations o ON o.id = u.organization_id "
                                      "JOIN users q ON q.id = r.requested_by_id ");

PasswordResetRecord readRecord(const QSqlQuery& q)
{
    PasswordResetRecord r;
    r.id = q.value(0).toString();
    r.userId = q.value(1).toString();
    r.email = q.value(2).toString();
    r.firstName = q.value(3).toString();
    r.lastName = q.value(4).toString();
    r.role = roles::fromName(q.value(5).toString()).value_or(Role::Doctor);
    r.userActive = q.value(6).toBool();
    r.organizationId = q.value(7).toString();
    const QString display = q.value(9).toString();
    r.organizationName = display.isEmpty() ? q.value(8).toString() : display;
    r.requestedById = q.value(10).toString();
    r.requestedByName =
        (q.value(11).toString() + QLatin1Char(' ') + q.value(12).toString()).trimmed();
    r.requestedByEmail = q.value(13).toString();
    r.language = q.value(14).toString();
    r.createdAt = Database::readTime(q.value(15));
    r.usedAt = Database::readTime(q.value(16));
    r.revokedAt = Database::readTime(q.value(17));
    r.revokedReason = q.value(18).toString();
    r.linkExpiresAt = Database::readTime(q.value(19));
    return r;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}
} // namespace

Result<void> PasswordResetRepository::insert(const QString& id, const QString& userId,
                                             const QString& requestedById, const QString& language,
                                             const QDateTime& now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO password_resets (id, user_id, requested_by_id, "
                             "language, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(userId);
    q.addBindValue(requestedById);
    q.addBindValue(language);
    q.addBindValue(m_database.timeValue(now));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("recording a password reset"));
    return {};
}

Result<int> PasswordResetRepository::revokeOpen(const QString& userId, const QString& reason,
                                                const QDateTime& now)
{
    // The queued e-mail first: a dispatcher rendering it locks the row (recordLinks) and
    // either commits its link before this (which the revocation then ends) or finds the row
    // cancelled and sends nothing.
    QSqlQuery cancel(m_db);
    cancel.prepare(QStringLiteral(
        "UPDATE email_outbox SET status = ?, claimed_by = NULL, claimed_until = NULL, "
        "last_error = ? WHERE status IN (?, ?) AND password_reset_id IN (SELECT id FROM "
        "password_resets WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL)"));
    cancel.addBindValue(mail_statuses::name(OutboxStatus::Cancelled));
    cancel.addBindValue(QStringLiteral("replaced at %1").arg(now.toUTC().toString(Qt::ISODate)));
    cancel.addBindValue(mail_statuses::name(OutboxStatus::Queued));
    cancel.addBindValue(mail_statuses::name(OutboxStatus::Sending));
    cancel.addBindValue(userId);
    if (!cancel.exec())
        return Database::fromSqlError(cancel.lastError(),
                                      QStringLiteral("cancelling a reset e-mail"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE password_resets SET revoked_at = ?, revoked_reason = ? "
                             "WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL"));
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(reason);
    q.addBindValue(userId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("revoking password resets"));
    return q.numRowsAffected();
}

Result<QString> PasswordResetRepository::invitationLanguage(const QString& userId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.language FROM users u JOIN user_invitations i ON i.id = "
                             "u.invitation_id WHERE u.id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading a user"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<QHash<QString, PasswordResetRecord>> PasswordResetRepository::byIds(const QStringList& ids)
{
    QHash<QString, PasswordResetRecord> out;
    for (qsizetype start = 0; start < ids.size(); start += 200) {
        const QStringList chunk = ids.mid(start, 200);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(kColumns + QStringLiteral("NULL FROM password_resets r ") + kJoins +
                  QStringLiteral("WHERE r.id IN (%1)").arg(placeholders(chunk.size())));
        for (const QString& id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return Database::fromSqlError(q.lastError(), QStringLiteral("reading password resets"));
        while (q.next()) {
            const PasswordResetRecord r = readRecord(q);
            out.insert(r.id, r);
        }
    }
    return out;
}

Result<std::optional<PasswordResetRecord>>
PasswordResetRepository::findByTokenHash(const QByteArray& tokenHash)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // PostgreSQL: through the owner function (022), the same columns, for `serve`'s login.
    q.prepare(m_database.isPostgres()
                  ? QStringLiteral("SELECT * FROM invitedesk_password_reset_by_link(?)")
                  : kColumns +
                        QStringLiteral("l.expires_at FROM password_reset_links l "
                                       "JOIN password_resets r ON r.id = l.reset_id ") +
                        kJoins + QStringLiteral("WHERE l.token_hash = ?"));
    q.addBindValue(tokenHash);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("looking up a reset link"));
    std::optional<PasswordResetRecord> record;
    if (q.next())
        record = readRecord(q);
    return record;
}

Result<void> PasswordResetRepository::insertLinks(const QList<PasswordResetLink>& links,
                                                  const QDateTime& now)
{
    const QVariant at = m_database.timeValue(now);
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO password_reset_links (token_hash, reset_id, "
                                  "created_at, expires_at) VALUES (?, ?, ?, ?)")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("preparing a reset link"));
    for (const PasswordResetLink& link : links) {
        q.bindValue(0, link.tokenHash);
        q.bindValue(1, link.resetId);
        q.bindValue(2, at);
        q.bindValue(3, m_database.timeValue(link.expiresAt));
        if (!q.exec())
            return Database::fromSqlError(q.lastError(), QStringLiteral("recording a reset link"));
    }
    return {};
}

Result<bool> PasswordResetRepository::markUsed(const QString& resetId, const QByteArray& tokenHash,
                                               const QDateTime& now)
{
    const QVariant at = m_database.timeValue(now);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE password_resets SET used_at = ? WHERE id = ? AND used_at IS NULL AND "
        "revoked_at IS NULL AND EXISTS (SELECT 1 FROM password_reset_links l WHERE "
        "l.token_hash = ? AND l.reset_id = password_resets.id AND l.expires_at > ?) AND "
        "EXISTS (SELECT 1 FROM users u WHERE u.id = password_resets.user_id AND "
        "u.is_active = ?)"));
    q.addBindValue(at);
    q.addBindValue(resetId);
    q.addBindValue(tokenHash);
    q.addBindValue(at);
    q.addBindValue(m_database.boolValue(true));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("using a password reset"));
    return q.numRowsAffected() == 1;
}

Result<bool> PasswordResetRepository::resetByLink(const QByteArray& tokenHash,
                                                  const QString& passwordHash,
                                                  const QString& loginVerifier,
                                                  const QDateTime& now)
{
    QSqlQuery q(m_db);
    if (!Database::exec(q,
                        QStringLiteral("SELECT invitedesk_reset_password_by_link(?, ?, ?, "
                                       "CAST(? AS timestamptz))"),
                        {tokenHash, passwordHash, loginVerifier, m_database.timeValue(now)}) ||
        !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("using a password reset"));
    return q.value(0).toString() == QLatin1String("reset");
}

} // namespace invitedesk
