#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace invitedesk {

// A mail server's reply in plain words (issue 18, item 3), for people who do not read SMTP:
// the one mapping from a stored reply (last_email_error, "550 5.1.1 <x@y>: no such user") to
// what it means. The desk shows it beside the server's own words.
class DeliveryExplanation {
    Q_DECLARE_TR_FUNCTIONS(DeliveryExplanation)
public:
    enum class Kind {
        None,            // nothing to explain (no reply, or one not recognised)
        NoSuchAddress,   // 5.1.1: the mailbox does not exist
        RefusedByPolicy, // 5.7.x: the receiving server refused it (policy, spam, relay)
        RefusedForGood,  // any other 5xx
        RefusedForNow,   // 4xx / 4.x.x: the outbox tries again
    };

    // What `reply` says. An enhanced status code (RFC 3463, "5.1.1") wins over the basic one.
    static Kind classify(const QString& reply);
    // The explanation in the current language; `nextAttempt` (local time shown as HH:MM) is
    // when the outbox tries again, for a "for now" refusal (invalid: not known). Empty for
    // Kind::None.
    static QString explain(const QString& reply, const QDateTime& nextAttempt = {});
};

} // namespace invitedesk
