#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

namespace invitedesk {

enum class Backend { Sqlite, Postgres };

// A database location: sqlite:///abs/path.db or
// postgresql://user@host:port/db[?sslmode=...][&sslrootcert=PATH]
//   [&pooling=transaction[&listen_host=HOST][&listen_port=PORT]]
// The password never lives in the URL we keep; it comes from the environment or keychain.
// Without sslmode, a host beyond this machine gets verify-full (encrypted, the server's
// certificate checked against sslrootcert, libpq's default ~/.postgresql/root.crt, and its
// name); a loopback host keeps libpq's default (prefer).
struct DatabaseUrl {
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password; // only from a URL given on the command line; prefer the environment
    QString database;
    QString sslmode;     // as given; empty: effectiveSslmode() decides
    QString sslrootcert; // CA certificates (PEM) for verify-ca/verify-full; empty: libpq's
    // pooling=transaction: host:port is a pooler (PgBouncer) that hands each transaction any
    // server connection, so no connection keeps session state (PooledPgDriver); LISTEN, which
    // needs one session, goes straight to the server at listen_host:listen_port.
    bool transactionPooling = false;
    QString listenHost; // empty: host
    int listenPort = 0; // required with transaction pooling

    static Result<DatabaseUrl> parse(const QString& url);
    // sqlite:///<application data>/invitedesk.db
    static QString defaultUrl();
    // The URL, password included when it has one: parse(toString()) gives this URL back.
    // Never log or show it: display() is for that.
    QString toString() const;
    // The URL with its password as ***, safe to log and show.
    QString display() const;

    // PostgreSQL without a user: each person signs in with their own database login
    // (Database::openAsPerson); commands that sign nobody in connect as libpq's default user.
    bool signsInPeople() const { return backend == Backend::Postgres && user.isEmpty(); }
    // localhost, 127.0.0.0/8, ::1, or a Unix socket folder.
    bool isLocalHost() const;
    // sslmode, else verify-full for a host beyond this machine, else empty (libpq's default).
    QString effectiveSslmode() const;

    bool operator==(const DatabaseUrl&) const = default;

private:
    QStringList poolingQuery() const; // pooling, listen_host, listen_port as key=value
};

} // namespace invitedesk
