#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <QSqlDatabase>

namespace invitedesk {

// One write transaction; rolls back unless commit() succeeded. On SQLite it is BEGIN
// IMMEDIATE so that two writers queue on the busy timeout instead of failing to upgrade a
// read lock. On PostgreSQL, exclusive() additionally takes the transaction-scoped advisory
// lock that orders the audit chain.
class Transaction {
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

    // A savepoint lets one item of a bulk change fail (even on a constraint, which aborts a
    // PostgreSQL transaction) without undoing the others.
    bool savepoint();
    void releaseSavepoint();
    void rollbackToSavepoint();

    QSqlDatabase& db() { return m_db; }
    Database& database() { return m_database; }

private:
    Database& m_database;
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace invitedesk
