#include "core/mail/SmtpClient.h"

#include "core/mail/MimeEncoding.h"
#include "core/security/OpenSslThreadState.h"

#include "core/mail/MailLog.h"
#include <QEventLoop>
#include <QFile>
#include <QHostInfo>
#include <QSslConfiguration>
#include <QSslSocket>

namespace invitedesk {

SmtpOptions SmtpOptions::fromUrl(const MailUrl& url, const QString& password)
{
    SmtpOptions o;
    o.host = url.host;
    o.port = url.port;
    o.tls = url.tls;
    o.user = url.user;
    o.password = url.password.isEmpty() ? password : url.password;
    o.caFile = url.caFile;
    o.timeoutMs = url.timeoutSeconds * 1000;
    return o;
}

SmtpClient::SmtpClient(SmtpOptions options, QObject* parent)
    : QObject(parent), m_opt(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
}

SmtpClient::~SmtpClient()
{
    if (m_socket)
        m_socket->abort();
}

bool SmtpClient::isConnected() const
{
    return m_socket && !m_socketFailed && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SmtpClient::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

// --- event plumbing --------------------------------------------------------------------

void SmtpClient::wake()
{
    if (m_loop)
        m_loop->quit();
}

void SmtpClient::onReadyRead()
{
    m_parser.feed(m_socket->readAll());
    if (m_timer.isActive())
        m_timer.start(); // activity restarts the step's timeout
    wake();
}

void SmtpClient::onSocketError()
{
    // Whatever the server said before closing still counts (a 421 before the close).
    if (m_socket->bytesAvailable() > 0)
        m_parser.feed(m_socket->readAll());
    m_socketFailed = true;
    wake();
}

void SmtpClient::onTimeout()
{
    m_timedOut = true;
    wake();
}

bool SmtpClient::waitUntil(const std::function<bool()>& done)
{
    m_timedOut = false;
    m_timer.start(m_opt.timeoutMs);
    while (!done()) {
        if (m_timedOut || m_socketFailed || m_parser.hasError()) {
            m_timer.stop();
            return false;
        }
        QEventLoop loop;
        m_loop = &loop;
        loop.exec();
        m_loop = nullptr;
    }
    m_timer.stop();
    return true;
}

Result<SmtpReply> SmtpClient::readReply(const QString& step)
{
    if (!waitUntil([this] { return m_parser.hasReply(); }))
        return failure(step);
    return m_parser.take();
}

bool SmtpClient::write(const QByteArray& bytes)
{
    if (!m_socket || m_socketFailed)
        return false;
    if (m_socket->write(bytes) != bytes.size())
        return false;
    // Send now, not on the next pass of the event loop: a command's round trip is what
    // bounds a relay without PIPELINING.
    m_socket->flush();
    return true;
}

Result<SmtpReply> SmtpClient::command(const QByteArray& line, const QString& step)
{
    if (!write(line))
        return failure(step);
    return readReply(step);
}

Error SmtpClient::environment(const QString& message) const
{
    return Error::make(Error::Code::Environment, message, QStringLiteral("mail"));
}

Error SmtpClient::failure(const QString& step)
{
    const QString where = m_opt.endpoint();
    if (m_parser.hasError())
        return environment(QStringLiteral("The mail relay at %1 answered %2: %3")
                               .arg(where, step, m_parser.error()));
    if (m_timedOut)
        return environment(QStringLiteral("timeout: no answer from the mail relay at %1 within "
                                          "%2 s (%3)")
                               .arg(where)
                               .arg(m_opt.timeoutMs / 1000.0)
                               .arg(step));
    if (!m_sslErrors.isEmpty()) {
        QStringList problems;
        for (const QSslError& e : std::as_const(m_sslErrors))
            problems << e.errorString();
        problems.removeDuplicates();
        return environment(QStringLiteral("TLS with the mail relay at %1 failed: the certificate "
                                          "was not accepted: %2")
                               .arg(where, problems.join(QStringLiteral("; "))));
    }
    if (!m_socket)
        return environment(QStringLiteral("Not connected to the mail relay at %1.").arg(where));
    switch (m_socket->error()) {
    case QAbstractSocket::HostNotFoundError:
        return environment(
            QStringLiteral("The mail relay host \"%1\" was not found.").arg(m_opt.host));
    case QAbstractSocket::ConnectionRefusedError:
        return environment(QStringLiteral("The mail relay at %1 refused the connection (is it "
                                          "running, is the port right?).")
                               .arg(where));
    case QAbstractSocket::RemoteHostClosedError:
        return environment(QStringLiteral("connection lost: the mail relay at %1 closed the "
                                          "connection (%2)")
                               .arg(where, step));
    case QAbstractSocket::SslHandshakeFailedError:
        return environment(QStringLiteral("TLS with the mail relay at %1 failed: %2")
                               .arg(where, m_socket->errorString()));
    default:
        return environment(QStringLiteral("connection to the mail relay at %1 failed (%2): %3")
                               .arg(where, step, m_socket->errorString()));
    }
}

// --- session setup ------------------------------------------------------------------------

Result<void> SmtpClient::configureTls()
{
    if (!QSslSocket::supportsSsl())
        return environment(QStringLiteral("TLS is not available: Qt has no TLS backend here "
                                          "(install OpenSSL 3)."));
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_opt.caFile.isEmpty()) {
        if (!QFile::exists(m_opt.caFile))
            return environment(
                QStringLiteral("The CA file %1 (ca=) does not exist.").arg(m_opt.caFile));
        const auto certs = QSslCertificate::fromPath(m_opt.caFile, QSsl::Pem);
        if (certs.isEmpty())
            return environment(
                QStringLiteral("The CA file %1 (ca=) holds no PEM certificate.").arg(m_opt.caFile));
        conf.addCaCertificates(certs);
    }
    m_socket->setSslConfiguration(conf);
    return {};
}

Result<void> SmtpClient::connectToServer()
{
    if (m_socket) {
        m_socket->disconnect(this); // the old session's last signals must not reach the new one
        m_socket->abort();
        m_socket->deleteLater();
    }
    releaseOpenSslStateWhenThreadFinishes(); // TLS runs OpenSSL on this thread
    m_socket = new QSslSocket(this);
    m_parser.clear();
    m_caps.clear();
    m_sslErrors.clear();
    m_socketFailed = false;
    m_needRset = false;
    m_lastError = {};
    connect(m_socket, &QIODevice::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &SmtpClient::onSocketError);
    connect(m_socket, &QAbstractSocket::connected, this, &SmtpClient::wake);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::wake);
    connect(m_socket, &QIODevice::bytesWritten, this, [this] {
        if (m_timer.isActive())
            m_timer.start();
    });
    connect(m_socket, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors += errors; });

    auto fail = [this](const Error& e) -> Result<void> {
        breakConnection(e);
        return e;
    };
    const bool implicit = m_opt.tls == MailUrl::Tls::Implicit;
    if (m_opt.tls != MailUrl::Tls::None) {
        if (auto tls = configureTls(); !tls)
            return fail(tls.error());
    }
    if (implicit) {
        m_socket->connectToHostEncrypted(m_opt.host, quint16(m_opt.port));
        if (!waitUntil([this] { return m_socket->isEncrypted(); }))
            return fail(failure(QStringLiteral("TLS handshake")));
    } else {
        m_socket->connectToHost(m_opt.host, quint16(m_opt.port));
        if (!waitUntil([this] { return m_socket->state() == QAbstractSocket::ConnectedState; }))
            return fail(failure(QStringLiteral("connect")));
    }
    auto greeting = readReply(QStringLiteral("waiting for the greeting"));
    if (!greeting)
        return fail(greeting.error());
    if (greeting->code != 220)
        return fail(environment(QStringLiteral("The mail relay at %1 refused the session: %2")
                                    .arg(m_opt.endpoint(), greeting->line())));
    if (auto r = ehlo(); !r)
        return fail(r.error());
    const bool offered = m_caps.contains(QStringLiteral("STARTTLS"));
    if (!implicit && m_opt.tls == MailUrl::Tls::StartTls && !offered)
        return fail(environment(QStringLiteral("The mail relay at %1 does not offer STARTTLS "
                                               "(tls=starttls).")
                                    .arg(m_opt.endpoint())));
    // smtp:// without tls= to a relay beyond this machine: someone on the path could strip
    // the STARTTLS offer, so its absence is refused rather than taken as "send in clear".
    const bool loopback = m_opt.clearTextOnLoopback && m_socket->peerAddress().isLoopback();
    if (!implicit && m_opt.tls == MailUrl::Tls::Auto && !offered && !loopback)
        return fail(environment(
            QStringLiteral("The mail relay at %1 does not offer STARTTLS, so mail would travel in "
                           "clear; nothing was sent. Turn on STARTTLS at the relay, use smtps://, "
                           "or add tls=none to the mail URL only for a relay on a trusted "
                           "network.")
                .arg(m_opt.endpoint())));
    if (!implicit && m_opt.tls != MailUrl::Tls::None && offered) {
        if (auto r = startTls(); !r)
            return fail(r.error());
    }
    if (!m_opt.user.isEmpty()) {
        if (auto r = authenticate(); !r)
            return fail(r.error());
    }
    qCDebug(lcMail) << "connected to" << m_opt.endpoint()
                    << (isEncrypted() ? "with TLS" : "in clear")
                    << (supports(QStringLiteral("PIPELINING")) ? "pipelining" : "");
    return {};
}

