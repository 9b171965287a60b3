#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace invitedesk {

Transaction::Transaction(Database& database) : m_database(database) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::begin()
{
    // A dropped PostgreSQL connection shows only when used: retry the BEGIN once on a fresh
    // connection, which is safe because nothing has happened yet.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto conn = m_database.connection();
        if (!conn)
            return conn.error();
        m_db = conn.value();
        QSqlQuery q(m_db);
        const bool ok = m_database.isPostgres() ? q.exec(QStringLiteral("BEGIN"))
                                                : q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (ok) {
            m_active = true;
            return {};
        }
        if (attempt == 0 && Database::isConnectionError(q.lastError())) {
            m_database.resetConnection();
            continue;
        }
        return Database::fromSqlError(q.lastError(), QStringLiteral("starting a transaction"));
    }
    return Error::make(Error::Code::Environment, QStringLiteral("The database is unreachable."),
                       QStringLiteral("database"));
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error::make(Error::Code::Internal, QStringLiteral("No transaction to commit."));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = Database::fromSqlError(q.lastError(), QStringLiteral("committing"));
        rollback();
        return e;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

bool Transaction::savepoint()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SAVEPOINT item"));
}

void Transaction::releaseSavepoint()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("RELEASE SAVEPOINT item"));
}

void Transaction::rollbackToSavepoint()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT item"));
}

} // namespace invitedesk
