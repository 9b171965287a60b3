// The acceptance handler's connections and lifetime on loopback: pipelined answers in order,
// clients that leave mid-request, HTTP/1.0, stopping with requests in flight, and the health
// check when the database goes away.
#include "AcceptanceHttpFixture.h"

#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestAcceptanceConnection : public AcceptanceHttpFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startFixture(); }
    void cleanupTestCase()
    {
        verifyLogHoldsNoSecrets();
        stopFixture();
    }
    void pipelinedAnswersKeepOrder();
    void clientLeavingMidRequestDoesNotHurt();
    void http10ClosesAfterAnswer();
    void stopFinishesRequestsInFlight();
    void healthzReportsDatabaseDown();
    void trickledEmptyLinesCloseAtRequestTimeout();
};

void TestAcceptanceConnection::pipelinedAnswersKeepOrder()
{
    // The accept takes a password hash (hundreds of ms) on its own pool; the health check
    // behind it on the same connection is ready long before. Answers must keep request order.
    const Invitation inv = invite(unique(QStringLiteral("pipe")));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray requests =
        "POST /api/v1/invitations/accept/" + link(inv).toLatin1() +
        " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body +
        "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
        "GET /api/v1/invitations/validate/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    bool closed = false;
    const QByteArray answers = HttpProbe::raw(m_server->port(), requests, 20000, &closed);
    QVERIFY(closed); // the last request asked to close
    QByteArray rest;
    const HttpReply first = HttpProbe::parse(answers, &rest);
    const HttpReply second = HttpProbe::parse(rest, &rest);
    const HttpReply third = HttpProbe::parse(rest, &rest);
    QCOMPARE(first.status, 201);
    QVERIFY(first.body.contains("user_id"));
    QCOMPARE(second.status, 200);
    QVERIFY(second.body.contains("\"status\":\"ok\""));
    QCOMPARE(third.status, 404);
    QCOMPARE(third.header("connection"), QByteArray("close"));
    QVERIFY(rest.isEmpty());
}

void TestAcceptanceConnection::clientLeavingMidRequestDoesNotHurt()
{
    // Before Qt 6.8 an answer computed for a connection that has gone wrote to a deleted
    // socket. The accept still happens; the server keeps serving.
    const Invitation inv = invite(unique(QStringLiteral("gone")));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}})
                                .toJson(QJsonDocument::Compact);
    for (int i = 0; i < 3; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/invitations/accept/" + link(inv).toLatin1() +
                     " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(socket.waitForBytesWritten(5000));
        QTest::qWait(20);
        socket.abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestsInFlight(), 0, 20000);
    QCOMPARE(HttpProbe::viaQnam("GET", url(QStringLiteral("/healthz")), {}, {}, 10000).status, 200);
    QCOMPARE(json(HttpProbe::viaQnam(
                      "GET", url(QStringLiteral("/api/v1/invitations/validate/") + link(inv)), {},
                      {}, 10000))
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("accepted"));
}

void TestAcceptanceConnection::http10ClosesAfterAnswer()
{
    bool closed = false;
    const QByteArray answer =
        HttpProbe::raw(m_server->port(), "GET /healthz HTTP/1.0\r\n\r\n", 5000, &closed);
    QVERIFY(answer.startsWith("HTTP/1.1 200 "));
    QVERIFY(closed);
    // HTTP/1.1 keeps the connection open for the next request.
    closed = false;
    HttpProbe::raw(m_server->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 700, &closed);
    QVERIFY(!closed);
}

