#pragma once

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace invitedesk::test {

// For the migrations' upgrade tests, which write rows in an older schema and migrate them on:
// a fresh database of the test backend migrated up to `version` only (null, and *error, when
// it cannot be made or did not reach that version).
DatabasePtr databaseAtVersion(int version, QString* error);
// Prepares `sql`, binds `binds` in order and runs it; a statement that fails is logged with its
// text and the error.
bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds = {});

} // namespace invitedesk::test
