#pragma once

#include "core/Error.h"
#include "core/domain/MailStatus.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace invitedesk {

// One message ready for the wire: envelope addresses and the RFC 5322 bytes (CRLF).
struct OutgoingMail {
    QString sender;    // envelope MAIL FROM address
    QString recipient; // envelope RCPT TO address
    QByteArray data;   // the whole message, CRLF line endings, not dot-stuffed
};

// What happened to one message of a batch.
struct DeliveryOutcome {
    enum class Status {
        Sent,         // 2xx after the data: the relay took it
        Deferred,     // 4xx, timeout or network error while it was in flight: retry later
        Rejected,     // 5xx (or a local check that can never pass): give up
        NotAttempted, // the connection broke or could not be made before its turn
    };
    Status status = Status::NotAttempted;
    int code = 0;  // the SMTP reply code; 0 when there was no reply
    QString reply; // the server's full reply line with its code ("550 5.1.1 no such user"),
                   // or what went wrong locally ("timeout: no reply within 30 s after DATA")
    // Who took it: a relay, or the file transport (saved to a folder, not delivered).
    DeliveryChannel channel = DeliveryChannel::Relay;
};

// Sends batches of messages. open() connects (and greets, upgrades, logs in) and reports
// an unreachable relay, a TLS failure or a refused login as Error::Environment; send()
// reuses the connection for every message of the batch and across batches until close().
// Not thread-safe: one transport per thread.
class MailTransport {
public:
    virtual ~MailTransport() = default;
    virtual QString describe() const = 0;
    virtual Result<void> open() = 0;
    // One outcome per message, in order. NotAttempted entries come with lastError() set.
    virtual QList<DeliveryOutcome> send(const QList<OutgoingMail>& batch) = 0;
    virtual void close() = 0;
    // Why the connection failed, when it did.
    virtual Error lastError() const = 0;
};

} // namespace invitedesk
