#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace invitedesk::test {

// Runs tests/support/smtp_server.py (Debian's python3-aiosmtpd) on a loopback port and
// reads back what it received through tests/support/mail_check.py (Python's email package).
class SmtpTestServer {
public:
    enum class Mode { Plain, StartTls, Implicit };
    struct Options {
        Mode mode = Mode::Plain;
        QString auth; // "user:password": AUTH required (after TLS)
        bool pipelining = true;
        bool smtputf8 = false;
        QStringList excludeAuth; // AUTH mechanisms not to offer
        int port = 0;            // 0 = a free one
        QString certDir;         // holds server.pem/server.key (TLS modes); empty = own fresh CA
        QString storeDir;        // empty = a temporary folder of this object
    };

    SmtpTestServer() = default;
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer&) = delete;
    SmtpTestServer& operator=(const SmtpTestServer&) = delete;

    bool start(const Options& options, QString* error);
    void stop();
    bool isRunning() const;

    int port() const { return m_port; }
    QString storeDir() const { return m_storeDir; }
    QString caFile() const { return m_certDir + QStringLiteral("/ca.pem"); }
    QString certDir() const { return m_certDir; }
    // smtp://[user@]127.0.0.1:port?tls=...&ca=... for this server.
    QString url(const QString& user = {}) const;

    int receivedCount() const;
    // mail_check.py over every stored message, in arrival order.
    QJsonArray received(QString* error) const;
    // The envelopes (mail_from, rcpt_tos, mail_options) in arrival order.
    QJsonArray envelopes() const;

    static QString python() { return QStringLiteral("/usr/bin/python3"); }
    static QString supportDir();
    // ca.pem/ca.key and server.pem/server.key signed by that CA for the given subjectAltName
    // (default: IP:127.0.0.1,DNS:localhost), made with the openssl command-line tool.
    static bool makeCertificates(const QString& dir, QString* error,
                                 const QString& subjectAltName = {});
    static QJsonArray checkMail(const QStringList& paths, QString* error);

private:
    Options m_options;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_storeDir;
    QString m_certDir;
    int m_port = 0;
};

} // namespace invitedesk::test
