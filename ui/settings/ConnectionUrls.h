#pragma once

#include "core/mail/MailUrl.h"
#include "core/settings/DatabaseUrl.h"

#include <QString>

namespace invitedesk::ui {

// The database URL as the settings dialog edits it: a SQLite file or PostgreSQL fields. Read
// and written through core's DatabaseUrl (its one parser and toString()); what the dialog does
// not show (sslrootcert) is kept from the URL it was read from.
struct DatabaseFields {
    bool postgres = false;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslmode; // empty: the default (verify-full beyond this machine)

    static DatabaseFields fromUrl(const QString& url);
    // Without a password: passwords never go into a URL we keep.
    QString toUrl() const;
    // The same URL with the password in it, only to open a test connection.
    QString toUrlWithPassword(const QString& password) const;
    // The fields the dialog shows are equal (whether the user changed anything).
    bool sameAs(const DatabaseFields& other) const;

private:
    DatabaseUrl m_read; // as read by fromUrl()
};

// The mail transport URL as the dialog edits it, read and written through core's MailUrl; what
// the dialog does not show (ca=, timeout=) is kept from the URL it was read from.
struct MailFields {
    using Tls = MailUrl::Tls;
    bool smtp = false;
    QString folder; // file:// transport; empty: the application data default
    QString host;
    int port = 0; // 0: the default for the TLS mode
    Tls tls = Tls::Auto;
    QString user;

    static MailFields fromUrl(const QString& url);
    // Empty for the default folder.
    QString toUrl() const;
    static int defaultPort(Tls tls) { return MailUrl::defaultPort(tls); }
    bool sameAs(const MailFields& other) const;

private:
    MailUrl m_read;
};

} // namespace invitedesk::ui
