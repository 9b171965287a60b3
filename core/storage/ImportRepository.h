#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSet>

namespace invitedesk {

// The look-ups a bulk import needs, each one query for the whole file (the e-mails travel as
// one JSON array parameter), instead of a few queries per row.
class ImportRepository {
public:
    ImportRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    // Which of `emails` (lower-case) already have an account, and which have an open (pending
    // or sent) invitation in the organisation. One query, so the list travels and is expanded
    // once (about 0.1 s less for 100,000 e-mails than two look-ups).
    struct TakenEmails {
        QSet<QString> accounts;
        QSet<QString> openInvitations;
    };
    Result<TakenEmails> takenEmails(const QString& organizationId, const QStringList& emails);
    // The users with these e-mails, by e-mail (id, role, is_active, parent_user_id filled).
    Result<QHash<QString, User>> usersByEmail(const QStringList& emails);
    // Ids of the user and everyone below it.
    Result<QSet<QString>> downlineIds(const QString& rootUserId);
    // After a large import has committed: refresh the planner's statistics (PostgreSQL).
    void refreshStatistics();
    // SQLite: a page cache big enough for a large import's indexes (the default 2 MiB makes
    // SQLite spill and re-read pages all the time). Returns the previous setting for
    // restoreCacheSize(); no-op on PostgreSQL.
    int enlargeCache();
    void restoreCacheSize(int previous);

private:
    // "WITH wanted(email) AS (<the JSON array's elements>) " for this backend; one bound value.
    QString wantedCte() const;
    Result<QSet<QString>> emailsWhere(const QString& sql, const QVariantList& binds);

    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
