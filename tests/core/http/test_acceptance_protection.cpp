// The acceptance handler refusing abuse on loopback: the rate limit per address (and
// X-Forwarded-For only behind a trusted proxy), malformed request lines and oversized bodies.
#include "AcceptanceHttpFixture.h"

#include <QTest>

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
    const HttpReply viaCurl = HttpProbe::viaCurl(
        "POST", url(QStringLiteral("/api/v1/invitations/accept/") + inv.issuedToken), body,
        {{"Content-Type", "application/json"}}, 10000);
    QCOMPARE(viaCurl.status, 400);
    QCOMPARE(json(viaCurl).value(QStringLiteral("field")).toString(), QStringLiteral("body"));
    // The form page says so in words.
    const HttpReply page =
        HttpProbe::viaQnam("POST", url(QStringLiteral("/invite/") + inv.issuedToken),
                           "password=" + QByteArray(64 * 1024, 'z'),
                           {{"Content-Type", "application/x-www-form-urlencoded"}}, 10000);
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("The form is too large"));
    // Declared beyond the hard cap: refused before the body is read, connection closed.
    bool closed = false;
    const QByteArray answer =
        HttpProbe::raw(m_server->port(),
                       "POST /api/v1/invitations/accept/" + inv.issuedToken.toLatin1() +
                           " HTTP/1.1\r\nHost: x\r\nContent-Type: "
                           "application/json\r\nContent-Length: 50000000\r\n\r\n{",
                       5000, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY(closed);
    QCOMPARE(json(HttpProbe::parse(answer)).value(QStringLiteral("field")).toString(),
             QStringLiteral("body"));
    QCOMPARE(HttpProbe::viaQnam(
                 "GET", url(QStringLiteral("/api/v1/invitations/validate/") + inv.issuedToken), {},
                 {}, 10000)
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestAcceptanceProtection)
#include "test_acceptance_protection.moc"
