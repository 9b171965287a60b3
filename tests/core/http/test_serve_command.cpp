// `invitedesk serve` as a process: options, exit codes, the access log, and a clean stop on
// SIGTERM that still answers the request in flight. Both backends.
#include "HttpProbe.h"

#include "core/services/InvitationService.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
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

private:
    int runToExit(const QStringList& args, QByteArray* err = nullptr);
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
}

void TestServeCommand::badOptionsAreUsageErrors()
{
    QFETCH(QStringList, args);
    QByteArray err;
    QCOMPARE(runToExit(args, &err), 2);
    QVERIFY(!err.isEmpty());
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
    NewInvitation in;
    in.email = QStringLiteral("served@example.com");
    in.type = QStringLiteral("doctor");
    in.firstName = QStringLiteral("Sam");
    in.lastName = QStringLiteral("Served");
    auto invitation =
        InvitationService(db.value(), ServiceConfig{}).create(tree[QStringLiteral("admin")], in);
    QVERIFY(invitation.ok());
    const QString token = invitation->issuedToken;

    QProcess serve;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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
    // An accept (hundreds of milliseconds of hashing), then SIGTERM while it is in flight.
    QNetworkAccessManager manager;
    QNetworkRequest request(
        base.resolved(QUrl(QStringLiteral("/api/v1/invitations/accept/") + token)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply =
        manager.post(request, R"({"password":"a long and unusual passphrase 7"})");
    QTest::qWait(50);
    QVERIFY(!reply->isFinished());
    ::kill(pid_t(serve.processId()), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    delete reply;
    QTRY_COMPARE_WITH_TIMEOUT(serve.state(), QProcess::NotRunning, 20000);
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);

    const QByteArray log = serve.readAllStandardError();
    QVERIFY2(log.contains("POST /api/v1/invitations/accept/{token} 201"), log.constData());
    QVERIFY(log.contains("GET /healthz 200"));
    QVERIFY(log.contains("stopped"));
    QVERIFY(!log.contains(token.toLatin1()));
}

QTEST_GUILESS_MAIN(TestServeCommand)
#include "test_serve_command.moc"
