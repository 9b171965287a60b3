#pragma once

#include "core/mail/MailTransport.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

namespace invitedesk::test {

// A transport that keeps every message it is given (and accepts them all).
class MemoryTransport final : public MailTransport {
public:
    explicit MemoryTransport(std::shared_ptr<QList<OutgoingMail>> sink) : m_sink(std::move(sink)) {}
    QString describe() const override { return QStringLiteral("memory"); }
    Result<void> open() override { return {}; }
    QList<DeliveryOutcome> send(const QList<OutgoingMail>& batch) override;
    void close() override {}
    Error lastError() const override { return {}; }

private:
    std::shared_ptr<QList<OutgoingMail>> m_sink;
};

// The tokens of the invitation links (".../invite/<token>"; with route "reset" the password
// reset links, ".../reset/<token>") in one message as it went out (its quoted-printable soft
// line breaks undone), in order of appearance, repeats removed.
QStringList linkTokens(const QByteArray& message, const QString& route = QStringLiteral("invite"));

// Links exist only in delivered messages: this sends everything the outbox holds now that is
// due (and retries), through the real dispatcher into memory, and returns the newest link
// token each recipient has received in this process so far. `clock` must be the clock the
// services under test use (invitations look expired to a dispatcher on another clock).
QHash<QString, QString> deliverLinks(const DatabasePtr& db,
                                     const std::function<QDateTime()>& clock = {});
// deliverLinks(), then the newest token `recipient` received; fails the test when none.
QString deliverLink(const DatabasePtr& db, const QString& recipient,
                    const std::function<QDateTime()>& clock = {});
// The same for password reset e-mails: delivers the outbox (deliverLinks) and returns the
// reset link token this delivery brought `recipient` (empty when none; `message`, when given,
// gets that e-mail as it went out).
QString deliverResetLink(const DatabasePtr& db, const QString& recipient,
                         const std::function<QDateTime()>& clock = {},
                         QByteArray* message = nullptr);

} // namespace invitedesk::test
