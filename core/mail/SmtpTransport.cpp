#include "core/mail/SmtpTransport.h"

namespace invitedesk {

SmtpTransport::SmtpTransport(SmtpOptions options) : m_options(std::move(options)) {}

SmtpTransport::~SmtpTransport()
{
    close();
}

QString SmtpTransport::describe() const
{
    const QString scheme =
        m_options.tls == MailUrl::Tls::Implicit ? QStringLiteral("smtps") : QStringLiteral("smtp");
    QString text = scheme + QStringLiteral("://") + m_options.endpoint();
    if (m_client && m_client->isConnected())
        text += m_client->isEncrypted() ? QStringLiteral(" (TLS)") : QStringLiteral(" (no TLS)");
    return text;
}

Result<void> SmtpTransport::open()
{
    if (m_client && m_client->isConnected())
        return {};
    m_client = std::make_unique<SmtpClient>(m_options);
    m_used = false;
    auto r = m_client->connectToServer();
    if (!r) {
        m_lastError = r.error();
        return r;
    }
    m_lastError = {};
    return {};
}

QList<DeliveryOutcome> SmtpTransport::send(const QList<OutgoingMail>& batch)
{
    bool ready = m_client && m_client->isConnected();
    if (ready && m_used && !m_client->reset())
        ready = false;
    if (!ready && !open()) {
        QList<DeliveryOutcome> out(batch.size());
        for (auto& o : out)
            o.reply = m_lastError.message;
        return out;
    }
    m_used = true;
    QList<DeliveryOutcome> out = m_client->sendBatch(batch);
    if (!m_client->isConnected())
        m_lastError = m_client->lastError();
    return out;
}

void SmtpTransport::close()
{
    if (m_client)
        m_client->quit();
    m_client.reset();
    m_used = false;
}

} // namespace invitedesk
