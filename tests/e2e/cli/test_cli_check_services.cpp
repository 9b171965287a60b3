// `invitedesk check`'s lines for what lies beyond the database (issue 17, item 7): the mail
// relay (EHLO, STARTTLS, AUTH against a real aiosmtpd; nothing is sent), the public URL's
// /healthz (a loopback HTTP server), and the keychain (a warning, never a failure). Each
// failure makes the whole check exit 3; `--json` carries the same.
#include "CliFixture.h"
#include "SmtpTestServer.h"

#include <QProcess>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
// A loopback HTTP server answering 200 at /healthz and 404 elsewhere (Python's http.server).
const char* kHealthServer = R"(
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        code = 200 if self.path == '/healthz' else 404
        self.send_response(code)
        self.send_header('Content-Type', 'text/plain')
        self.end_headers()
        self.wfile.write(b'ok' if code == 200 else b'no')
    def log_message(self, *a):
        pass
s = http.server.HTTPServer(('127.0.0.1', 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
)";
} // namespace

class TestCliCheckServices : public CliFixture {
    Q_OBJECT

    QTemporaryDir m_certs;
    SmtpTestServer m_relay; // STARTTLS + AUTH
    QProcess m_http;
    int m_httpPort = 0;

    CliRun check(const QStringList& extra, const QHash<QString, QString>& env = {})
    {
        return CliHarness::run(QStringList{QStringLiteral("check"), QStringLiteral("--json"),
                                           QStringLiteral("--database"), m_url} +
                                   extra,
                               env);
    }

private slots:
    void initTestCase()
    {
        m_url = freshUrl();
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_lastError));
        const CliRun boot = bootstrap(m_url);
        QVERIFY2(boot.exitCode == 0, qPrintable(boot.describe()));

        QString error;
        QVERIFY2(SmtpTestServer::makeCertificates(m_certs.path(), &error), qPrintable(error));
        SmtpTestServer::Options options;
        options.mode = SmtpTestServer::Mode::StartTls;
        options.auth = QStringLiteral("mailer:relay-pw");
        options.certDir = m_certs.path();
        QVERIFY2(m_relay.start(options, &error), qPrintable(error));

        m_http.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromLatin1(kHealthServer)});
        QVERIFY(m_http.waitForStarted(10000));
        QVERIFY(m_http.waitForReadyRead(10000));
        m_httpPort = m_http.readLine().trimmed().toInt();
        QVERIFY(m_httpPort > 0);
    }

    void cleanupTestCase()
    {
        m_http.kill();
        m_http.waitForFinished();
    }

    void mailRelay_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("relay");
        QTest::newRow("STARTTLS and AUTH") << QStringLiteral("RELAY") << "relay-pw" << 0 << true;
        QTest::newRow("wrong password") << QStringLiteral("RELAY") << "not-it" << 3 << true;
        QTest::newRow("nothing listening")
            << QStringLiteral("smtp://127.0.0.1:1?tls=none&timeout=5") << QString() << 3 << true;
        QTest::newRow("no relay: .eml files") << QString() << QString() << 0 << false;
    }

    void mailRelay()
    {
        QFETCH(QString, url);
        QFETCH(QString, password);
        QFETCH(int, code);
        QFETCH(bool, relay);
        if (url == QLatin1String("RELAY"))
            url = m_relay.url(QStringLiteral("mailer"));
        QHash<QString, QString> env;
        if (!password.isEmpty())
            env.insert(QStringLiteral("INVITEDESK_MAIL_PASSWORD"), password);
        const int before = m_relay.receivedCount();
        const CliRun r =
            check(url.isEmpty() ? QStringList() : QStringList{QStringLiteral("--mail"), url}, env);
        QVERIFY2(r.exitCode == code, qPrintable(r.describe()));
        const QJsonObject out = r.json().toObject();
        QCOMPARE(out.value("ok").toBool(), code == 0);
        const QJsonObject mail = out.value("mail_relay").toObject();
        QCOMPARE(mail.value("ok").toBool(), code == 0);
        if (code == 0) {
            QCOMPARE(mail.value("relay").toBool(), relay);
            if (relay) {
                QCOMPARE(mail.value("tls").toBool(), true);
                QCOMPARE(mail.value("authenticated").toBool(), true);
            }
        } else {
            QVERIFY2(!mail.value("error").toString().isEmpty(), qPrintable(r.out));
            QVERIFY2(!r.out.contains(password) || password.isEmpty(), "a password was printed");
        }
        QCOMPARE(m_relay.receivedCount(), before); // a check sends nothing
    }

    void publicUrl_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("checked");
        QTest::addColumn<QString>("says");
        QTest::newRow("answers /healthz") << QStringLiteral("/") << 0 << true << "answered 200";
        QTest::newRow("answers 404") << QStringLiteral("/elsewhere") << 3 << true << "404";
        QTest::newRow("nothing listening") << QStringLiteral("DOWN") << 3 << true << "healthz";
        QTest::newRow("not set") << QString() << 0 << false << "own handler";
    }

    void publicUrl()
    {
        QFETCH(QString, path);
        QFETCH(int, code);
        QFETCH(bool, checked);
        QFETCH(QString, says);
        QStringList extra;
        if (path == QLatin1String("DOWN"))
            extra = {QStringLiteral("--public-url"), QStringLiteral("http://127.0.0.1:1")};
        else if (!path.isEmpty())
            extra = {QStringLiteral("--public-url"),
                     QStringLiteral("http://127.0.0.1:%1%2").arg(m_httpPort).arg(path)};
        const CliRun r = check(extra);
        QVERIFY2(r.exitCode == code, qPrintable(r.describe()));
        const QJsonObject health = r.json().toObject().value("public_url").toObject();
        QCOMPARE(health.value("checked").toBool(), checked);
        QCOMPARE(health.value("ok").toBool(), code == 0);
        // Every row's public URL is 127.0.0.1 (the default's too): flagged as loopback.
        QCOMPARE(health.value("loopback").toBool(), true);

        // The text form says the same on its line.
        const CliRun text = CliHarness::run(
            QStringList{QStringLiteral("check"), QStringLiteral("--database"), m_url} + extra);
        QCOMPARE(text.exitCode, code);
        const QString line =
            text.out.section(QStringLiteral("public URL: "), 1).section('\n', 0, 0);
        QVERIFY2(line.contains(says), qPrintable(text.describe()));
    }

    void keychainIsAWarningAtMost()
    {
        const CliRun none =
            check({}, {{QStringLiteral("INVITEDESK_KEYCHAIN"), QStringLiteral("none")}});
        QVERIFY2(none.exitCode == 0, qPrintable(none.describe()));
        QCOMPARE(none.json().toObject().value("keychain").toObject().value("available").toBool(),
                 false);
        // Whatever this machine has (a Secret Service or none), the line never fails the check.
        const CliRun real = check({});
        QVERIFY2(real.exitCode == 0, qPrintable(real.describe()));
        const QJsonObject keychain = real.json().toObject().value("keychain").toObject();
        QCOMPARE(keychain.value("ok").toBool(), true);
        QVERIFY2(keychain.value("available").toBool() ||
                     !keychain.value("warning").toString().isEmpty(),
                 qPrintable(real.out));
    }
};

QTEST_GUILESS_MAIN(TestCliCheckServices)
#include "test_cli_check_services.moc"
