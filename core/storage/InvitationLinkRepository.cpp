#include "core/storage/InvitationLinkRepository.h"

#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace invitedesk {

Result<void> InvitationLinkRepository::insertMany(Transaction& tx,
                                                  const QList<InvitationLink>& links,
                                                  const QDateTime& now)
{
    Database& database = tx.database();
    const int kChunk = database.insertChunkRows();
    const QVariant at = database.timeValue(now);
    for (qsizetype start = 0; start < links.size(); start += kChunk) {
        const qsizetype end = std::min<qsizetype>(links.size(), start + kChunk);
        QString sql = QStringLiteral(
            "INSERT INTO invitation_links (token_hash, invitation_id, kind, created_at) VALUES ");
        for (qsizetype i = start; i < end; ++i)
            sql += i == start ? QStringLiteral("(?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?)");
        QSqlQuery q(tx.db());
        if (!q.prepare(sql))
            return Database::fromSqlError(q.lastError(), QStringLiteral("preparing a link"));
        for (qsizetype i = start; i < end; ++i) {
            const InvitationLink& link = links.at(i);
            q.addBindValue(link.tokenHash);
            q.addBindValue(link.invitationId);
            q.addBindValue(link.kind);
            q.addBindValue(at);
        }
        if (!q.exec())
            return Database::fromSqlError(q.lastError(), QStringLiteral("recording a link"));
    }
    return {};
}

Result<int> InvitationLinkRepository::revokeAll(Transaction& tx, const QString& invitationId,
                                                const QString& reason, const QDateTime& now)
{
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral("UPDATE invitation_links SET revoked_at = ?, revoked_reason = ? "
                             "WHERE invitation_id = ? AND revoked_at IS NULL"));
    q.addBindValue(tx.database().timeValue(now));
    q.addBindValue(reason);
    q.addBindValue(invitationId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("revoking links"));
    return q.numRowsAffected();
}

} // namespace invitedesk