Result<void> SmtpClient::ehlo()
{
    QString name = m_opt.heloName;
    if (name.isEmpty()) {
        name = QHostInfo::localHostName();
        if (!name.contains(QLatin1Char('.')) || !mime::isPrintableAscii(name)) {
            const QHostAddress local = m_socket->localAddress();
            name = local.protocol() == QAbstractSocket::IPv6Protocol
                       ? QStringLiteral("[IPv6:%1]").arg(local.toString())
                       : QStringLiteral("[%1]").arg(local.toString());
        }
    }
    m_caps.clear();
    auto reply = command("EHLO " + name.toLatin1() + "\r\n", QStringLiteral("EHLO"));
    if (!reply)
        return reply.error();
    if (reply->code == 250) {
        for (qsizetype i = 1; i < reply->lines.size(); ++i) {
            const QString line = reply->lines.at(i);
            qsizetype sep = line.indexOf(QLatin1Char(' '));
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0 && (sep < 0 || eq < sep)) // old "AUTH=LOGIN PLAIN"
                sep = eq;
            const QString key = (sep < 0 ? line : line.left(sep)).toUpper();
            const QString value = sep < 0 ? QString() : line.mid(sep + 1).trimmed();
            m_caps.insert(key, m_caps.contains(key) ? m_caps.value(key) + ' ' + value : value);
        }
        return {};
    }
    if (reply->kind() != 5)
        return environment(QStringLiteral("The mail relay at %1 refused EHLO: %2")
                               .arg(m_opt.endpoint(), reply->line()));
    auto helo = command("HELO " + name.toLatin1() + "\r\n", QStringLiteral("HELO"));
    if (!helo)
        return helo.error();
    if (helo->code != 250)
        return environment(QStringLiteral("The mail relay at %1 refused HELO: %2")
                               .arg(m_opt.endpoint(), helo->line()));
    return {};
}

