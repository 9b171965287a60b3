#include "tests/support/LinkDelivery.h"

#include "core/mail/OutboxDispatcher.h"

#include <QPair>
#include <QRegularExpression>
#include <QTest>

namespace invitedesk::test {

QList<DeliveryOutcome> MemoryTransport::send(const QList<OutgoingMail>& batch)
{
    QList<DeliveryOutcome> out;
    for (const OutgoingMail& m : batch) {
        m_sink->append(m);
        DeliveryOutcome d;
        d.status = DeliveryOutcome::Status::Sent;
        d.code = 250;
        d.reply = QStringLiteral("250 kept in memory");
        out << d;
    }
    return out;
}

QStringList linkTokens(const QByteArray& message, const QString& route)
{
    QByteArray text = message;
    text.replace("=\r\n", "");
    const QRegularExpression link(QStringLiteral("/%1/([A-Za-z0-9_-]{43})").arg(route));
    QStringList tokens;
    auto it = link.globalMatch(QString::fromLatin1(text));
    while (it.hasNext()) {
        const QString token = it.next().captured(1);
        if (!tokens.contains(token))
            tokens << token;
    }
    return tokens;
}

namespace {
// Sends what the outbox holds now (and retries) into memory; the messages that went out.
QList<OutgoingMail> deliverAll(const DatabasePtr& db, const std::function<QDateTime()>& clock)
{
    auto sink = std::make_shared<QList<OutgoingMail>>();
    MailConfig config;
    DispatcherSettings settings;
    settings.clock = clock;
    OutboxDispatcher dispatcher(db, config, settings);
    dispatcher.setTransportFactory([sink]() -> Result<std::unique_ptr<MailTransport>> {
        return std::unique_ptr<MailTransport>(std::make_unique<MemoryTransport>(sink));
    });
    auto run = dispatcher.runOnce(true);
    if (!run)
        qFatal("delivering the outbox failed: %s", qPrintable(run.error().describe()));
    return *sink;
}

// Reset e-mails of the latest delivery: recipient -> (token, message).
QHash<QString, QPair<QString, QByteArray>>& resetsReceived()
{
    static QHash<QString, QPair<QString, QByteArray>> received;
    return received;
}
} // namespace

QHash<QString, QString> deliverLinks(const DatabasePtr& db, const std::function<QDateTime()>& clock)
{
    static QHash<QString, QString> received;
    const QList<OutgoingMail> sent = deliverAll(db, clock);
    resetsReceived().clear();
    for (const OutgoingMail& m : sent) {
        const QStringList resets = linkTokens(m.data, QStringLiteral("reset"));
        if (!resets.isEmpty())
            resetsReceived().insert(m.recipient, {resets.last(), m.data});
        const QStringList tokens = linkTokens(m.data);
        if (!tokens.isEmpty())
            received.insert(m.recipient, tokens.last());
    }
    return received;
}

QString deliverLink(const DatabasePtr& db, const QString& recipient,
                    const std::function<QDateTime()>& clock)
{
    const QString token = deliverLinks(db, clock).value(recipient);
    if (token.isEmpty())
        qFatal("no link was delivered to %s", qPrintable(recipient));
    return token;
}

QString deliverResetLink(const DatabasePtr& db, const QString& recipient,
                         const std::function<QDateTime()>& clock, QByteArray* message)
{
    deliverLinks(db, clock);
    const auto received = resetsReceived().value(recipient);
    if (message)
        *message = received.second;
    return received.first;
}

} // namespace invitedesk::test
