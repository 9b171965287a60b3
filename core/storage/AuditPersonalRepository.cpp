#include "core/storage/AuditPersonalRepository.h"

#include "core/domain/AuditPersonalData.h"
#include "core/storage/postgres/PgCopy.h"
#include "core/storage/postgres/PgCopyBinary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace invitedesk {

namespace {
// Below this many rows a multi-row INSERT costs less than opening a COPY.
constexpr qsizetype kCopyFrom = 64;

Error readError(const QSqlQuery& q)
{
    return Database::fromSqlError(q.lastError(), QStringLiteral("reading the audit log"));
}
} // namespace

Result<qint64> AuditPersonalRepository::insertAfter(qint64 afterSeq,
                                                    const QHash<QByteArray, QByteArray>& byHash)
{
    QList<QPair<qint64, QByteArray>> rows;
    rows.reserve(byHash.size());
    qint64 newest = afterSeq;
    {
        // Only this transaction writes events after afterSeq (the chain's lock), in chain
        // order: the events just written, found by their hashes.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT seq, hash FROM audit_events WHERE seq > ? ORDER BY seq ASC"));
        q.addBindValue(afterSeq);
        if (!q.exec())
            return readError(q);
        while (q.next()) {
            newest = q.value(0).toLongLong();
            const auto it = byHash.constFind(q.value(1).toByteArray());
            if (it != byHash.constEnd())
                rows.append({newest, it.value()});
        }
    }
    if (rows.size() != byHash.size())
        return Error::make(Error::Code::Internal,
                           QStringLiteral("%1 of the audit events just written were not found "
                                          "to store their personal data with.")
                               .arg(byHash.size() - rows.size()));
    if (auto r = writeRows(rows); !r)
        return r.error();
    return newest;
}

Result<void> AuditPersonalRepository::writeRows(const QList<QPair<qint64, QByteArray>>& rows)
{
    static const QStringList columns{QStringLiteral("seq"), QStringLiteral("data")};
    if (m_database.isPostgres() && PgCopy::isAvailable() && rows.size() >= kCopyFrom) {
        namespace bin = pg_copy_binary;
        QByteArray data;
        for (const auto& [seq, json] : rows) {
            bin::rowStart(data, 2);
            bin::int8(data, seq);
            bin::jsonb(data, json);
        }
        return PgCopy::copyIn(m_db, QStringLiteral("audit_personal"), columns, data,
                              PgCopy::Format::Binary);
    }
    const int chunk = m_database.insertChunkRows();
    for (qsizetype start = 0; start < rows.size(); start += chunk) {
        const qsizetype end = std::min<qsizetype>(rows.size(), start + chunk);
        QString sql = QStringLiteral("INSERT INTO audit_personal (seq, data) VALUES ");
        QVariantList binds;
        for (qsizetype i = start; i < end; ++i) {
            sql += (i == start ? QStringLiteral("(?, ?)") : QStringLiteral(", (?, ?)"));
            binds << rows.at(i).first << QString::fromUtf8(rows.at(i).second);
        }
        QSqlQuery q(m_db);
        if (!Database::exec(q, sql, binds))
            return Database::fromSqlError(
                q.lastError(), QStringLiteral("writing the personal data of an audit event"));
    }
    return {};
}

Result<QList<qint64>> AuditPersonalRepository::seqs(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q, sql, binds))
        return readError(q);
    QList<qint64> found;
    while (q.next())
        found.append(q.value(0).toLongLong());
    return found;
}

QString AuditPersonalRepository::containsPattern(const QString& email)
{
    QString escaped = email.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Result<QList<qint64>> AuditPersonalRepository::eventsAbout(const QString& email)
{
    const bool pg = m_database.isPostgres();
    QSet<qint64> about;

    // About an invitation to the address.
    auto byInvitation = seqs(
        QStringLiteral("SELECT p.seq FROM audit_personal p JOIN audit_events a ON a.seq = p.seq "
                       "JOIN user_invitations i ON i.id = a.invitation_id WHERE i.email = ?"),
        {email});
    if (!byInvitation)
        return byInvitation.error();
    about.unite(QSet<qint64>(byInvitation->cbegin(), byInvitation->cend()));

    // About the user with the address (the subject's id is in the hashed details).
    const QString subject = pg ? QStringLiteral("CAST(u.id AS text) = a.details ->> 'user_id'")
                               : QStringLiteral("u.id = json_extract(a.details, '$.user_id')");
    auto byUser = seqs(QStringLiteral("SELECT p.seq FROM audit_personal p "
                                      "JOIN audit_events a ON a.seq = p.seq "
                                      "JOIN users u ON %1 WHERE u.email = ?")
                           .arg(subject),
                       {email});
    if (!byUser)
        return byUser.error();
    about.unite(QSet<qint64>(byUser->cbegin(), byUser->cend()));

    // Naming the address: the text search finds the candidates, the domain's rule decides
    // ("jimbob@x.com" contains "bob@x.com" but does not name it).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q,
                        QStringLiteral("SELECT seq, data FROM audit_personal "
                                       "WHERE lower(CAST(data AS text)) LIKE ? ESCAPE '\\'"),
                        {containsPattern(email)}))
        return readError(q);
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (audit_personal_data::mentions(QJsonValue(data), email))
            about.insert(q.value(0).toLongLong());
    }

    QList<qint64> list(about.cbegin(), about.cend());
    std::sort(list.begin(), list.end());
    return list;
}

Result<qint64> AuditPersonalRepository::erase(const QList<qint64>& seqs)
{
    qint64 erased = 0;
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < seqs.size(); start += kChunk) {
        const QList<qint64> part = seqs.mid(start, kChunk);
        QStringList marks;
        QVariantList binds;
        for (qint64 seq : part) {
            marks << QStringLiteral("?");
            binds << seq;
        }
        QSqlQuery q(m_db);
        if (!Database::exec(q,
                            QStringLiteral("DELETE FROM audit_personal WHERE seq IN (%1)")
                                .arg(marks.join(QStringLiteral(", "))),
                            binds))
            return Database::fromSqlError(
                q.lastError(), QStringLiteral("erasing personal data from the audit log"));
        erased += q.numRowsAffected();
    }
    return erased;
}

Result<qint64> AuditPersonalRepository::hashedEventsNaming(const QString& email)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Database::exec(q,
                        QStringLiteral("SELECT details FROM audit_events "
                                       "WHERE lower(CAST(details AS text)) LIKE ? ESCAPE '\\'"),
                        {containsPattern(email)}))
        return readError(q);
    qint64 naming = 0;
    while (q.next()) {
        const QJsonObject details =
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (audit_personal_data::mentions(QJsonValue(details), email))
            ++naming;
    }
    return naming;
}

} // namespace invitedesk
