#pragma once

#include "core/Error.h"
#include "core/mail/MailTransport.h"

#include <QThread>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace invitedesk {

// Runs one MailTransport on a thread of its own, so that the outbox dispatcher can claim,
// render and record the next batch while this one is on the wire. The transport is made,
// opened, used and closed on that one thread (its socket belongs there); the caller gets
// each batch's outcomes through a std::future. (Not QtConcurrent: waiting on a QFuture may
// run a task that has not started yet on the waiting thread, which a socket must not see.)
class TransportThread {
public:
    using Factory = std::function<Result<std::unique_ptr<MailTransport>>()>;
    struct BatchResult {
        QList<DeliveryOutcome> outcomes; // one per message
        std::optional<Error> setupError; // the factory refused (bad URL): nothing was sent
        QString relayError;              // open failed or the connection broke
    };

    explicit TransportThread(Factory factory);
    ~TransportThread();
    TransportThread(const TransportThread&) = delete;
    TransportThread& operator=(const TransportThread&) = delete;

    // Makes and opens the transport on first use; later batches reuse its connection.
    std::future<BatchResult> send(QList<OutgoingMail> batch);
    // QUIT and destroy the transport (on its thread); waits. Safe to call twice.
    void close();

private:
    BatchResult sendOnThread(const QList<OutgoingMail>& batch);

    Factory m_factory;
    QThread m_thread;
    QObject* m_context = nullptr;               // lives on m_thread; runs the work
    std::unique_ptr<MailTransport> m_transport; // touched only on m_thread
};

} // namespace invitedesk
