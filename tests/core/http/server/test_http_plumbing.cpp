// The acceptance handler's building blocks that need no database or network: language choice,
// client address, HTML escaping, security headers, --listen (request framing and bodies have
// test_request_framer and test_request_body).
#include "core/http/acceptance/AcceptanceServerOptions.h"
#include "core/http/server/ClientAddress.h"
#include "core/http/server/HtmlTemplate.h"
#include "core/http/server/LanguageNegotiation.h"
#include "core/http/server/SecurityHeaders.h"
#include "core/http/server/TrustedProxies.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::http;

class TestHttpPlumbing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void language_data();
    void language();
    void clientAddress_data();
    void clientAddress();
    void trustedProxies_data();
    void trustedProxies();
    void addressKey_data();
    void addressKey();
    void escaping();
    void templateRendersEscapedAndFragments();
    void securityHeaders();
    void listen_data();
    void listen();
};

void TestHttpPlumbing::language_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QByteArray() << QString();
    QTest::newRow("es") << QByteArray("es") << "es";
    QTest::newRow("es-MX first") << QByteArray("es-MX,es;q=0.9,en;q=0.8") << "es";
    QTest::newRow("en first") << QByteArray("en-US,en;q=0.9,es;q=0.5") << "en";
    QTest::newRow("q decides") << QByteArray("en;q=0.3, es;q=0.7") << "es";
    QTest::newRow("unsupported only") << QByteArray("fr-FR,de;q=0.5") << QString();
    QTest::newRow("unsupported first") << QByteArray("fr,es;q=0.4") << "es";
    QTest::newRow("q=0 excluded") << QByteArray("es;q=0, en;q=0.1") << "en";
    QTest::newRow("case and spaces") << QByteArray("  ES-es ; q=1") << "es";
    QTest::newRow("wildcard") << QByteArray("*") << QString();
    QTest::newRow("junk") << QByteArray(";;,,q=") << QString();
}

void TestHttpPlumbing::language()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, language);
    QCOMPARE(negotiateLanguage(header), language);
}

void TestHttpPlumbing::clientAddress_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QList<QByteArray>>("forwarded"); // header lines, in arrival order
    QTest::addColumn<bool>("trustLoopback");          // --trust-proxy
    QTest::addColumn<QString>("trustedProxies");      // --trusted-proxies
    QTest::addColumn<QString>("expected");
    using L = QList<QByteArray>;
    QTest::newRow("peer") << "127.0.0.1" << L() << false << ""
                          << "127.0.0.1";
    QTest::newRow("untrusted header ignored") << "127.0.0.1" << L{"203.0.113.9"} << false << ""
                                              << "127.0.0.1";
    QTest::newRow("trusted single") << "127.0.0.1" << L{"203.0.113.9"} << true << ""
                                    << "203.0.113.9";
    QTest::newRow("trusted: last hop, forged first ignored")
        << "127.0.0.1" << L{"1.2.3.4, 203.0.113.9"} << true << ""
        << "203.0.113.9";
    QTest::newRow("with port") << "127.0.0.1" << L{"203.0.113.9:5555"} << true << ""
                               << "203.0.113.9";
    QTest::newRow("v6 bracketed") << "127.0.0.1" << L{"[2001:db8::1]:443"} << true << ""
                                  << "2001:db8::1";
    QTest::newRow("v6 bare") << "127.0.0.1" << L{"2001:db8::2"} << true << ""
                             << "2001:db8::2";
    QTest::newRow("garbage falls back") << "127.0.0.1" << L{"not-an-ip"} << true << ""
                                        << "127.0.0.1";
    QTest::newRow("v4-mapped peer") << "::ffff:192.0.2.7" << L() << false << ""
                                    << "192.0.2.7";
    // Issue 11, finding 4: a proxy that appends a header line of its own after the client's.
    QTest::newRow("second line is the proxy's")
        << "127.0.0.1" << L{"198.51.100.66", "203.0.113.9"} << true << ""
        << "203.0.113.9";
    QTest::newRow("lines joined, right-most untrusted")
        << "127.0.0.1" << L{"198.51.100.66, 203.0.113.9", "10.0.0.7"} << true << "10.0.0.0/8"
        << "203.0.113.9";
    QTest::newRow("trusted hops skipped")
        << "127.0.0.1" << L{"203.0.113.9, 10.1.1.1, 10.2.2.2"} << true << "10.0.0.0/8"
        << "203.0.113.9";
    QTest::newRow("remote proxy by CIDR")
        << "10.0.0.5" << L{"203.0.113.9"} << false << "10.0.0.0/24"
        << "203.0.113.9";
    QTest::newRow("remote proxy needs --trusted-proxies")
        << "10.0.0.5" << L{"203.0.113.9"} << true << ""
        << "10.0.0.5";
    QTest::newRow("peer outside the trusted networks")
        << "10.9.0.5" << L{"203.0.113.9"} << false << "10.0.0.0/24"
        << "10.9.0.5";
    QTest::newRow("v4-mapped trusted peer")
        << "::ffff:10.0.0.5" << L{"203.0.113.9"} << false << "10.0.0.5"
        << "203.0.113.9";
    QTest::newRow("v6 proxy") << "2001:db8:ffff::1" << L{"2001:db8:1::7"} << false
                              << "2001:db8:ffff::/48"
                              << "2001:db8:1::7";
    QTest::newRow("all hops trusted: left-most")
        << "127.0.0.1" << L{"10.1.1.1, 10.2.2.2"} << true << "10.0.0.0/8"
        << "10.1.1.1";
    QTest::newRow("garbage after a trusted hop")
        << "127.0.0.1" << L{"203.0.113.9, unknown, 10.2.2.2"} << true << "10.0.0.0/8"
        << "10.2.2.2";
    QTest::newRow("empty entries skipped") << "127.0.0.1" << L{"203.0.113.9,", ""} << true << ""
                                           << "203.0.113.9";
}