void TestAcceptanceConnection::stopFinishesRequestsInFlight()
{
    http::AcceptanceServerOptions options;
    options.port = 0;
    options.rateLimitPerMinute = 0;
    auto server = startServer(options);
    QVERIFY(server);
    const Invitation inv = invite(unique(QStringLiteral("stop")));
    QNetworkAccessManager manager;
    QNetworkRequest request(
        url(QStringLiteral("/api/v1/invitations/accept/") + link(inv), server->port()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = manager.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}}).toJson());
    QTRY_COMPARE_WITH_TIMEOUT(server->requestsInFlight(), 1, 10000);
    QSignalSpy stopped(server.get(), &http::AcceptanceServer::stopped);
    server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    delete reply;
    // Nothing listens any more.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(!probe.waitForConnected(1000) || !probe.waitForReadyRead(500));
    // And it can start again (the desktop app toggles it from its settings).
    QVERIFY(server->start().ok());
    QCOMPARE(
        HttpProbe::viaQnam("GET", url(QStringLiteral("/healthz"), server->port()), {}, {}, 10000)
            .status,
        200);
    server->stopAndWait();
}

void TestAcceptanceConnection::healthzReportsDatabaseDown()
{
    // A database of its own, taken away under the running handler.
    QString error;
    const QString dbUrl = TestDatabase::createUrl(&error);
    QVERIFY2(!dbUrl.isEmpty(), qPrintable(error));
    auto db = Database::open(dbUrl);
    QVERIFY(db.ok());
    http::AcceptanceServerOptions options;
    options.port = 0;
    auto server = std::make_unique<http::AcceptanceServer>(
        BackendServices::wrap(db.value(), ServiceConfig{}), options);
    QVERIFY(server->start().ok());
    QCOMPARE(
        HttpProbe::viaQnam("GET", url(QStringLiteral("/healthz"), server->port()), {}, {}, 10000)
            .status,
        200);
    if (db.value()->isPostgres()) {
        auto admin = Database::open(qEnvironmentVariable("INVITEDESK_TEST_PG_URL"));
        QVERIFY(admin.ok());
        QSqlQuery q(admin.value()->connection().value());
        const QString name = db.value()->url().database;
        QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE datname = '%1'")
                           .arg(name)));
        QVERIFY2(q.exec(QStringLiteral("DROP DATABASE %1").arg(name)),
                 qPrintable(q.lastError().text()));
    } else {
        QFile file(db.value()->url().path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(0)); // the file under the open connection loses its schema
        QFile::remove(db.value()->url().path + QStringLiteral("-wal"));
    }
    const HttpReply down =
        HttpProbe::viaCurl("GET", url(QStringLiteral("/healthz"), server->port()), {}, {}, 20000);
    QCOMPARE(down.status, 503);
    verifySecurityHeaders(down);
    QCOMPARE(json(down).value(QStringLiteral("status")).toString(), QStringLiteral("unavailable"));
    server->stopAndWait();
}

void TestAcceptanceConnection::trickledEmptyLinesCloseAtRequestTimeout()
{
    // Issue 11, finding 4: empty lines before a request line were skipped without starting the
    // request timeout, and each one restarted the idle timeout; 1,030 sockets trickling "\r\n"
    // held all 1,024 slots. They now count as the request's start.
    http::AcceptanceServerOptions options;
    options.port = 0;
    options.connection.requestTimeoutMs = 500;
    options.connection.idleTimeoutMs = 60 * 1000;
    auto server = startServer(options);
    QVERIFY(server);
    QTcpSocket trickle;
    trickle.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(trickle.waitForConnected(5000));
    QElapsedTimer elapsed;
    elapsed.start();
    while (trickle.state() == QAbstractSocket::ConnectedState && elapsed.elapsed() < 5000) {
        trickle.write("\r\n");
        QTest::qWait(100);
    }
    QCOMPARE(trickle.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(elapsed.elapsed() < 2500, qPrintable(QString::number(elapsed.elapsed())));
    // A keep-alive connection that sends nothing is held to the idle timeout, not the request's.
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(idle.waitForConnected(5000));
    idle.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(idle.bytesAvailable() > 0, 5000);
    QTest::qWait(1200);
    QCOMPARE(idle.state(), QAbstractSocket::ConnectedState);
    // The handler still answers.
    QCOMPARE(
        HttpProbe::viaQnam("GET", url(QStringLiteral("/healthz"), server->port()), {}, {}, 10000)
            .status,
        200);
    server->stopAndWait();
}

QTEST_GUILESS_MAIN(TestAcceptanceConnection)
#include "test_acceptance_connection.moc"
