// `invitedesk serve` as a process: options, exit codes, the access log, and a clean stop on
// SIGTERM that still answers the request in flight. Both backends.
#include "HttpProbe.h"

#include "core/services/ApiTokenService.h"
#include "core/services/InvitationService.h"
#include "tests/support/LinkDelivery.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace invitedesk;
using namespace invitedesk::test;

class TestServeCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badOptionsAreUsageErrors_data();
    void badOptionsAreUsageErrors();
    void busyPortIsEnvironmentError();
    void servesAndStopsCleanlyOnSigterm();
    void apiRateLimitsFromFlagsAndEnvironment();
    void noApiTurnsTheApiOff();

private:
    int runToExit(const QStringList& args, QByteArray* err = nullptr);
    // Starts `serve` on a free loopback port with these extra arguments and environment;
    // returns its port (0 when it did not start).
    int startServe(QProcess& serve, const QStringList& args, const QProcessEnvironment& extra = {});
    static void stopServe(QProcess& serve);
    QString m_url;
    QString m_bin;
};

void TestServeCommand::initTestCase()
{
    m_bin = qEnvironmentVariable("INVITEDESK_BIN");
    QVERIFY2(QFile::exists(m_bin), "INVITEDESK_BIN must name the invitedesk binary");
    QString error;
    m_url = TestDatabase::createUrl(&error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(QStringLiteral("Cannot create a %1 test database: %2")
                                              .arg(TestDatabase::backendName(), error)));
}