void TestHttpPlumbing::clientAddress()
{
    QFETCH(QString, peer);
    QFETCH(QList<QByteArray>, forwarded);
    QFETCH(bool, trustLoopback);
    QFETCH(QString, trustedProxies);
    QFETCH(QString, expected);
    auto trusted = TrustedProxies::parse(trustedProxies);
    QVERIFY(trusted.ok());
    if (trustLoopback)
        trusted->addLoopback();
    QCOMPARE(displayAddress(clientHost(QHostAddress(peer), forwarded, trusted.value())), expected);
}

void TestHttpPlumbing::trustedProxies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("inside");
    QTest::addColumn<QString>("outside");
    QTest::newRow("cidr") << "10.0.0.0/8" << true << "10.255.1.2"
                          << "11.0.0.1";
    QTest::newRow("list") << "192.0.2.7, 198.51.100.0/24" << true << "198.51.100.9"
                          << "192.0.2.8";
    QTest::newRow("commas, no spaces") << "192.0.2.7,198.51.100.0/24" << true << "192.0.2.7"
                                       << "198.51.101.1";
    QTest::newRow("v6") << "2001:db8::/32" << true << "2001:db8:5::1"
                        << "2001:db9::1";
    QTest::newRow("empty") << "" << true << QString() << "127.0.0.1";
    QTest::newRow("hostname") << "proxy.example" << false << QString() << QString();
    QTest::newRow("bad prefix") << "10.0.0.0/33" << false << QString() << QString();
}

void TestHttpPlumbing::trustedProxies()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, inside);
    QFETCH(QString, outside);
    auto proxies = TrustedProxies::parse(text);
    QCOMPARE(proxies.ok(), ok);
    if (!ok) {
        QCOMPARE(proxies.error().field, QStringLiteral("trusted-proxies"));
        QVERIFY(proxies.error().message.contains(text));
        return;
    }
    if (!inside.isEmpty())
        QVERIFY(proxies->contains(QHostAddress(inside)));
    QVERIFY(!proxies->contains(QHostAddress(outside)));
    // --trust-proxy means loopback, not any peer.
    AcceptanceServerOptions options;
    options.trustProxy = true;
    options.trustedProxies = proxies.value();
    QVERIFY(options.proxies().contains(QHostAddress(QStringLiteral("127.0.0.9"))));
    QVERIFY(options.proxies().contains(QHostAddress::LocalHostIPv6));
    QVERIFY(!options.proxies().contains(QHostAddress(QStringLiteral("192.0.2.200"))));
}

