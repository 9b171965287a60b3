#pragma once

#include "core/mail/MailTransport.h"
#include "core/mail/SmtpClient.h"

#include <memory>

namespace invitedesk {

// MailTransport over one SmtpClient session: open() connects once; send() reuses the
// connection (checked with RSET before each later batch, reconnecting once if it died).
class SmtpTransport final : public MailTransport {
public:
    explicit SmtpTransport(SmtpOptions options);
    ~SmtpTransport() override;

    QString describe() const override;
    Result<void> open() override;
    QList<DeliveryOutcome> send(const QList<OutgoingMail>& batch) override;
    void close() override;
    Error lastError() const override { return m_lastError; }

    const SmtpOptions& options() const { return m_options; }

private:
    SmtpOptions m_options;
    std::unique_ptr<SmtpClient> m_client;
    bool m_used = false;
    Error m_lastError;
};

} // namespace invitedesk