Result<void> SmtpClient::startTls()
{
    auto reply = command("STARTTLS\r\n", QStringLiteral("STARTTLS"));
    if (!reply)
        return reply.error();
    if (reply->code != 220)
        return environment(QStringLiteral("The mail relay at %1 refused STARTTLS: %2")
                               .arg(m_opt.endpoint(), reply->line()));
    // Anything that came with or after the 220 was sent in clear by someone who may not be
    // the server: it must not be read as a reply inside the TLS session.
    m_parser.clear();
    m_socket->readAll();
    m_socket->startClientEncryption();
    if (!waitUntil([this] { return m_socket->isEncrypted(); }))
        return failure(QStringLiteral("TLS handshake after STARTTLS"));
    return ehlo(); // capabilities before TLS are forgotten
}

Result<void> SmtpClient::authenticate()
{
    if (!isEncrypted() && m_opt.tls != MailUrl::Tls::None)
        return environment(QStringLiteral("Refusing to send the password for %1 in clear: the "
                                          "mail relay at %2 offers no TLS. Add tls=none to the "
                                          "mail URL only for a relay on a trusted network.")
                               .arg(m_opt.user, m_opt.endpoint()));
    if (m_opt.password.isEmpty())
        return environment(QStringLiteral("No password for %1: set INVITEDESK_MAIL_PASSWORD or "
                                          "store it in the keychain.")
                               .arg(m_opt.user));
    const QStringList mechanisms =
        m_caps.value(QStringLiteral("AUTH")).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QByteArray user = m_opt.user.toUtf8();
    const QByteArray password = m_opt.password.toUtf8();
    Result<SmtpReply> reply = SmtpReply{};
    if (mechanisms.contains(QStringLiteral("PLAIN"))) {
        const QByteArray initial = (QByteArray(1, '\0') + user + '\0' + password).toBase64();
        reply = command("AUTH PLAIN " + initial + "\r\n", QStringLiteral("AUTH PLAIN"));
        if (reply && reply->code == 334)
            reply = command(initial + "\r\n", QStringLiteral("AUTH PLAIN"));
    } else if (mechanisms.contains(QStringLiteral("LOGIN"))) {
        reply = command("AUTH LOGIN\r\n", QStringLiteral("AUTH LOGIN"));
        if (reply && reply->code == 334)
            reply = command(user.toBase64() + "\r\n", QStringLiteral("AUTH LOGIN"));
        if (reply && reply->code == 334)
            reply = command(password.toBase64() + "\r\n", QStringLiteral("AUTH LOGIN"));
    } else {
        return environment(
            mechanisms.isEmpty()
                ? QStringLiteral("The mail relay at %1 does not offer AUTH; remove the user from "
                                 "the mail URL if it needs no login.")
                      .arg(m_opt.endpoint())
                : QStringLiteral("The mail relay at %1 offers no login method InviteDesk supports "
                                 "(offered: %2; supported: PLAIN, LOGIN).")
                      .arg(m_opt.endpoint(), mechanisms.join(QLatin1Char(' '))));
    }
    if (!reply)
        return reply.error();
    if (reply->code != 235)
        return environment(QStringLiteral("The mail relay at %1 refused the login for %2: %3")
                               .arg(m_opt.endpoint(), m_opt.user, reply->line()));
    return {};
}

