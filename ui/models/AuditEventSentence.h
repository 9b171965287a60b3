#pragma once

#include "core/services/AuditService.h" // AuditEvent (ui sees storage through services)

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace invitedesk::ui {

// An audit event as a person reads it (issue 18, items 5 and 11): the one mapping from an
// event (its action and details) to a plain sentence in the current language, used by the
// invitation's timeline and by the audit page. "Reminder scheduled for Sun 6 Dec",
// "Invitation sent to ana@example.com; expires Fri 18 Dec", "Cancelled: duplicate". No
// internal ids (outbox, user, token ids stay in the log and its exports); dates in the
// locale's format and local time; values an erasure removed are called so.
class AuditEventSentence {
    Q_DECLARE_TR_FUNCTIONS(AuditEventSentence)
public:
    // What a reader knows beside the event: the invitation's expiry as of the event (the
    // timeline follows it through created, resent and changed events). Invalid: not known.
    struct Context {
        QDateTime expiresAt;
    };

    // The sentence; the server's reply, when there is one, is left to fullText().
    static QString sentence(const AuditEvent& event, const Context& context = {});
    // The sentence and what explains it (the mail server's own words), for a tooltip.
    static QString fullText(const AuditEvent& event, const Context& context = {});
    // The expiry an event sets (created, resent, expired, a changed expiry), else invalid.
    static QDateTime expiryAfter(const AuditEvent& event);

    // "Sun 6 Dec" in the current locale, local time (the year added when it is not
    // `sameYearAs`'s).
    static QString day(const QDateTime& moment, const QDateTime& sameYearAs = {});
    // "Sun 6 Dec, 14:30": day() and the locale's short time.
    static QString dayAndTime(const QDateTime& moment, const QDateTime& sameYearAs = {});
};

} // namespace invitedesk::ui
