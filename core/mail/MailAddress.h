#pragma once

#include "core/Error.h"

#include <QString>

namespace invitedesk {

// One mailbox: an optional display name and an address. parse() accepts "addr@host",
// "Name <addr@host>" and "\"Name\" <addr@host>" (settings, INVITEDESK_MAIL_FROM, reply-to).
struct MailAddress {
    QString name;
    QString address;

    bool isEmpty() const { return address.isEmpty(); }
    QString domain() const { return address.mid(address.lastIndexOf(QLatin1Char('@')) + 1); }
    // True when the local part is not ASCII: such an address needs SMTPUTF8.
    bool needsUtf8() const;
    // "Name <addr>" for people (not encoded).
    QString display() const;

    static Result<MailAddress> parse(const QString& text, const QString& field);
    static bool looksLikeAddress(const QString& address);
};

} // namespace invitedesk
