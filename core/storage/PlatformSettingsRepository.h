#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPlatform)

namespace invitedesk {

// The platform_settings table: values the whole deployment shares (the public base URL of
// invitation links). Writes belong to OrganizationService, which audits them.
class PlatformSettingsRepository {
public:
    PlatformSettingsRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    // The stored public base URL of links; empty when the database holds none.
    Result<QString> publicUrl();
    // Stores it (empty: removes it, so each desk's own setting applies again).
    Result<void> setPublicUrl(const QString& url, const QString& actorId, const QDateTime& now);

    // The base URL of invitation links, the one rule for enqueue and render time: the value
    // stored in the database when there is one, else `configured` (the desk's setting,
    // INVITEDESK_PUBLIC_URL or --public-url). A configured value that the stored one
    // overrides is logged once per process as a warning naming both.
    Result<QString> linkBase(const QString& configured);
    // The same rule on values at hand.
    static QString resolveLinkBase(const QString& stored, const QString& configured);

private:
    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