void SmtpClient::breakConnection(const Error& error)
{
    m_lastError = error;
    m_socketFailed = true;
    if (m_socket)
        m_socket->abort();
    qCDebug(lcMail).noquote() << "connection closed:" << error.message;
}

Result<void> SmtpClient::reset()
{
    if (!isConnected())
        return environment(
            QStringLiteral("Not connected to the mail relay at %1.").arg(m_opt.endpoint()));
    auto reply = command("RSET\r\n", QStringLiteral("RSET"));
    if (!reply) {
        breakConnection(reply.error());
        return reply.error();
    }
    if (reply->code != 250) {
        const Error e = environment(QStringLiteral("The mail relay at %1 refused RSET: %2")
                                        .arg(m_opt.endpoint(), reply->line()));
        breakConnection(e);
        return e;
    }
    m_needRset = false;
    return {};
}

void SmtpClient::quit()
{
    if (!m_socket)
        return;
    if (isConnected()) {
        const int saved = m_opt.timeoutMs;
        m_opt.timeoutMs = qMin(saved, 5000);
        if (write("QUIT\r\n"))
            (void)readReply(QStringLiteral("QUIT"));
        m_opt.timeoutMs = saved;
        m_socket->disconnectFromHost();
    }
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    m_socketFailed = false;
}

} // namespace invitedesk
