#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

namespace invitedesk {

// A person's own PostgreSQL login (migration 010; users.db_role): created when the person is
// added or accepts, its password kept equal to their InviteDesk password, LOGIN following
// whether the account is active. Runs inside the caller's transaction through the owner's
// function invitedesk_sync_login, so the login changes with the account or not at all and the
// caller needs no CREATEROLE. The password reaches the server only as a SCRAM-SHA-256 verifier
// made here by libpq (PQencryptPasswordConn). On SQLite nothing happens.
class PersonLoginRepository {
public:
    PersonLoginRepository(Database& database, const QSqlDatabase& db);

    // Creates the login when missing, sets its password when `password` is not empty, and
    // LOGIN or NOLOGIN from users.is_active. Without a password only an existing login
    // follows. Returns the login's name (empty on SQLite, or when there is none).
    Result<QString> sync(const QString& userId, const QString& password = {});

    // The login's name: "idk_" and 24 hex digits of SHA-256 over "<database>/<email>", as
    // migration 023's invitedesk_login_name makes it, so a desk can connect as a person
    // before it can ask the database anything.
    static QString loginName(const QString& database, const QString& email);

    // The SCRAM-SHA-256 verifier of `password`, computed by libpq on db's connection.
    static Result<QString> scramVerifier(const QSqlDatabase& db, const QString& password);

private:
    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
