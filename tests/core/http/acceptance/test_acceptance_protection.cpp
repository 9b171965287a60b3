// The acceptance handler refusing abuse on loopback: the rate limit per address (and
// X-Forwarded-For only behind a trusted proxy), connections per address, malformed request
// lines and oversized bodies.
#include "AcceptanceHttpFixture.h"

#include "core/http/server/TrustedProxies.h"

#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace invitedesk;
using namespace invitedesk::test;

class TestAcceptanceProtection : public AcceptanceHttpFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startFixture(); }
    void cleanupTestCase()
    {
        verifyLogHoldsNoSecrets();
        stopFixture();
    }
    void rateLimitPerAddress();
    void forwardedForOnlyWithTrustProxy();
    void spoofedHeaderLinesDoNotChooseTheKey();
    void headerFromUntrustedPeerIgnored();
    void connectionsPerAddressCapped();
    void malformedRequestLine();
    void oversizedBodies();
};

void TestAcceptanceProtection::rateLimitPerAddress()
{
    http::AcceptanceServerOptions options;
    options.port = 0; // the defaults: 30 a minute, burst 10
    auto limited = startServer(options);
    QVERIFY(limited);
    const QString token = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    for (int i = 0; i < 10; ++i) {
        const HttpReply r = HttpProbe::viaQnam(
            "GET", url(QStringLiteral("/api/v1/invitations/validate/") + token, limited->port()),
            {}, {}, 10000);
        QCOMPARE(r.status, 404);
    }
    const HttpReply refused = HttpProbe::viaCurl(
        "GET", url(QStringLiteral("/api/v1/invitations/validate/") + token, limited->port()), {},
        {}, 10000);
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("retry-after").toInt() >= 1);
    QCOMPARE(json(refused).value(QStringLiteral("error")).toString(),
             QStringLiteral("rate_limited"));
    verifySecurityHeaders(refused);
    // Every token route counts; the page answers in HTML.
    const HttpReply page = HttpProbe::viaQnam(
        "GET", url(QStringLiteral("/invite/") + token, limited->port()), {}, {}, 10000);
    QCOMPARE(page.status, 429);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QVERIFY(page.body.contains("Too many attempts"));
    const HttpReply accept = HttpProbe::viaQnam(
        "POST", url(QStringLiteral("/api/v1/invitations/accept/") + token, limited->port()),
        R"({"password":"x"})", {{"Content-Type", "application/json"}}, 10000);
    QCOMPARE(accept.status, 429);
    // The health check is not a token route.
    QCOMPARE(
        HttpProbe::viaQnam("GET", url(QStringLiteral("/healthz"), limited->port()), {}, {}, 10000)
            .status,
        200);
    // Off means off.
    http::AcceptanceServerOptions off;
    off.port = 0;
    off.rateLimitPerMinute = 0;
    auto unlimited = startServer(off);
    for (int i = 0; i < 40; ++i) {
        QCOMPARE(HttpProbe::viaQnam("GET",
                                    url(QStringLiteral("/api/v1/invitations/validate/") + token,
                                        unlimited->port()),
                                    {}, {}, 10000)
                     .status,
                 404);
    }
    limited->stopAndWait();
    unlimited->stopAndWait();
}

void TestAcceptanceProtection::forwardedForOnlyWithTrustProxy()
{
    const QString token = QStringLiteral("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
    auto run = [&](bool trust) {
        http::AcceptanceServerOptions options;
        options.port = 0;
        options.rateLimitPerMinute = 30;
        options.rateLimitBurst = 2;
        options.trustProxy = trust;
        auto server = startServer(options);
        auto get = [&](const QByteArray& forwarded) {
            return HttpProbe::viaQnam(
                       "GET",
                       url(QStringLiteral("/api/v1/invitations/validate/") + token, server->port()),
                       {}, {{"X-Forwarded-For", forwarded}}, 10000)
                .status;
        };
        QList<int> statuses{get("203.0.113.1"), get("203.0.113.1"), get("203.0.113.1"),
                            get("10.0.0.1, 203.0.113.2")};
        server->stopAndWait();
        return statuses;
    };
    // Behind a proxy each client has its own bucket; the proxy's own hop list is not forged.
    QCOMPARE(run(true), (QList<int>{404, 404, 429, 404}));
    // Without --trust-proxy the header is ignored: everything is the loopback peer.
    QCOMPARE(run(false), (QList<int>{404, 404, 429, 429}));
}

namespace {
// Validates an unknown token through a proxy's request, with these X-Forwarded-For lines;
// returns the status (404 when let through, 429 when rate limited).
int validateWithForwardedLines(quint16 port, const QList<QByteArray>& lines)
{
    QByteArray request = "GET /api/v1/invitations/validate/"
                         "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC HTTP/1.1\r\nHost: x\r\n";
    for (const QByteArray& line : lines)
        request += "X-Forwarded-For: " + line + "\r\n";
    request += "Connection: close\r\n\r\n";
    return HttpProbe::parse(HttpProbe::raw(port, request, 10000)).status;
}

// A connection from `from` (any 127/8 address reaches a loopback listener on Linux).
std::unique_ptr<QTcpSocket> connectFrom(const QHostAddress& from, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!socket->bind(from))
        return nullptr;
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket;
}

// Sends GET /healthz and returns the status, 0 when the connection closed or nothing came.
int healthz(QTcpSocket& socket)
{
    if (socket.state() != QAbstractSocket::ConnectedState)
        return 0;
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray received;
    for (int waited = 0; waited < 5000 && !received.contains("\r\n\r\n"); waited += 20) {
        QTest::qWait(20);
        received += socket.readAll();
    }
    QTest::qWait(20); // the rest of a small body
    received += socket.readAll();
    return HttpProbe::parse(received).status;
}
} // namespace

