#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace invitedesk {

class InvitationChangeFeed;

// What the services need from the deployment. Filled by the app from settings, environment
// and command line; tests inject a clock.
struct ServiceConfig {
    QString publicUrl = QStringLiteral("http://127.0.0.1:8080"); // base of the link in e-mails
    QString mailFrom;                                            // empty: derived from publicUrl
    QString defaultLanguage = QStringLiteral("en");
    std::function<QDateTime()> clock; // UTC now; empty = system clock
    // The Ed25519 key file that signs audit checkpoints (INVITEDESK_AUDIT_KEY, audit/key_file);
    // its checkpoint log lies beside it. Empty: no checkpoints are made or checked.
    QString auditKeyPath;
    // Told the ids of invitations a service changed outside the desk's own actions (an
    // acceptance, a first look), after the commit. Not owned; outlives the services given
    // it (the desk's in-process handler). Null: nobody is told.
    InvitationChangeFeed* changes = nullptr;

    QDateTime now() const { return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc(); }
};

} // namespace invitedesk
