#pragma once

#include "core/Error.h"
#include "core/mail/MailTransport.h"
#include "core/mail/MailUrl.h"
#include "core/mail/SmtpReplyParser.h"

#include <QHash>
#include <QObject>
#include <QSslError>
#include <QTimer>

#include <functional>

class QEventLoop;
class QSslSocket;

namespace invitedesk {

struct SmtpOptions {
    QString host;
    int port = 25;
    MailUrl::Tls tls = MailUrl::Tls::Auto;
    QString user;
    QString password;
    QString caFile;        // extra trusted CA certificates (PEM), on top of the system store
    int timeoutMs = 30000; // for every step: connect, handshake, each reply
    QString heloName;      // empty: this host's name or address literal
    // tls=auto (smtp:// without tls=) to a relay on loopback goes on in clear when it does not
    // offer STARTTLS; to any other relay that is refused. Tests turn it off to stand for a
    // remote relay on a machine without another address.
    bool clearTextOnLoopback = true;

    static SmtpOptions fromUrl(const MailUrl& url, const QString& password);
    QString endpoint() const { return host + QLatin1Char(':') + QString::number(port); }
};

// An SMTP client session on QSslSocket, driven step by step with a local event loop (so the
// calling thread only needs an event dispatcher: the GUI's worker thread, the CLI's main
// thread). EHLO with HELO fallback, STARTTLS (buffer discarded before the handshake, the
// certificate verified, EHLO again), implicit TLS, AUTH PLAIN/LOGIN, PIPELINING (the MAIL,
// RCPT and DATA of one message, together with the previous message's data, in one write),
// SIZE/8BITMIME/SMTPUTF8 when a message needs them, dot-stuffing, RSET after a failed
// transaction, a timeout on every step, QUIT.
class SmtpClient : public QObject {
    Q_OBJECT
public:
    explicit SmtpClient(SmtpOptions options, QObject* parent = nullptr);
    ~SmtpClient() override;

    // Connects, reads the greeting, says EHLO, upgrades and logs in as configured.
    // Failures are Error::Environment with a message naming the problem.
    Result<void> connectToServer();
    bool isConnected() const;
    bool isEncrypted() const;
    bool supports(const QString& extension) const { return m_caps.contains(extension); }

    // Sends the batch over this connection; see DeliveryOutcome. After a broken connection
    // the remaining messages are NotAttempted and isConnected() is false.
    QList<DeliveryOutcome> sendBatch(const QList<OutgoingMail>& batch);
    // RSET: checks that a reused connection is alive and clears any transaction.
    Result<void> reset();
    // QUIT and close; harmless when not connected.
    void quit();

    const Error& lastError() const { return m_lastError; }

private:
    void onReadyRead();
    void onSocketError();
    void onTimeout();
    void wake();

    bool waitUntil(const std::function<bool()>& done);
    Result<SmtpReply> readReply(const QString& step);
    Result<SmtpReply> command(const QByteArray& line, const QString& step);
    bool write(const QByteArray& bytes);
    Error failure(const QString& step);
    Error environment(const QString& message) const;

    Result<void> ehlo();
    Result<void> startTls();
    Result<void> authenticate();
    Result<void> configureTls();

    std::optional<DeliveryOutcome> precheck(const OutgoingMail& mail) const;
    QByteArray envelope(const OutgoingMail& mail) const;
    static QByteArray payload(const OutgoingMail& mail);
    static DeliveryOutcome classify(const SmtpReply& reply);
    QList<DeliveryOutcome> sendPipelined(const QList<OutgoingMail>& batch);
    QList<DeliveryOutcome> sendSequential(const QList<OutgoingMail>& batch);
    void breakConnection(const Error& error);

    SmtpOptions m_opt;
    QSslSocket* m_socket = nullptr;
    QTimer m_timer;
    QEventLoop* m_loop = nullptr;
    SmtpReplyParser m_parser;
    QHash<QString, QString> m_caps; // EHLO keyword (upper case) -> parameters
    QList<QSslError> m_sslErrors;
    bool m_timedOut = false;
    bool m_socketFailed = false;
    bool m_needRset = false;
    Error m_lastError;
};

} // namespace invitedesk
