#pragma once

#include "core/storage/Database.h"

#include <QString>

namespace invitedesk::test {

// The backend a storage/service test runs on: INVITEDESK_TEST_BACKEND=sqlite|postgres
// (CTest registers such tests once per backend). PostgreSQL comes from
// INVITEDESK_TEST_PG_URL, which scripts/test.sh exports after starting its server.
class TestDatabase {
public:
    static Backend backend();
    static QString backendName();

    // A fresh, empty, migrated database: a new SQLite file in a temporary folder, or a new
    // database on the test PostgreSQL server. Returns its URL (and sets *error on failure).
    static QString createUrl(QString* error);
    // createUrl() and open it.
    static DatabasePtr create(QString* error);
    // A fresh database without migrations (for the migrator's own tests).
    static QString createEmptyUrl(QString* error);
};

} // namespace invitedesk::test

// For initTestCase(): fail, never skip, when the backend is unavailable.
#define INVITEDESK_REQUIRE_DB(ptrVar)                                                              \
    do {                                                                                           \
        QString _dbError;                                                                          \
        ptrVar = ::invitedesk::test::TestDatabase::create(&_dbError);                              \
        if (!ptrVar)                                                                               \
            QFAIL(                                                                                 \
                qPrintable(QStringLiteral("Cannot create a %1 test database: %2")                  \
                               .arg(::invitedesk::test::TestDatabase::backendName(), _dbError)));  \
    } while (0)