void TestAcceptanceProtection::spoofedHeaderLinesDoNotChooseTheKey()
{
    // Issue 11, finding 4: behind a proxy that appends a header line of its own, the client's
    // line (first) changed on every request and chose a fresh rate-limit bucket each time.
    // All lines are read; the right-most untrusted address (the proxy's line) is the client.
    http::AcceptanceServerOptions options;
    options.port = 0;
    options.rateLimitPerMinute = 30;
    options.rateLimitBurst = 2;
    options.trustProxy = true; // the proxy is on loopback
    options.trustedProxies = http::TrustedProxies::parse(QStringLiteral("10.0.0.0/8")).value();
    auto server = startServer(options);
    QVERIFY(server);
    QList<int> statuses;
    for (int i = 1; i <= 4; ++i) {
        const QByteArray spoofed = "198.51.100." + QByteArray::number(i);
        statuses << validateWithForwardedLines(server->port(), {spoofed, "203.0.113.77"});
    }
    QCOMPARE(statuses, (QList<int>{404, 404, 429, 429}));
    // Hops that are trusted proxies themselves are skipped; entries left of the client count
    // for nothing.
    QCOMPARE(validateWithForwardedLines(server->port(), {"203.0.113.77, 10.1.2.3"}), 429);
    QCOMPARE(validateWithForwardedLines(server->port(), {"203.0.113.99", "10.1.2.3"}), 404);
    // IPv6 clients count by /64: another address in the same /64 is the same bucket.
    QCOMPARE(validateWithForwardedLines(server->port(), {"2001:db8:7:7::1"}), 404);
    QCOMPARE(validateWithForwardedLines(server->port(), {"2001:db8:7:7::2"}), 404);
    QCOMPARE(validateWithForwardedLines(server->port(), {"[2001:db8:7:7:ffff::3]:5555"}), 429);
    QCOMPARE(validateWithForwardedLines(server->port(), {"2001:db8:7:8::1"}), 404);
    server->stopAndWait();
}

void TestAcceptanceProtection::headerFromUntrustedPeerIgnored()
{
    // Only the listed proxies are believed: the loopback peer is not one of them here, so its
    // header is ignored and every request counts against the peer.
    http::AcceptanceServerOptions options;
    options.port = 0;
    options.rateLimitPerMinute = 30;
    options.rateLimitBurst = 2;
    options.trustedProxies = http::TrustedProxies::parse(QStringLiteral("192.0.2.0/24")).value();
    auto server = startServer(options);
    QVERIFY(server);
    QList<int> statuses;
    for (int i = 1; i <= 3; ++i) {
        const QByteArray forged = "203.0.113." + QByteArray::number(i);
        statuses << validateWithForwardedLines(server->port(), {forged});
    }
    QCOMPARE(statuses, (QList<int>{404, 404, 429}));
    server->stopAndWait();
    // A loopback proxy listed by CIDR is believed without --trust-proxy.
    options.trustedProxies = http::TrustedProxies::parse(QStringLiteral("127.0.0.0/8")).value();
    auto listed = startServer(options);
    QVERIFY(listed);
    statuses.clear();
    for (int i = 1; i <= 3; ++i) {
        const QByteArray client = "203.0.113." + QByteArray::number(i);
        statuses << validateWithForwardedLines(listed->port(), {client});
    }
    QCOMPARE(statuses, (QList<int>{404, 404, 404}));
    listed->stopAndWait();
}

