// SmtpClient: sending a batch of messages over the established session.
#include "core/mail/SmtpClient.h"

#include "core/mail/MimeEncoding.h"

#include <QSslSocket>

namespace invitedesk {

namespace {
using Status = DeliveryOutcome::Status;

bool hasEightBit(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (uchar(c) > 127)
            return true;
    }
    return false;
}

// An address that can go between <> on a command line: no spaces, controls or brackets.
bool envelopeSafe(const QString& address)
{
    if (address.isEmpty() || address.size() > 320 || !address.contains(QLatin1Char('@')))
        return false;
    for (QChar c : address) {
        if (c.unicode() <= 32 || c.unicode() == 127 || c == QLatin1Char('<') ||
            c == QLatin1Char('>') || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

DeliveryOutcome localRejection(const QString& why)
{
    return {Status::Rejected, 0, QStringLiteral("local: ") + why};
}
} // namespace

DeliveryOutcome SmtpClient::classify(const SmtpReply& reply)
{
    Status status = Status::Deferred;
    if (reply.kind() == 2)
        status = Status::Sent;
    else if (reply.kind() == 5)
        status = Status::Rejected;
    return {status, reply.code, reply.line()};
}

std::optional<DeliveryOutcome> SmtpClient::precheck(const OutgoingMail& mail) const
{
    const QString from = mime::asciiAddress(mail.sender);
    const QString to = mime::asciiAddress(mail.recipient);
    if (!envelopeSafe(from))
        return localRejection(QStringLiteral("the sender address \"%1\" cannot be used").arg(from));
    if (!envelopeSafe(to))
        return localRejection(
            QStringLiteral("the recipient address \"%1\" cannot be used").arg(to));
    const bool utf8 = !mime::isPrintableAscii(from) || !mime::isPrintableAscii(to);
    if (utf8 && !supports(QStringLiteral("SMTPUTF8")))
        return localRejection(QStringLiteral("the relay does not offer SMTPUTF8, which the "
                                             "address %1 needs")
                                  .arg(mime::isPrintableAscii(to) ? from : to));
    if (!utf8 && hasEightBit(mail.data) && !supports(QStringLiteral("8BITMIME")))
        return localRejection(QStringLiteral("the message has 8-bit content and the relay does "
                                             "not offer 8BITMIME"));
    const qint64 limit = m_caps.value(QStringLiteral("SIZE")).toLongLong();
    if (limit > 0 && mail.data.size() > limit)
        return localRejection(QStringLiteral("the message (%1 bytes) exceeds the relay's limit "
                                             "of %2 bytes")
                                  .arg(mail.data.size())
                                  .arg(limit));
    return std::nullopt;
}

QByteArray SmtpClient::envelope(const OutgoingMail& mail) const
{
    const QString from = mime::asciiAddress(mail.sender);
    const QString to = mime::asciiAddress(mail.recipient);
    const bool utf8 = !mime::isPrintableAscii(from) || !mime::isPrintableAscii(to);
    QByteArray out = "MAIL FROM:<" + from.toUtf8() + '>';
    if (supports(QStringLiteral("SIZE")))
        out += " SIZE=" + QByteArray::number(mail.data.size());
    if ((utf8 || hasEightBit(mail.data)) && supports(QStringLiteral("8BITMIME")))
        out += " BODY=8BITMIME";
    if (utf8)
        out += " SMTPUTF8";
    out += "\r\nRCPT TO:<" + to.toUtf8() + ">\r\n";
    return out;
}

QByteArray SmtpClient::payload(const OutgoingMail& mail)
{
    // Dot-stuffing comes last, after quoted-printable, which can leave a line that is ".".
    QByteArray body = mime::dotStuff(mime::toCrlf(mail.data));
    if (!body.endsWith("\r\n"))
        body += "\r\n";
    body += ".\r\n";
    return body;
}

QList<DeliveryOutcome> SmtpClient::sendBatch(const QList<OutgoingMail>& batch)
{
    if (!isConnected()) {
        if (m_lastError.message.isEmpty())
            m_lastError = environment(
                QStringLiteral("Not connected to the mail relay at %1.").arg(m_opt.endpoint()));
        QList<DeliveryOutcome> out(batch.size());
        for (auto& o : out)
            o.reply = m_lastError.message;
        return out;
    }
    return supports(QStringLiteral("PIPELINING")) ? sendPipelined(batch) : sendSequential(batch);
}

QList<DeliveryOutcome> SmtpClient::sendSequential(const QList<OutgoingMail>& batch)
{
    QList<DeliveryOutcome> out(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (auto rejected = precheck(batch.at(i))) {
            out[i] = *rejected;
            continue;
        }
        // On a broken connection the message in flight is deferred and the rest wait.
        auto broken = [&](const Error& e, bool inFlight = true) {
            out[i] = {inFlight ? Status::Deferred : Status::NotAttempted, 0, e.message};
            breakConnection(e);
            for (qsizetype j = i + 1; j < batch.size(); ++j)
                out[j].reply = e.message;
            return out;
        };
        if (m_needRset) {
            auto r = command("RSET\r\n", QStringLiteral("RSET"));
            if (!r)
                return broken(r.error(), false);
            if (r->code != 250)
                return broken(environment(QStringLiteral("RSET refused: ") + r->line()), false);
            m_needRset = false;
        }
        const QByteArray env = envelope(batch.at(i));
        const qsizetype split = env.indexOf("\r\n") + 2;
        const QList<QPair<QByteArray, QString>> steps = {
            {env.left(split), QStringLiteral("after MAIL FROM")},
            {env.mid(split), QStringLiteral("after RCPT TO")},
            {"DATA\r\n", QStringLiteral("after DATA")},
            {payload(batch.at(i)), QStringLiteral("after the message data")}};
        for (qsizetype s = 0; s < steps.size(); ++s) {
            auto r = command(steps.at(s).first, steps.at(s).second);
            if (!r)
                return broken(r.error());
            if (s < 3) {
                if (s == 2 ? r->code == 354 : r->kind() == 2)
                    continue;
                out[i] = classify(*r);
                if (r->kind() < 4)
                    out[i].status = Status::Deferred; // odd answer; nothing was delivered
                m_needRset = true;
            } else {
                out[i] = classify(*r);
            }
            if (r->code == 421) { // the server is closing the session
                breakConnection(environment(r->line()));
                for (qsizetype j = i + 1; j < batch.size(); ++j)
                    out[j].reply = r->line();
                return out;
            }
            break;
        }
    }
    return out;
}

QList<DeliveryOutcome> SmtpClient::sendPipelined(const QList<OutgoingMail>& batch)
{
    const qsizetype n = batch.size();
    QList<DeliveryOutcome> out(n);
    qsizetype next = 0;
    qsizetype awaitingEnd = -1; // message whose data goes out with the next write
    QByteArray pending;         // that data, to be sent in front of the next envelope
    while (next < n || awaitingEnd >= 0) {
        qsizetype current = -1;
        while (next < n && current < 0) {
            if (auto rejected = precheck(batch.at(next)))
                out[next] = *rejected;
            else
                current = next;
            ++next;
        }
        const bool rset = current >= 0 && m_needRset;
        if (rset)
            pending += "RSET\r\n";
        if (current >= 0)
            pending += envelope(batch.at(current)) + "DATA\r\n";
        if (pending.isEmpty())
            break;

        // A broken connection defers the message whose data was in flight (or the current
        // one, when it was its replies that did not come) and leaves the rest for later.
        auto broken = [&](const Error& e, qsizetype inFlight) {
            if (inFlight >= 0)
                out[inFlight] = {Status::Deferred, 0, e.message};
            breakConnection(e);
            for (qsizetype j = 0; j < n; ++j) {
                if (out[j].status == Status::NotAttempted && out[j].reply.isEmpty())
                    out[j].reply = e.message;
            }
            return out;
        };
        if (!write(pending))
            return broken(failure(QStringLiteral("writing")),
                          awaitingEnd >= 0 ? awaitingEnd : current);
        pending.clear();

        if (awaitingEnd >= 0) {
            auto end = readReply(QStringLiteral("after the message data"));
            if (!end)
                return broken(end.error(), awaitingEnd);
            out[awaitingEnd] = classify(*end);
            awaitingEnd = -1;
            if (end->code == 421)
                return broken(environment(end->line()), -1);
        }
        if (current < 0)
            break;
        if (rset) {
            auto r = readReply(QStringLiteral("after RSET"));
            if (!r)
                return broken(r.error(), -1);
            if (r->code != 250)
                return broken(environment(QStringLiteral("RSET refused: ") + r->line()), -1);
            m_needRset = false;
        }
        std::optional<SmtpReply> refusal;
        for (const QString& step :
             {QStringLiteral("after MAIL FROM"), QStringLiteral("after RCPT TO")}) {
            auto r = readReply(step);
            if (!r)
                return broken(r.error(), current);
            if (r->kind() != 2 && !refusal)
                refusal = *r;
        }
        auto data = readReply(QStringLiteral("after DATA"));
        if (!data)
            return broken(data.error(), current);
        if (data->code == 354 && !refusal) {
            pending = payload(batch.at(current));
            awaitingEnd = current;
            continue;
        }
        if (data->code == 354) {
            // The envelope failed but the server still wants data: end it empty.
            auto r = command(".\r\n", QStringLiteral("after an empty message"));
            if (!r)
                return broken(r.error(), -1);
        }
        out[current] = classify(refusal ? *refusal : *data);
        if (out[current].status == Status::Sent)
            out[current].status = Status::Deferred; // DATA 2xx without 354: nothing was sent
        m_needRset = true;
        if ((refusal && refusal->code == 421) || data->code == 421)
            return broken(environment(out[current].reply), -1);
    }
    return out;
}

} // namespace invitedesk
