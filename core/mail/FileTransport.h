#pragma once

#include "core/mail/MailTransport.h"

namespace invitedesk {

// file:///folder: writes each message as <time>-<random>.eml (RFC 5322, CRLF) directly in
// the folder, creating it if missing. The embedded default when no relay is configured.
class FileTransport final : public MailTransport {
public:
    explicit FileTransport(QString folder);

    QString describe() const override;
    Result<void> open() override;
    QList<DeliveryOutcome> send(const QList<OutgoingMail>& batch) override;
    void close() override {}
    Error lastError() const override { return m_lastError; }

    const QString& folder() const { return m_folder; }

private:
    QString m_folder;
    Error m_lastError;
    bool m_open = false;
};

} // namespace invitedesk