void TestAcceptanceProtection::connectionsPerAddressCapped()
{
    // Issue 11, finding 4: one address could hold every connection slot. Beyond the cap its
    // extra connections are closed at once, while another address is still served.
    http::AcceptanceServerOptions options;
    options.port = 0;
    options.rateLimitPerMinute = 0;
    options.maxConnectionsPerAddress = 3;
    auto server = startServer(options);
    QVERIFY(server);
    const QHostAddress first(QStringLiteral("127.0.0.1"));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(connectFrom(first, server->port()));
        QVERIFY(held.back());
        QVERIFY(held.back()->waitForConnected(5000));
    }
    auto extra = connectFrom(first, server->port());
    QVERIFY(extra);
    QTRY_COMPARE_WITH_TIMEOUT(extra->state(), QAbstractSocket::UnconnectedState, 5000);
    // Another address is served while the first holds its three.
    auto other = connectFrom(QHostAddress(QStringLiteral("127.0.0.2")), server->port());
    QVERIFY(other);
    QVERIFY(other->waitForConnected(5000));
    QCOMPARE(healthz(*other), 200);
    // The three held ones still work; once one closes, the address may connect again.
    QCOMPARE(healthz(*held.front()), 200);
    held.front()->disconnectFromHost();
    held.erase(held.begin());
    QTest::qWait(300); // the server sees the close
    auto again = connectFrom(first, server->port());
    QVERIFY(again);
    QVERIFY(again->waitForConnected(5000));
    QCOMPARE(healthz(*again), 200);
    held.clear();
    extra.reset();
    other.reset();
    again.reset();
    server->stopAndWait();
}

void TestAcceptanceProtection::malformedRequestLine()
{
    for (const QByteArray& garbage :
         {QByteArray("GARBAGE LINE\r\n\r\n"), QByteArray("GET /healthz\r\n\r\n"),
          QByteArray("GET /he alth HTTP/1.1\r\n\r\n"),
          QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc", 9)}) {
        bool closed = false;
        const QByteArray answer = HttpProbe::raw(m_server->port(), garbage, 5000, &closed);
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
        QVERIFY(closed);
        const HttpReply reply = HttpProbe::parse(answer);
        verifySecurityHeaders(reply);
        QCOMPARE(reply.header("connection"), QByteArray("close"));
    }
    // The server carries on.
    QCOMPARE(HttpProbe::viaQnam("GET", url(QStringLiteral("/healthz")), {}, {}, 10000).status, 200);
}

void TestAcceptanceProtection::oversizedBodies()
{
    // Over the route's limit (16 KiB) but under the connection's hard cap: a JSON error naming
    // the field, connection kept.
    const Invitation inv = invite(unique(QStringLiteral("big")));
    const QByteArray body = R"({"password":")" + QByteArray(64 * 1024, 'y') + R"("})";
    const HttpReply viaCurl =
        HttpProbe::viaCurl("POST", url(QStringLiteral("/api/v1/invitations/accept/") + link(inv)),
                           body, {{"Content-Type", "application/json"}}, 10000);
    QCOMPARE(viaCurl.status, 400);
    QCOMPARE(json(viaCurl).value(QStringLiteral("field")).toString(), QStringLiteral("body"));
    // The form page says so in words.
    const HttpReply page =
        HttpProbe::viaQnam("POST", url(QStringLiteral("/invite/") + link(inv)),
                           "password=" + QByteArray(64 * 1024, 'z'),
                           {{"Content-Type", "application/x-www-form-urlencoded"}}, 10000);
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("The form is too large"));
    // Declared beyond the hard cap: refused before the body is read, connection closed.
    bool closed = false;
    const QByteArray answer =
        HttpProbe::raw(m_server->port(),
                       "POST /api/v1/invitations/accept/" + link(inv).toLatin1() +
                           " HTTP/1.1\r\nHost: x\r\nContent-Type: "
                           "application/json\r\nContent-Length: 50000000\r\n\r\n{",
                       5000, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY(closed);
    QCOMPARE(json(HttpProbe::parse(answer)).value(QStringLiteral("field")).toString(),
             QStringLiteral("body"));
    QCOMPARE(HttpProbe::viaQnam("GET",
                                url(QStringLiteral("/api/v1/invitations/validate/") + link(inv)),
                                {}, {}, 10000)
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestAcceptanceProtection)
#include "test_acceptance_protection.moc"
