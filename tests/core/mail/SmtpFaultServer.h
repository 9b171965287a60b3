#pragma once

// A scripted SMTP fault server and the helpers the SMTP client's fault tests share
// (header-only): refusals at every step, replies split across segments, silence, a connection
// dropped mid-DATA.
#include "core/mail/SmtpTransport.h"

#include <QNetworkInterface>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace invitedesk::test {

// A small SMTP server whose answers a test scripts. Runs on the test's thread: the client's
// local event loops serve it.
class FaultServer : public QObject {
public:
    QByteArray greeting = "220 fault.test ESMTP\r\n";
    bool pipelining = true;
    bool ehloSupported = true;
    // Reply to a command ("MAIL", "RCPT", "DATA", "END" for the final dot, "RSET", ...)
    // for message number n (0-based); return empty for the default.
    std::function<QByteArray(const QByteArray& verb, int n)> reply;
    int splitBytes = 0;            // > 0: send replies in pieces this big, 2 ms apart
    QByteArray silentAt;           // never answer this verb
    bool dropMidData = false;      // close the connection after part of the data
    QList<QByteArray> commands;    // every command line received, across connections
    QList<QByteArray> rawMessages; // data as received (dot-stuffed, without the final dot)
    int connections = 0;
    int maxCommandsPerRead = 0;

    bool listen(const QHostAddress& address = QHostAddress::LocalHost)
    {
        return m_server.listen(address, 0);
    }
    int port() const { return m_server.serverPort(); }

    FaultServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++connections;
                m_socket = s;
                m_inData = false;
                m_buffer.clear();
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                send(s, greeting);
                if (greeting.startsWith("421"))
                    QTimer::singleShot(20, s, [s] { s->disconnectFromHost(); });
            }
        });
    }

private:
    void send(QTcpSocket* s, const QByteArray& bytes)
    {
        if (splitBytes <= 0) {
            s->write(bytes);
            return;
        }
        m_pending += bytes;
        if (!m_pumping)
            pump(s);
    }
    void pump(QTcpSocket* s)
    {
        if (m_pending.isEmpty()) {
            m_pumping = false;
            return;
        }
        m_pumping = true;
        s->write(m_pending.left(splitBytes));
        s->flush();
        m_pending.remove(0, splitBytes);
        QPointer<QTcpSocket> guard(s);
        QTimer::singleShot(2, this, [this, guard] {
            if (guard)
                pump(guard);
            else
                m_pumping = false;
        });
    }
    QByteArray answer(const QByteArray& verb, const QByteArray& fallback)
    {
        if (reply) {
            const QByteArray r = reply(verb, m_messageIndex);
            if (!r.isEmpty())
                return r;
        }
        return fallback;
    }
    void onRead(QTcpSocket* s)
    {
        m_buffer += s->readAll();
        int commandsThisRead = 0;
        while (true) {
            maxCommandsPerRead = std::max(maxCommandsPerRead, commandsThisRead);
            if (m_inData) {
                if (dropMidData && m_buffer.size() > 10) {
                    s->abort();
                    return;
                }
                const qsizetype end = m_buffer.indexOf("\r\n.\r\n");
                const bool emptyBody = m_buffer.startsWith(".\r\n");
                if (end < 0 && !emptyBody)
                    return;
                rawMessages << (emptyBody ? QByteArray() : m_buffer.left(end + 2));
                m_buffer.remove(0, emptyBody ? 3 : end + 5);
                m_inData = false;
                if (silentAt == "END")
                    return;
                send(s, answer("END", "250 2.0.0 queued\r\n"));
                continue;
            }
            const qsizetype nl = m_buffer.indexOf("\r\n");
            if (nl < 0)
                return;
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 2);
            commands << line;
            ++commandsThisRead;
            const QByteArray verb = line.split(' ').first().split(':').first().toUpper();
            if (verb == silentAt)
                continue;
            if (verb == "EHLO") {
                if (!ehloSupported) {
                    send(s, "502 5.5.2 command not recognized\r\n");
                    continue;
                }
                QByteArray caps =
                    "250-fault.test greets you\r\n250-SIZE 1000000\r\n250-8BITMIME\r\n";
                if (pipelining)
                    caps += "250-PIPELINING\r\n";
                send(s, caps + "250 HELP\r\n");
            } else if (verb == "HELO") {
                send(s, "250 fault.test\r\n");
            } else if (verb == "MAIL") {
                ++m_messageIndex;
                send(s, answer("MAIL", "250 2.1.0 sender ok\r\n"));
            } else if (verb == "RCPT") {
                send(s, answer("RCPT", "250 2.1.5 recipient ok\r\n"));
            } else if (verb == "DATA") {
                const QByteArray r = answer("DATA", "354 go ahead\r\n");
                // A real server refuses DATA after a refused envelope.
                const bool refused = !m_lastMail.startsWith('2') || !m_lastRcpt.startsWith('2');
                if (r.startsWith("354") && refused) {
                    send(s, "503 5.5.1 no valid recipients\r\n");
                } else {
                    send(s, r);
                    if (r.startsWith("354"))
                        m_inData = true;
                }
            } else if (verb == "RSET") {
                send(s, answer("RSET", "250 2.0.0 reset\r\n"));
            } else if (verb == "QUIT") {
                send(s, "221 2.0.0 bye\r\n");
                s->disconnectFromHost();
                return;
            } else {
                send(s, "500 5.5.1 unknown command\r\n");
            }
            if (verb == "MAIL")
                m_lastMail = answer("MAIL", "250");
            if (verb == "RCPT")
                m_lastRcpt = answer("RCPT", "250");
            if (verb == "RSET")
                m_lastMail = m_lastRcpt = "250";
        }
    }

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QByteArray m_pending;
    QByteArray m_lastMail = "250";
    QByteArray m_lastRcpt = "250";
    bool m_pumping = false;
    bool m_inData = false;
    int m_messageIndex = -1; // the transaction's message, counted by MAIL commands
};

inline SmtpOptions optionsFor(const FaultServer& server, int timeoutMs = 3000)
{
    SmtpOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.port();
    o.tls = MailUrl::Tls::None;
    o.timeoutMs = timeoutMs;
    o.heloName = QStringLiteral("client.test");
    return o;
}

inline OutgoingMail mail(int n, const QByteArray& body = "Hello.\r\n")
{
    return {QStringLiteral("sender@example.org"), QStringLiteral("r%1@example.org").arg(n),
            "Subject: test " + QByteArray::number(n) + "\r\n\r\n" + body};
}

// An address of this machine that is not loopback (the relay "beyond this machine"), or null.
inline QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a;
    }
    return {};
}

inline QList<OutgoingMail> mails(int count)
{
    QList<OutgoingMail> list;
    for (int i = 0; i < count; ++i)
        list << mail(i);
    return list;
}

} // namespace invitedesk::test
