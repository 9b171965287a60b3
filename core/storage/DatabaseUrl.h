#pragma once

#include "core/Error.h"

#include <QString>

namespace invitedesk {

enum class Backend { Sqlite, Postgres };

// A database location: sqlite:///abs/path.db or postgresql://user@host:port/db?sslmode=...
// The password never lives in the URL we keep; it comes from the environment or keychain.
struct DatabaseUrl {
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password; // only from a URL given on the command line; prefer the environment
    QString database;
    QString sslmode;

    static Result<DatabaseUrl> parse(const QString& url);
    // sqlite:///<application data>/invitedesk.db
    static QString defaultUrl();
    // The URL without its password, safe to log and show.
    QString display() const;
};

} // namespace invitedesk
