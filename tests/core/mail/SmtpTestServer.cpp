#include "SmtpTestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QUrl>
#include <QUrlQuery>

namespace invitedesk::test {

namespace {
bool runTool(const QString& program, const QStringList& args, const QString& workDir,
             QString* error)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) +
                     QStringLiteral(" failed: ") +
                     QString::fromLocal8Bit(p.readAllStandardError()) + p.errorString();
        return false;
    }
    return true;
}
} // namespace

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

QString SmtpTestServer::supportDir()
{
    QString src =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("INVITEDESK_SOURCE_DIR"));
    if (src.isEmpty())
        src = QStringLiteral(INVITEDESK_TEST_SOURCE_DIR);
    return src + QStringLiteral("/tests/support");
}

bool SmtpTestServer::makeCertificates(const QString& dir, QString* error,
                                      const QString& subjectAltName)
{
    QDir().mkpath(dir);
    const QString san =
        subjectAltName.isEmpty() ? QStringLiteral("IP:127.0.0.1,DNS:localhost") : subjectAltName;
    QFile ext(dir + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write(QStringLiteral("subjectAltName=%1\nbasicConstraints=CA:FALSE\n"
                             "keyUsage=critical,digitalSignature,keyEncipherment\n"
                             "extendedKeyUsage=serverAuth\n")
                  .arg(san)
                  .toUtf8());
    ext.close();
    const QString openssl = QStringLiteral("openssl");
    const QStringList ec = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    return runTool(openssl,
                   QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                       QStringList{
                           QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                           QStringLiteral("-out"), QStringLiteral("ca.pem"),
                           QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=InviteDesk Test CA"), QStringLiteral("-addext"),
                           QStringLiteral("basicConstraints=critical,CA:TRUE"),
                           QStringLiteral("-addext"),
                           QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   dir, error) &&
           runTool(openssl,
                   QStringList{QStringLiteral("req")} + ec +
                       QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                   QStringLiteral("-out"), QStringLiteral("server.csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=smtp.test")},
                   dir, error) &&
           runTool(openssl,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                    QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                   dir, error);
}

bool SmtpTestServer::start(const Options& options, QString* error)
{
    stop();
    m_options = options;
    if (!m_temp) {
        m_temp = std::make_unique<QTemporaryDir>();
        if (!m_temp->isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
    }
    m_storeDir = options.storeDir.isEmpty() ? m_temp->filePath(QStringLiteral("received"))
                                            : options.storeDir;
    m_certDir =
        options.certDir.isEmpty() ? m_temp->filePath(QStringLiteral("certs")) : options.certDir;
    QStringList args{supportDir() + QStringLiteral("/smtp_server.py"), QStringLiteral("--store"),
                     m_storeDir, QStringLiteral("--port"), QString::number(options.port)};
    if (options.mode != Mode::Plain) {
        if (!QFile::exists(m_certDir + QStringLiteral("/server.pem")) &&
            !makeCertificates(m_certDir, error))
            return false;
        args << QStringLiteral("--mode")
             << (options.mode == Mode::StartTls ? QStringLiteral("starttls")
                                                : QStringLiteral("implicit"))
             << QStringLiteral("--cert") << m_certDir + QStringLiteral("/server.pem")
             << QStringLiteral("--key") << m_certDir + QStringLiteral("/server.key");
    }
    if (!options.auth.isEmpty())
        args << QStringLiteral("--auth") << options.auth;
    if (!options.pipelining)
        args << QStringLiteral("--no-pipelining");
    if (options.smtputf8)
        args << QStringLiteral("--smtputf8");
    for (const QString& m : options.excludeAuth)
        args << QStringLiteral("--exclude-auth") << m;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(python(), args);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(python(), m_process->errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 20000) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        const qsizetype at = out.indexOf("READY ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            m_port = out.mid(at + 6, out.indexOf('\n', at) - at - 6).trimmed().toInt();
            return m_port > 0;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    *error = QStringLiteral("the aiosmtpd test server did not start: %1")
                 .arg(QString::fromLocal8Bit(m_process->readAllStandardError()));
    stop();
    return false;
}

void SmtpTestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
}

bool SmtpTestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString SmtpTestServer::url(const QString& user) const
{
    QUrl u;
    u.setScheme(m_options.mode == Mode::Implicit ? QStringLiteral("smtps")
                                                 : QStringLiteral("smtp"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    if (!user.isEmpty())
        u.setUserName(user);
    QUrlQuery q;
    if (m_options.mode == Mode::Plain)
        q.addQueryItem(QStringLiteral("tls"), QStringLiteral("none"));
    if (m_options.mode == Mode::StartTls)
        q.addQueryItem(QStringLiteral("tls"), QStringLiteral("starttls"));
    if (m_options.mode != Mode::Plain)
        q.addQueryItem(QStringLiteral("ca"), caFile());
    u.setQuery(q);
    return u.toString();
}

int SmtpTestServer::receivedCount() const
{
    return int(QDir(m_storeDir).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
}

QJsonArray SmtpTestServer::checkMail(const QStringList& paths, QString* error)
{
    QProcess p;
    p.start(python(), QStringList{supportDir() + QStringLiteral("/mail_check.py")} + paths);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("mail_check.py failed: ") +
                     QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

QJsonArray SmtpTestServer::received(QString* error) const
{
    if (receivedCount() == 0)
        return {};
    return checkMail({m_storeDir}, error);
}

QJsonArray SmtpTestServer::envelopes() const
{
    QFile f(m_storeDir + QStringLiteral("/envelopes.jsonl"));
    QJsonArray out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

} // namespace invitedesk::test