int TestServeCommand::runToExit(const QStringList& args, QByteArray* err)
{
    QProcess p;
    p.start(m_bin, QStringList{QStringLiteral("--database"), m_url} + args);
    if (!p.waitForFinished(30000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}

void TestServeCommand::badOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("listen without port") << QStringList{"serve", "--listen", "127.0.0.1"};
    QTest::newRow("listen hostname") << QStringList{"serve", "--listen", "example.com:80"};
    QTest::newRow("rate limit not a number") << QStringList{"serve", "--rate-limit", "fast"};
    QTest::newRow("negative rate limit") << QStringList{"serve", "--rate-limit", "-1"};
    QTest::newRow("unknown option") << QStringList{"serve", "--bogus"};
    QTest::newRow("trusted proxy hostname")
        << QStringList{"serve", "--trusted-proxies", "10.0.0.0/8,proxy.example"};
    QTest::newRow("trusted proxy bad prefix")
        << QStringList{"serve", "--trusted-proxies", "10.0.0.0/40"};
    QTest::newRow("connection cap not a number")
        << QStringList{"serve", "--max-connections-per-address", "many"};
    QTest::newRow("api token limit not a number")
        << QStringList{"serve", "--api-rate-limit-per-token", "lots"};
    QTest::newRow("api address limit negative")
        << QStringList{"serve", "--api-rate-limit-per-address", "-5"};
}

void TestServeCommand::badOptionsAreUsageErrors()
{
    QFETCH(QStringList, args);
    QByteArray err;
    QCOMPARE(runToExit(args, &err), 2);
    QVERIFY(!err.isEmpty());
    if (args.contains(QStringLiteral("--trusted-proxies")))
        QVERIFY2(err.contains("trusted-proxies"), err.constData());
    if (args.contains(QStringLiteral("--api-rate-limit-per-token")))
        QVERIFY2(err.contains("api_rate_limit_per_token"), err.constData());
    if (args.contains(QStringLiteral("--api-rate-limit-per-address")))
        QVERIFY2(err.contains("api_rate_limit_per_address"), err.constData());
}

int TestServeCommand::startServe(QProcess& serve, const QStringList& args,
                                 const QProcessEnvironment& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INVITEDESK_MAIL"), QStringLiteral("file:///dev/null"));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    serve.setProcessEnvironment(env);
    serve.start(m_bin, QStringList{QStringLiteral("--database"), m_url, QStringLiteral("--json"),
                                   QStringLiteral("serve"), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0")} +
                           args);
    if (!serve.waitForStarted(10000))
        return 0;
    QByteArray out;
    QJsonObject started;
    QElapsedTimer waited;
    waited.start();
    while (started.isEmpty() && waited.elapsed() < 20000 && serve.state() == QProcess::Running) {
        serve.waitForReadyRead(500);
        out += serve.readAllStandardOutput();
        started = QJsonDocument::fromJson(out).object();
    }
    if (started.isEmpty())
        qWarning() << out << serve.readAllStandardError();
    return started.value(QStringLiteral("port")).toInt();
}

void TestServeCommand::stopServe(QProcess& serve)
{
    ::kill(pid_t(serve.processId()), SIGTERM);
    serve.waitForFinished(20000);
}

// The integration API's limits come from the settings: the flag over the environment over
// the files (AppSettings' one precedence). A low limit answers 429 with Retry-After.
void TestServeCommand::apiRateLimitsFromFlagsAndEnvironment()
{
    auto db = Database::open(m_url);
    QVERIFY(db.ok());
    const User user = TestFixtures::makeTree(db.value())[QStringLiteral("admin")];
    ApiTokenService tokens(db.value(), ServiceConfig{});
    auto a = tokens.create(user, {QStringLiteral("limits a"), {}, false});
    auto b = tokens.create(user, {QStringLiteral("limits b"), {}, false});
    QVERIFY(a.ok() && b.ok());
    const auto get = [](int port, const QString& token) {
        return HttpProbe::viaQnam(
            "GET",
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/invitations/?limit=1").arg(port)), {},
            {{"Authorization", "Bearer " + token.toLatin1()}}, 10000);
    };

    // Per token: the environment says 600, the flag 6 (burst 1): the flag wins.
    {
        QProcess serve;
        QProcessEnvironment env;
        env.insert(QStringLiteral("INVITEDESK_API_RATE_LIMIT_PER_TOKEN"), QStringLiteral("600"));
        const int port = startServe(
            serve, {QStringLiteral("--api-rate-limit-per-token"), QStringLiteral("6")}, env);
        QVERIFY(port > 0);
        QCOMPARE(get(port, a->token).status, 200);
        const HttpReply limited = get(port, a->token);
        QVERIFY2(limited.status == 429, qPrintable(limited.describe()));
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        QVERIFY(limited.body.contains("rate_limited"));
        QCOMPARE(get(port, b->token).status, 200); // another token: its own bucket
        stopServe(serve);
    }
    // Per address, from the environment alone (burst 1): any second request is refused.
    {
        QProcess serve;
        QProcessEnvironment env;
        env.insert(QStringLiteral("INVITEDESK_API_RATE_LIMIT_PER_ADDRESS"), QStringLiteral("6"));
        const int port = startServe(serve, {}, env);
        QVERIFY(port > 0);
        QCOMPARE(get(port, a->token).status, 200);
        const HttpReply limited = get(port, b->token);
        QVERIFY2(limited.status == 429, qPrintable(limited.describe()));
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        stopServe(serve);
    }
}

void TestServeCommand::noApiTurnsTheApiOff()
{
    QProcess serve;
    const int port = startServe(serve, {QStringLiteral("--no-api")});
    QVERIFY(port > 0);
    const HttpReply r = HttpProbe::viaQnam(
        "GET", QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/openapi.json").arg(port)), {}, {},
        10000);
    QCOMPARE(r.status, 404);
    stopServe(serve);
}

void TestServeCommand::busyPortIsEnvironmentError()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QByteArray err;
    QCOMPARE(runToExit({QStringLiteral("serve"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort())},
                       &err),
             3);
    QVERIFY2(err.contains("listen"), err.constData());
}

void TestServeCommand::servesAndStopsCleanlyOnSigterm()
{
    auto db = Database::open(m_url);
    QVERIFY(db.ok());
    const UserTree tree = TestFixtures::makeTree(db.value());
    // Four invitations: the accepts queue for the hashing pool, so when the first answer
    // arrives the others are still in flight. Their links are in the e-mails serve sends.
    for (int i = 0; i < 4; ++i) {
        NewInvitation in;
        in.email = QStringLiteral("served%1@example.com").arg(i);
        in.type = QStringLiteral("doctor");
        in.firstName = QStringLiteral("Sam");
        in.lastName = QStringLiteral("Served");
        auto invitation = InvitationService(db.value(), ServiceConfig{})
                              .create(tree[QStringLiteral("admin")], in);
        QVERIFY(invitation.ok());
    }

    QTemporaryDir mailDir;
    QVERIFY(mailDir.isValid());
    QProcess serve;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INVITEDESK_MAIL"), QUrl::fromLocalFile(mailDir.path()).toString());
    env.insert(QStringLiteral("INVITEDESK_PUBLIC_URL"),
               QStringLiteral("https://invite.example.com/"));
    serve.setProcessEnvironment(env);
    serve.start(m_bin,
                {QStringLiteral("--database"), m_url, QStringLiteral("--json"),
                 QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY(serve.waitForStarted(10000));
    QByteArray out;
    QJsonObject started;
    QTRY_VERIFY_WITH_TIMEOUT((out += serve.readAllStandardOutput(),
                              started = QJsonDocument::fromJson(out).object(), !started.isEmpty()),
                             20000);
    const int port = started.value(QStringLiteral("port")).toInt();
    QVERIFY(port > 0);
    QCOMPARE(started.value(QStringLiteral("public_url")).toString(),
             QStringLiteral("https://invite.example.com"));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));

    QCOMPARE(
        HttpProbe::viaQnam("GET", base.resolved(QUrl(QStringLiteral("/healthz"))), {}, {}, 10000)
            .status,
        200);

    // Its outbox dispatcher sends what other processes queue, within 2 seconds: the four
    // invitations above, then one made now.
    QDir mails(mailDir.path(), QStringLiteral("*.eml"));
    QTRY_COMPARE_WITH_TIMEOUT((mails.refresh(), mails.entryList().size()), 4, 10000);
    QStringList tokens;
    for (const QString& name : mails.entryList()) {
        QFile f(mails.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList inMail = linkTokens(f.readAll());
        QCOMPARE(inMail.size(), 1);
        tokens << inMail;
    }
    NewInvitation late;
    late.email = QStringLiteral("late.mail@example.com");
    late.type = QStringLiteral("sales");
    late.firstName = QStringLiteral("Lee");
    late.lastName = QStringLiteral("Late");
    ServiceConfig desk; // another process: its own public URL goes into the row
    desk.publicUrl = QStringLiteral("https://invite.example.com");
    auto queued = InvitationService(db.value(), desk).create(tree[QStringLiteral("admin")], late);
    QVERIFY(queued.ok());
    QElapsedTimer sinceQueued;
    sinceQueued.start();
    QTRY_VERIFY_WITH_TIMEOUT((mails.refresh(), mails.entryList().size() == 5), 2000);
    qInfo() << "e-mail written" << sinceQueued.elapsed() << "ms after the invitation was queued";
    QString newest;
    for (const QString& name : mails.entryList()) {
        QFile f(mails.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        if (text.contains("late.mail@example.com"))
            newest = QString::fromLatin1(text);
    }
    QVERIFY(!newest.isEmpty());
    // The link in it (quoted-printable may fold it) carries the public URL and a token of its
    // own.
    const QStringList newToken = linkTokens(newest.toLatin1());
    QCOMPARE(newToken.size(), 1);
    QVERIFY(!tokens.contains(newToken.first()));
    newest.remove(QStringLiteral("=\r\n")).remove(QStringLiteral("=\n"));
    QVERIFY2(
        newest.contains(QStringLiteral("https://invite.example.com/invite/") + newToken.first()),
        qPrintable(newest.left(2000)));
    // Accepts (hundreds of milliseconds of hashing each), then SIGTERM once the first is
    // answered: the others are in flight and must still be answered.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply*> replies;
    for (const QString& token : std::as_const(tokens)) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(
            base.resolved(QUrl(QStringLiteral("/api/v1/invitations/accept/") + token)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        replies << managers.back()->post(request,
                                         R"({"password":"a long and unusual passphrase 7"})");
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(replies.begin(), replies.end(),
                                         [](QNetworkReply* r) { return r->isFinished(); }),
                             30000);
    const auto finishedBefore = std::count_if(replies.begin(), replies.end(),
                                              [](QNetworkReply* r) { return r->isFinished(); });
    ::kill(pid_t(serve.processId()), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                         [](QNetworkReply* r) { return r->isFinished(); }),
                             30000);
    qInfo() << finishedBefore << "of 4 answered before SIGTERM";
    for (QNetworkReply* reply : std::as_const(replies))
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    qDeleteAll(replies);
    QTRY_COMPARE_WITH_TIMEOUT(serve.state(), QProcess::NotRunning, 20000);
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);

    const QByteArray log = serve.readAllStandardError();
    QVERIFY2(log.contains("POST /api/v1/invitations/accept/{token} 201"), log.constData());
    QVERIFY(log.contains("GET /healthz 200"));
    QVERIFY(log.contains("stopped"));
    for (const QString& token : std::as_const(tokens))
        QVERIFY(!log.contains(token.toLatin1()));
}

QTEST_GUILESS_MAIN(TestServeCommand)
#include "test_serve_command.moc"
