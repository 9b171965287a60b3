#include "core/mail/TransportThread.h"

#include <QMetaObject>

namespace invitedesk {

TransportThread::TransportThread(Factory factory) : m_factory(std::move(factory))
{
    m_thread.setObjectName(QStringLiteral("invitedesk-mail-transport"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

TransportThread::~TransportThread()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

std::future<TransportThread::BatchResult> TransportThread::send(QList<OutgoingMail> batch)
{
    auto promise = std::make_shared<std::promise<BatchResult>>();
    std::future<BatchResult> future = promise->get_future();
    QMetaObject::invokeMethod(
        m_context,
        [this, promise, batch = std::move(batch)] { promise->set_value(sendOnThread(batch)); },
        Qt::QueuedConnection);
    return future;
}

TransportThread::BatchResult TransportThread::sendOnThread(const QList<OutgoingMail>& batch)
{
    BatchResult result;
    auto notAttempted = [&](const QString& why) {
        result.relayError = why;
        result.outcomes = QList<DeliveryOutcome>(batch.size());
        for (auto& o : result.outcomes)
            o.reply = why;
        return result;
    };
    if (!m_transport) {
        auto made = m_factory();
        if (!made) {
            result.setupError = made.error();
            return notAttempted(made.error().message);
        }
        m_transport = std::move(made.value());
        if (auto opened = m_transport->open(); !opened) {
            m_transport.reset(); // try afresh next time
            return notAttempted(opened.error().message);
        }
    }
    result.outcomes = m_transport->send(batch);
    for (const auto& o : std::as_const(result.outcomes)) {
        if (o.status == DeliveryOutcome::Status::NotAttempted) {
            result.relayError = o.reply.isEmpty() ? m_transport->lastError().message : o.reply;
            break;
        }
    }
    return result;
}

void TransportThread::close()
{
    if (!m_thread.isRunning())
        return;
    auto done = std::make_shared<std::promise<void>>();
    std::future<void> finished = done->get_future();
    QMetaObject::invokeMethod(
        m_context,
        [this, done] {
            if (m_transport) {
                m_transport->close();
                m_transport.reset();
            }
            done->set_value();
        },
        Qt::QueuedConnection);
    finished.wait();
}

} // namespace invitedesk
