#include "tests/support/MigrationFixture.h"

#include "core/storage/Migrator.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>

namespace invitedesk::test {

DatabasePtr databaseAtVersion(int version, QString* error)
{
    const QString url = TestDatabase::createEmptyUrl(error);
    if (url.isEmpty())
        return nullptr;
    auto opened = Database::open(url);
    if (!opened) {
        *error = opened.error().message;
        return nullptr;
    }
    Migrator migrator(opened.value());
    auto reached = migrator.migrate(version);
    if (!reached || reached.value() != version) {
        *error = reached
                     ? QStringLiteral("migrated to %1, not %2").arg(reached.value()).arg(version)
                     : reached.error().message;
        return nullptr;
    }
    return opened.value();
}

bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    if (!q.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace invitedesk::test
