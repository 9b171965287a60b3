// No secret in what a run leaves behind (issue 15, item 6). A whole life of an invitation runs
// through the built binary with every log category on debug: sign-ins, a wrong password, an
// invitation, `outbox run` to the STARTTLS + AUTH relay with its password, `serve` answering
// the link's page, validate and accept (the new password in the body), an API token made and
// used, a changed password. Then the standard error of every process, every standard output
// but the one that is meant to show the API token once, and every file under the runs' home
// (settings, data) are searched for each password, the link token, the API token and the relay
// secret, as text and URL-encoded. None is found. The search is shown to work: it finds the
// link token in the message the relay received.
#include "CliFixture.h"

#include "tests/core/mail/SmtpTestServer.h"
#include "tests/support/LinkDelivery.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kRelaySecret = QStringLiteral("relay secret 7f3a!");
const QString kInviteePassword = QStringLiteral("invitee's own pass phrase 42");
const QString kChangedPassword = QStringLiteral("a changed pass phrase for sales 9");
} // namespace

class TestSecretsStayOut : public CliFixture {
    Q_OBJECT

    QTemporaryDir m_certs;
    SmtpTestServer m_relay;
    QStringList m_output; // every captured stream that must hold no secret

    CliRun keep(const CliRun& r)
    {
        m_output << r.err << r.out;
        return r;
    }
    QHash<QString, QString> debugEnv(QHash<QString, QString> env = {})
    {
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("invitedesk.*=true"));
        return env;
    }

    // Where a secret was found: "" when nowhere.
    QString findSecret(const QString& secret, const QStringList& texts, const QString& what) const
    {
        const QStringList forms{secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                                QString(secret).replace(QLatin1Char(' '), QLatin1Char('+'))};
        for (const QString& text : texts) {
            for (const QString& form : forms) {
                if (text.contains(form))
                    return QStringLiteral("%1 holds %2").arg(what, form);
            }
        }
        return {};
    }

    QByteArray http(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                    const QByteArray& bearer = {}, int* status = nullptr)
    {
        QNetworkAccessManager net;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply* reply = net.sendCustomRequest(request, method, body);
        QDeadlineTimer deadline(20000);
        while (!reply->isFinished() && !deadline.hasExpired())
            QTest::qWait(20);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

private slots:
    void initTestCase()
    {
        seedSharedDatabase();
        QString error;
        QVERIFY2(SmtpTestServer::makeCertificates(m_certs.path(), &error), qPrintable(error));
        SmtpTestServer::Options tls;
        tls.mode = SmtpTestServer::Mode::StartTls;
        tls.auth = QStringLiteral("mailer:") + kRelaySecret;
        tls.certDir = m_certs.path();
        QVERIFY2(m_relay.start(tls, &error), qPrintable(error));
    }

    void aWholeRunLeavesNoSecret()
    {
        // Sign-ins, one of them wrong: the wrong password is not echoed either.
        keep(CliHarness::run({QStringLiteral("list"), QStringLiteral("--as"), demoEmail("sales1"),
                              QStringLiteral("--database"), m_url},
                             debugEnv({{QStringLiteral("INVITEDESK_PASSWORD"),
                                        QStringLiteral("a wrong guess of a password")}})));
        const CliRun invited =
            keep(invite(QStringLiteral("sales1"), QStringLiteral("secret.keeper@example.org"),
                        QStringLiteral("doctor")));
        QVERIFY2(invited.exitCode == 0, qPrintable(invited.describe()));

        const CliRun sent = keep(CliHarness::run(
            {QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"),
             QStringLiteral("--due-now"), QStringLiteral("--database"), m_url,
             QStringLiteral("--mail"), m_relay.url(QStringLiteral("mailer")),
             QStringLiteral("--public-url"), QStringLiteral("https://invite.example.org")},
            debugEnv({{QStringLiteral("INVITEDESK_MAIL_PASSWORD"), kRelaySecret}})));
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        QString error;
        QJsonArray mails = m_relay.received(&error);
        QVERIFY2(!mails.isEmpty(), qPrintable(error));
        QStringList tokens;
        QStringList mailTexts;
        for (const auto& m : mails) {
            const QString text = m.toObject().value(QStringLiteral("text")).toString();
            mailTexts << text;
            tokens << linkTokens(text.toUtf8());
        }
        QVERIFY(!tokens.isEmpty());
        const QString token = tokens.last();
        // The search finds what is there: the link is in the message, by design.
        QVERIFY(!findSecret(token, mailTexts, QStringLiteral("the message")).isEmpty());

        // An API token, shown once on standard output (that stream alone is not searched).
        const CliRun made = CliHarness::run(
            {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--as"), kAdmin,
             QStringLiteral("--database"), m_url, QStringLiteral("--name"),
             QStringLiteral("secrets test"), QStringLiteral("--json")},
            debugEnv({{QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword}}));
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        m_output << made.err;
        const QString apiToken = made.json().toObject().value(QStringLiteral("token")).toString();
        QVERIFY2(!apiToken.isEmpty(), qPrintable(made.out));

        // serve: the page, validate, accept with the invitee's password, an API call.
        QProcess serve;
        serve.setProcessEnvironment(CliHarness::environment(debugEnv()));
        serve.start(CliHarness::binary(),
                    {QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), m_url,
                     QStringLiteral("--json"), QStringLiteral("--public-url"),
                     QStringLiteral("https://invite.example.org")});
        QVERIFY(serve.waitForStarted(10000));
        // serve --json prints one JSON object (over several lines) once it listens.
        QByteArray started;
        int port = 0;
        QDeadlineTimer listening(20000);
        while (port == 0 && !listening.hasExpired() && serve.state() == QProcess::Running) {
            QTest::qWait(50);
            started += serve.readAllStandardOutput();
            port = QJsonDocument::fromJson(started).object().value(QStringLiteral("port")).toInt();
        }
        QVERIFY2(port > 0, started.constData());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        int status = 0;
        http("GET", QUrl(base + QStringLiteral("/invite/") + token), {}, {}, &status);
        QCOMPARE(status, 200);
        http("GET", QUrl(base + QStringLiteral("/api/v1/invitations/validate/") + token), {}, {},
             &status);
        QCOMPARE(status, 200);
        const QByteArray body = QJsonDocument(QJsonObject{{"password", kInviteePassword}})
                                    .toJson(QJsonDocument::Compact);
        const QByteArray accepted =
            http("POST", QUrl(base + QStringLiteral("/api/v1/invitations/accept/") + token), body,
                 {}, &status);
        QVERIFY2(status == 200 || status == 201, accepted.constData());
        http("GET", QUrl(base + QStringLiteral("/api/v1/invitations")), {}, apiToken.toUtf8(),
             &status);
        QVERIFY2(status == 200 || status == 404, qPrintable(QString::number(status)));
        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
        m_output << QString::fromUtf8(serve.readAllStandardError())
                 << QString::fromUtf8(started + serve.readAllStandardOutput());

        // The invitee signs in with the new password, and sales1 changes theirs.
        const CliRun in = keep(CliHarness::run(
            {QStringLiteral("user"), QStringLiteral("show"),
             QStringLiteral("secret.keeper@example.org"), QStringLiteral("--as"),
             QStringLiteral("secret.keeper@example.org"), QStringLiteral("--database"), m_url},
            debugEnv({{QStringLiteral("INVITEDESK_PASSWORD"), kInviteePassword}})));
        QVERIFY2(in.exitCode == 0, qPrintable(in.describe()));
        const CliRun changed = keep(CliHarness::run(
            {QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("--as"),
             demoEmail("sales1"), QStringLiteral("--database"), m_url},
            debugEnv({{QStringLiteral("INVITEDESK_PASSWORD"), DemoSeeder::defaultPassword()},
                      {QStringLiteral("INVITEDESK_NEW_PASSWORD"), kChangedPassword}})));
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.describe()));

        // Every file the runs left under their home: settings, data, caches.
        QStringList files;
        const QString home = CliHarness::environment().value(QStringLiteral("HOME"));
        QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                files << QString::fromUtf8(f.readAll());
        }

        const QStringList secrets{kRelaySecret,
                                  kInviteePassword,
                                  kChangedPassword,
                                  kAdminPassword,
                                  DemoSeeder::defaultPassword(),
                                  QStringLiteral("a wrong guess of a password"),
                                  token,
                                  apiToken};
        for (const QString& secret : secrets) {
            const QString where = findSecret(secret, m_output, QStringLiteral("the output"));
            QVERIFY2(where.isEmpty(), qPrintable(where));
            const QString inFiles = findSecret(secret, files, QStringLiteral("a file under HOME"));
            QVERIFY2(inFiles.isEmpty(), qPrintable(inFiles));
        }
    }
};

QTEST_MAIN(TestSecretsStayOut)
#include "test_secrets_stay_out.moc"
