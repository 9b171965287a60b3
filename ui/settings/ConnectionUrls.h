#pragma once

#include <QString>

namespace invitedesk::ui {

// The database URL as the settings dialog edits it: a SQLite file or PostgreSQL fields.
struct DatabaseFields {
    bool postgres = false;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslmode; // empty: the driver's default

    static DatabaseFields fromUrl(const QString& url);
    // Without a password: passwords never go into a URL we keep.
    QString toUrl() const;
    // The same URL with the password in it, only to open a test connection.
    QString toUrlWithPassword(const QString& password) const;
};

// The mail transport URL (the format of core/mail/MailUrl) as the dialog edits it.
struct MailFields {
    enum class Tls { Auto, None, StartTls, Implicit };
    bool smtp = false;
    QString folder; // file:// transport; empty: the application data default
    QString host;
    int port = 0; // 0: the default for the TLS mode
    Tls tls = Tls::Auto;
    QString user;

    static MailFields fromUrl(const QString& url);
    QString toUrl() const;
    static int defaultPort(Tls tls);
};

} // namespace invitedesk::ui
