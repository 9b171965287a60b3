#include "tests/support/LinkDelivery.h"

#include "core/mail/OutboxDispatcher.h"

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

QStringList linkTokens(const QByteArray& message)
{
    QByteArray text = message;
    text.replace("=\r\n", "");
    static const QRegularExpression link(QStringLiteral("/invite/([A-Za-z0-9_-]{43})"));
    QStringList tokens;
    auto it = link.globalMatch(QString::fromLatin1(text));
    while (it.hasNext()) {
        const QString token = it.next().captured(1);
        if (!tokens.contains(token))
            tokens << token;
    }
    return tokens;
}

QHash<QString, QString> deliverLinks(const DatabasePtr& db, const std::function<QDateTime()>& clock)
{
    static QHash<QString, QString> received;
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
    for (const OutgoingMail& m : std::as_const(*sink)) {
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

} // namespace invitedesk::test