void TestHttpPlumbing::addressKey_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("key");
    QTest::newRow("v4") << "203.0.113.9"
                        << "203.0.113.9";
    QTest::newRow("v4-mapped") << "::ffff:203.0.113.9"
                               << "203.0.113.9";
    QTest::newRow("v6 by /64") << "2001:db8:1:2:aaaa:bbbb:cccc:dddd"
                               << "2001:db8:1:2::/64";
    QTest::newRow("v6 same /64") << "2001:db8:1:2::1"
                                 << "2001:db8:1:2::/64";
    QTest::newRow("v6 next /64") << "2001:db8:1:3::1"
                                 << "2001:db8:1:3::/64";
    QTest::newRow("v6 loopback") << "::1"
                                 << "::/64";
}

void TestHttpPlumbing::addressKey()
{
    QFETCH(QString, address);
    QFETCH(QString, key);
    QCOMPARE(http::addressKey(QHostAddress(address)), key);
}

void TestHttpPlumbing::escaping()
{
    QCOMPARE(HtmlTemplate::escape(QStringLiteral("<script>alert('x')&\"</script>")),
             QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&amp;&quot;&lt;/script&gt;"));
}

void TestHttpPlumbing::templateRendersEscapedAndFragments()
{
    const HtmlTemplate t(QStringLiteral("<p title=\"{{a}}\">{{ a }}</p>{{&frag}}{{missing}}{{"));
    QCOMPARE(t.render({{QStringLiteral("a"), QStringLiteral("\"><img src=x>")}},
                      {{QStringLiteral("frag"), QStringLiteral("<b>ok</b>")}}),
             QStringLiteral("<p title=\"&quot;&gt;&lt;img src=x&gt;\">&quot;&gt;&lt;img "
                            "src=x&gt;</p><b>ok</b>{{"));
    // A value holding placeholder syntax is not expanded again.
    QCOMPARE(HtmlTemplate(QStringLiteral("{{a}}"))
                 .render({{QStringLiteral("a"), QStringLiteral("{{&b}}")}},
                         {{QStringLiteral("b"), QStringLiteral("<x>")}}),
             QStringLiteral("{{&amp;b}}"));
}

void TestHttpPlumbing::securityHeaders()
{
    const QByteArray hash = SecurityHeaders::stylesheetHash("body{}");
    const SecurityHeaders headers({hash});
    const QByteArray csp = headers.contentSecurityPolicy();
    QVERIFY(csp.startsWith("default-src 'none'"));
    QVERIFY(csp.contains("style-src 'sha256-" + hash + "'"));
    QVERIFY(csp.contains("frame-ancestors 'none'"));
    QVERIFY(csp.contains("form-action 'self'"));
    QVERIFY(!csp.contains("unsafe-inline"));
    QVERIFY(!csp.contains("script-src"));
    const QByteArray raw = headers.asRawLines();
    QVERIFY(raw.contains("X-Frame-Options: DENY\r\n"));
    QVERIFY(raw.contains("Referrer-Policy: no-referrer\r\n"));
    QVERIFY(raw.contains("Cache-Control: no-store\r\n"));
    QVERIFY(raw.contains("X-Content-Type-Options: nosniff\r\n"));
}

void TestHttpPlumbing::listen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("v4") << "127.0.0.1:8080" << true << "127.0.0.1" << 8080;
    QTest::newRow("private") << "10.1.2.3:9000" << true << "10.1.2.3" << 9000;
    QTest::newRow("v6") << "[::1]:8443" << true << "::1" << 8443;
    QTest::newRow("localhost") << "localhost:80" << true << "127.0.0.1" << 80;
    QTest::newRow("port only") << ":8081" << true << "127.0.0.1" << 8081;
    QTest::newRow("any port") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
    QTest::newRow("no port") << "127.0.0.1" << false << QString() << 0;
    QTest::newRow("port too big") << "127.0.0.1:70000" << false << QString() << 0;
    QTest::newRow("hostname") << "example.com:80" << false << QString() << 0;
    QTest::newRow("bare v6") << "::1:80" << false << QString() << 0;
}

void TestHttpPlumbing::listen()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, address);
    QFETCH(int, port);
    auto r = AcceptanceServerOptions::withListen({}, text);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error().field, QStringLiteral("listen"));
        return;
    }
    QCOMPARE(r->address, QHostAddress(address));
    QCOMPARE(int(r->port), port);
}

QTEST_GUILESS_MAIN(TestHttpPlumbing)
#include "test_http_plumbing.moc"
