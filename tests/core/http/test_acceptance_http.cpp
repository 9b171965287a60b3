// The acceptance handler running for real on loopback, driven by QNetworkAccessManager, curl
// and raw sockets: every route and status, the security headers, the race, the rate limit,
// broken and oversized requests, pipelining, clients that leave, and the health check.
#include "HttpProbe.h"

#include "core/http/AcceptanceServer.h"
#include "core/services/InvitationService.h"
#include "core/storage/UserRepository.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace invitedesk;
using namespace invitedesk::test;
using Client = HttpProbe::Client;

Q_DECLARE_METATYPE(HttpProbe::Client)

namespace {
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category) + QLatin1String(": ") + message);
    }
    if (type != QtInfoMsg && type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

QJsonObject json(const HttpReply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

const QString kGood = QStringLiteral("a long and unusual passphrase 7");
} // namespace

class TestAcceptanceHttp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void routes_data();
    void routes();
    void pageIsEscapedTranslatedAndSelfContained();
    void formErrorsRerenderWithTypedNames();
    void twentySimultaneousAcceptsGiveOneAccount();
    void rateLimitPerAddress();
    void forwardedForOnlyWithTrustProxy();
    void malformedRequestLine();
    void oversizedBodies();
    void pipelinedAnswersKeepOrder();
    void clientLeavingMidRequestDoesNotHurt();
    void http10ClosesAfterAnswer();
    void logsNeverShowTokens();
    void stopFinishesRequestsInFlight();
    void healthzReportsDatabaseDown();

private:
    Invitation invite(const QString& email, const QString& type = QStringLiteral("doctor"),
                      const QString& first = QStringLiteral("Robin"));
    QUrl url(const QString& path, quint16 port = 0) const;
    void makeAccount(const QString& email, const QString& organizationId);
    QString unique(const QString& prefix) const;
    static void verifySecurityHeaders(const HttpReply& reply);
    std::unique_ptr<http::AcceptanceServer> startServer(http::AcceptanceServerOptions options);

    DatabasePtr m_db;
    UserTree m_tree;
    std::unique_ptr<InvitationService> m_invitations;
    std::unique_ptr<http::AcceptanceServer> m_server;
    QStringList m_tokens;
};

void TestAcceptanceHttp::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessages);
    INVITEDESK_REQUIRE_DB(m_db);
    m_tree = TestFixtures::makeTree(m_db);
    m_invitations = std::make_unique<InvitationService>(m_db, ServiceConfig{});
    http::AcceptanceServerOptions options;
    options.port = 0;
    options.rateLimitPerMinute = 0; // the rate limit has its own servers below
    m_server = startServer(options);
    QVERIFY(m_server && m_server->isRunning());
}

void TestAcceptanceHttp::cleanupTestCase()
{
    if (m_server)
        m_server->stopAndWait();
    qInstallMessageHandler(g_previousHandler);
}

std::unique_ptr<http::AcceptanceServer>
TestAcceptanceHttp::startServer(http::AcceptanceServerOptions options)
{
    auto server = std::make_unique<http::AcceptanceServer>(m_db, ServiceConfig{}, options);
    auto started = server->start();
    if (!started) {
        qWarning() << "server did not start:" << started.error().describe();
        return nullptr;
    }
    return server;
}

QString TestAcceptanceHttp::unique(const QString& prefix) const
{
    return prefix + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(10) +
           QStringLiteral("@example.com");
}

Invitation TestAcceptanceHttp::invite(const QString& email, const QString& type,
                                      const QString& first)
{
    NewInvitation in;
    in.email = email;
    in.type = type;
    in.firstName = first;
    in.lastName = QStringLiteral("Invitee");
    auto created = m_invitations->create(m_tree[QStringLiteral("admin")], in);
    if (!created)
        qFatal("cannot create invitation: %s", qPrintable(created.error().describe()));
    m_tokens.append(created->issuedToken);
    return created.value();
}

void TestAcceptanceHttp::makeAccount(const QString& email, const QString& organizationId)
{
    User u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.email = email;
    u.firstName = QStringLiteral("Existing");
    u.lastName = QStringLiteral("Account");
    u.role = Role::Sales;
    u.organizationId = organizationId;
    u.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(UserRepository(*m_db, m_db->connection().value()).insert(u, QStringLiteral("x")).ok());
}

QUrl TestAcceptanceHttp::url(const QString& path, quint16 port) const
{
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(port ? port : m_server->port()).arg(path));
}

void TestAcceptanceHttp::verifySecurityHeaders(const HttpReply& reply)
{
    QVERIFY2(reply.header("content-security-policy").startsWith("default-src 'none'"),
             reply.header("content-security-policy").constData());
    QCOMPARE(reply.header("x-frame-options"), QByteArray("DENY"));
    QCOMPARE(reply.header("referrer-policy"), QByteArray("no-referrer"));
    QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(reply.header("x-content-type-options"), QByteArray("nosniff"));
}

void TestAcceptanceHttp::routes_data()
{
    QTest::addColumn<Client>("client");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    const QList<QPair<QString, int>> scenarios = {
        {QStringLiteral("validate open"), 200},
        {QStringLiteral("validate unknown"), 404},
        {QStringLiteral("validate expired"), 410},
        {QStringLiteral("validate cancelled"), 410},
        {QStringLiteral("validate accepted"), 410},
        {QStringLiteral("accept json"), 201},
        {QStringLiteral("accept form"), 201},
        {QStringLiteral("accept weak password"), 400},
        {QStringLiteral("accept malformed json"), 400},
        {QStringLiteral("accept without password"), 400},
        {QStringLiteral("accept body over limit"), 400},
        {QStringLiteral("accept unknown"), 404},
        {QStringLiteral("accept used"), 410},
        {QStringLiteral("accept existing account"), 409},
        {QStringLiteral("page open"), 200},
        {QStringLiteral("page unknown"), 404},
        {QStringLiteral("page expired"), 410},
        {QStringLiteral("page cancelled"), 410},
        {QStringLiteral("page submit weak"), 400},
        {QStringLiteral("page submit good"), 201},
        {QStringLiteral("page submit used"), 410},
        {QStringLiteral("healthz"), 200},
        {QStringLiteral("unknown path"), 404},
        {QStringLiteral("wrong method"), 405},
    };
    for (Client client : {Client::Qnam, Client::Curl}) {
        for (const auto& s : scenarios) {
            QTest::addRow("%s %s", qPrintable(HttpProbe::clientName(client)), qPrintable(s.first))
                << client << s.first << s.second;
        }
    }
}

void TestAcceptanceHttp::routes()
{
    QFETCH(Client, client);
    QFETCH(QString, scenario);
    QFETCH(int, status);
    const User admin = m_tree[QStringLiteral("admin")];
    const Headers jsonType{{"Content-Type", "application/json"}};
    const Headers formType{{"Content-Type", "application/x-www-form-urlencoded"}};
    const QString unknownToken = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

    // What the scenario needs: an invitation in the right state.
    Invitation inv;
    if (!scenario.contains(QLatin1String("unknown")) && scenario != QLatin1String("healthz") &&
        scenario != QLatin1String("wrong method")) {
        inv = invite(unique(QStringLiteral("route")));
        if (scenario.contains(QLatin1String("expired"))) {
            QSqlQuery q(m_db->connection().value());
            q.prepare(QStringLiteral("UPDATE user_invitations SET expires_at = ? WHERE id = ?"));
            q.addBindValue(m_db->timeValue(QDateTime::currentDateTimeUtc().addSecs(-60)));
            q.addBindValue(inv.id);
            QVERIFY(q.exec());
        }
        if (scenario.contains(QLatin1String("cancelled")))
            QVERIFY(m_invitations->cancel(admin, inv.id, QStringLiteral("test")).ok());
        if (scenario.contains(QLatin1String("accepted")) ||
            scenario.contains(QLatin1String("used"))) {
            const HttpReply first = HttpProbe::send(
                client, "POST",
                url(QStringLiteral("/api/v1/invitations/accept/") + inv.issuedToken),
                QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}}).toJson(), jsonType);
            QCOMPARE(first.status, 201);
        }
        if (scenario.contains(QLatin1String("existing account")))
            makeAccount(inv.email, inv.organizationId);
    }
    const QString token =
        scenario.contains(QLatin1String("unknown")) ? unknownToken : inv.issuedToken;
    const QString api = QStringLiteral("/api/v1/invitations/");

    HttpReply reply;
    if (scenario.startsWith(QLatin1String("validate"))) {
        reply = HttpProbe::send(client, "GET", url(api + QStringLiteral("validate/") + token));
    } else if (scenario == QLatin1String("accept form")) {
        reply = HttpProbe::send(client, "POST", url(api + QStringLiteral("accept/") + token),
                                "password=" + QUrl::toPercentEncoding(kGood) +
                                    "&first_name=Jos%C3%A9&last_name=Form",
                                formType);
    } else if (scenario.startsWith(QLatin1String("accept"))) {
        QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood},
                                      {QStringLiteral("first_name"), QStringLiteral("Json")}})
                .toJson();
        if (scenario.contains(QLatin1String("weak")))
            body = R"({"password":"password1234"})";
        if (scenario.contains(QLatin1String("malformed")))
            body = R"({"password": "unterminated)";
        if (scenario.contains(QLatin1String("without password")))
            body = R"({"first_name":"No"})";
        if (scenario.contains(QLatin1String("over limit")))
            body = R"({"password":")" + QByteArray(20 * 1024, 'x') + R"("})";
        reply = HttpProbe::send(client, "POST", url(api + QStringLiteral("accept/") + token), body,
                                jsonType);
    } else if (scenario.startsWith(QLatin1String("page submit"))) {
        const QByteArray password = scenario.contains(QLatin1String("weak"))
                                        ? QByteArray("password1234")
                                        : QUrl::toPercentEncoding(kGood);
        reply = HttpProbe::send(client, "POST", url(QStringLiteral("/invite/") + token),
                                "first_name=Page&last_name=Submit&password=" + password +
                                    "&password_confirmation=" + password,
                                formType);
    } else if (scenario.startsWith(QLatin1String("page"))) {
        reply = HttpProbe::send(client, "GET", url(QStringLiteral("/invite/") + token));
    } else if (scenario == QLatin1String("healthz")) {
        reply = HttpProbe::send(client, "GET", url(QStringLiteral("/healthz")));
    } else if (scenario == QLatin1String("unknown path")) {
        reply = HttpProbe::send(client, "GET", url(QStringLiteral("/admin")));
    } else if (scenario == QLatin1String("wrong method")) {
        reply = HttpProbe::send(client, "DELETE",
                                url(api + QStringLiteral("validate/") + unknownToken));
    }
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    verifySecurityHeaders(reply);

    const QJsonObject body = json(reply);
    if (scenario == QLatin1String("validate open")) {
        QCOMPARE(body.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("email")).toString(), inv.email);
        QCOMPARE(body.value(QStringLiteral("first_name")).toString(), QStringLiteral("Robin"));
        QCOMPARE(body.value(QStringLiteral("last_name")).toString(), QStringLiteral("Invitee"));
        QCOMPARE(body.value(QStringLiteral("invitation_type")).toString(),
                 QStringLiteral("doctor"));
        QCOMPARE(body.value(QStringLiteral("organization")).toString(),
                 QStringLiteral("Fixture Org"));
        QCOMPARE(QDateTime::fromString(body.value(QStringLiteral("expires_at")).toString(),
                                       Qt::ISODateWithMs)
                     .toMSecsSinceEpoch(),
                 inv.expiresAt.toMSecsSinceEpoch());
        QVERIFY(reply.header("content-type").startsWith("application/json"));
    } else if (scenario.startsWith(QLatin1String("validate"))) {
        QCOMPARE(body.value(QStringLiteral("valid")).toBool(true), false);
        if (status == 410) {
            const QString reason = scenario.section(QLatin1Char(' '), 1);
            QCOMPARE(body.value(QStringLiteral("reason")).toString(), reason);
        }
    } else if (scenario == QLatin1String("accept json") ||
               scenario == QLatin1String("accept form")) {
        const QString userId = body.value(QStringLiteral("user_id")).toString();
        QVERIFY(!QUuid::fromString(userId).isNull());
        auto user = UserRepository(*m_db, m_db->connection().value()).findById(userId);
        QVERIFY(user.ok() && user.value().has_value());
        QCOMPARE(user.value()->email, inv.email);
        QCOMPARE(user.value()->firstName, scenario.contains(QLatin1String("form"))
                                              ? QString::fromUtf8("José")
                                              : QStringLiteral("Json"));
    } else if (status == 400 && scenario.startsWith(QLatin1String("accept"))) {
        const QString field = scenario.contains(QLatin1String("malformed")) ||
                                      scenario.contains(QLatin1String("over limit"))
                                  ? QStringLiteral("body")
                                  : QStringLiteral("password");
        QCOMPARE(body.value(QStringLiteral("field")).toString(), field);
        QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
    } else if (scenario == QLatin1String("accept existing account")) {
        QCOMPARE(body.value(QStringLiteral("field")).toString(), QStringLiteral("email"));
    } else if (scenario.startsWith(QLatin1String("page"))) {
        QVERIFY(reply.header("content-type").startsWith("text/html"));
        QVERIFY(reply.body.contains("<html lang=\"en\">"));
        if (scenario == QLatin1String("page open")) {
            QVERIFY(reply.body.contains("value=\"Robin\""));
            QVERIFY(reply.body.contains(inv.email.toUtf8()));
            QVERIFY(reply.body.contains("Doctor"));
            QVERIFY(reply.body.contains("Fixture Org"));
            QVERIFY(reply.body.contains(admin.fullName().toUtf8()));
            QVERIFY(reply.body.contains("<form method=\"post\""));
        }
        if (scenario == QLatin1String("page expired")) {
            QVERIFY(reply.body.contains("expired"));
            QVERIFY(reply.body.contains(admin.fullName().toUtf8())); // whom to ask
            QVERIFY(reply.body.contains("new invitation"));
        }
        if (scenario == QLatin1String("page submit weak"))
            QVERIFY(reply.body.contains("too common"));
        if (scenario == QLatin1String("page submit good"))
            QVERIFY(reply.body.contains("Your account is ready"));
    } else if (scenario == QLatin1String("wrong method")) {
        QCOMPARE(reply.header("allow"), QByteArray("GET"));
    } else if (scenario == QLatin1String("healthz")) {
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }
}

void TestAcceptanceHttp::pageIsEscapedTranslatedAndSelfContained()
{
    const Invitation inv = invite(unique(QStringLiteral("xss")), QStringLiteral("sales"),
                                  QStringLiteral("<script>alert(1)</script>\"'"));
    const HttpReply es =
        HttpProbe::viaQnam("GET", url(QStringLiteral("/invite/") + inv.issuedToken), {},
                           {{"Accept-Language", "es-MX,es;q=0.9,en;q=0.5"}}, 10000);
    QCOMPARE(es.status, 200);
    QVERIFY(es.body.contains("<html lang=\"es\">"));
    QVERIFY(es.body.contains("Acepte su invitación"));
    QVERIFY(es.body.contains("Representante de ventas"));
    QVERIFY(es.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;"));
    QVERIFY(!es.body.contains("<script"));
    // Self-contained: no external resources, the one stylesheet allowed by its hash.
    QVERIFY(!es.body.contains("http://"));
    QVERIFY(!es.body.contains("https://"));
    QVERIFY(!es.body.contains("src="));
    QVERIFY(!es.body.contains("<link"));
    const qsizetype open = es.body.indexOf("<style>") + 7;
    const QByteArray css = es.body.mid(open, es.body.indexOf("</style>") - open);
    QVERIFY(es.header("content-security-policy")
                .contains("'sha256-" +
                          QCryptographicHash::hash(css, QCryptographicHash::Sha256).toBase64() +
                          "'"));
    // Labels for every input, in order.
    for (const char* id : {"email", "first_name", "last_name", "password", "password_confirmation"})
        QVERIFY(es.body.contains(QByteArray("<label for=\"") + id + "\">"));
    const HttpReply en =
        HttpProbe::viaQnam("GET", url(QStringLiteral("/invite/") + inv.issuedToken), {},
                           {{"Accept-Language", "fr-FR"}}, 10000);
    QVERIFY(en.body.contains("<html lang=\"en\">")); // the invitation's language
}

void TestAcceptanceHttp::formErrorsRerenderWithTypedNames()
{
    const Invitation inv = invite(unique(QStringLiteral("form")));
    const HttpReply reply = HttpProbe::viaQnam(
        "POST", url(QStringLiteral("/invite/") + inv.issuedToken),
        "first_name=Typed%20%3CName%3E&last_name=&password=short&password_confirmation=other",
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept-Language", "es"}}, 10000);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("value=\"Typed &lt;Name&gt;\""));
    QVERIFY(reply.body.contains("id=\"last_name-error\">Escriba su apellido."));
    QVERIFY(reply.body.contains("id=\"password-error\">Use al menos 12 caracteres."));
    QVERIFY(reply.body.contains(
        "id=\"password_confirmation-error\">Las dos contraseñas no coinciden."));
    QVERIFY(reply.body.contains("aria-invalid=\"true\""));
    QVERIFY(reply.body.contains("role=\"alert\""));
    QVERIFY(!reply.body.contains("value=\"short\"")); // passwords are never sent back
    // The first invalid field gets the focus.
    const qsizetype autofocus = reply.body.indexOf("autofocus");
    QVERIFY(autofocus > reply.body.indexOf("id=\"last_name\""));
    QVERIFY(autofocus < reply.body.indexOf("id=\"password\""));
    auto state = m_db->connection();
    QSqlQuery q(state.value());
    q.prepare(QStringLiteral("SELECT status FROM user_invitations WHERE id = ?"));
    q.addBindValue(inv.id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("pending"));
}

void TestAcceptanceHttp::twentySimultaneousAcceptsGiveOneAccount()
{
    const Invitation inv = invite(unique(QStringLiteral("race")));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}}).toJson();
    // One manager per request: a manager opens at most six connections to a host.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 20; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(
            url(QStringLiteral("/api/v1/invitations/accept/") + inv.issuedToken));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        replies.append(managers.back()->post(request, body));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                         [](QNetworkReply* r) { return r->isFinished(); }),
                             60000);
    QMap<int, int> statuses;
    for (QNetworkReply* r : replies)
        ++statuses[r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()];
    qInfo() << "twenty accepts:" << statuses;
    QCOMPARE(statuses.value(201), 1);
    QCOMPARE(statuses.value(410) + statuses.value(409), 19);
    QSqlQuery q(m_db->connection().value());
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE email = ?"));
    q.addBindValue(inv.email);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    qDeleteAll(replies);
}

void TestAcceptanceHttp::rateLimitPerAddress()
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

void TestAcceptanceHttp::forwardedForOnlyWithTrustProxy()
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

void TestAcceptanceHttp::malformedRequestLine()
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

void TestAcceptanceHttp::oversizedBodies()
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

void TestAcceptanceHttp::pipelinedAnswersKeepOrder()
{
    // The accept takes a password hash (hundreds of ms) on its own pool; the health check
    // behind it on the same connection is ready long before. Answers must keep request order.
    const Invitation inv = invite(unique(QStringLiteral("pipe")));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray requests =
        "POST /api/v1/invitations/accept/" + inv.issuedToken.toLatin1() +
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

void TestAcceptanceHttp::clientLeavingMidRequestDoesNotHurt()
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
        socket.write("POST /api/v1/invitations/accept/" + inv.issuedToken.toLatin1() +
                     " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(socket.waitForBytesWritten(5000));
        QTest::qWait(20);
        socket.abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestsInFlight(), 0, 20000);
    QCOMPARE(HttpProbe::viaQnam("GET", url(QStringLiteral("/healthz")), {}, {}, 10000).status, 200);
    QCOMPARE(json(HttpProbe::viaQnam(
                      "GET", url(QStringLiteral("/api/v1/invitations/validate/") + inv.issuedToken),
                      {}, {}, 10000))
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("accepted"));
}

void TestAcceptanceHttp::http10ClosesAfterAnswer()
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

void TestAcceptanceHttp::logsNeverShowTokens()
{
    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY(log.size() > 50);
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("/invite/{token}")));
    QVERIFY(
        log.join(QLatin1Char('\n')).contains(QLatin1String("/api/v1/invitations/accept/{token}")));
    for (const QString& line : std::as_const(log)) {
        for (const QString& token : std::as_const(m_tokens))
            QVERIFY2(!line.contains(token), qPrintable(line));
        QVERIFY2(!line.contains(kGood), qPrintable(line));
    }
}

void TestAcceptanceHttp::stopFinishesRequestsInFlight()
{
    http::AcceptanceServerOptions options;
    options.port = 0;
    options.rateLimitPerMinute = 0;
    auto server = startServer(options);
    QVERIFY(server);
    const Invitation inv = invite(unique(QStringLiteral("stop")));
    QNetworkAccessManager manager;
    QNetworkRequest request(
        url(QStringLiteral("/api/v1/invitations/accept/") + inv.issuedToken, server->port()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = manager.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}}).toJson());
    QTRY_COMPARE_WITH_TIMEOUT(server->requestsInFlight(), 1, 10000);
    QSignalSpy stopped(server.get(), &http::AcceptanceServer::stopped);
    server->stop();
    QVERIFY(stopped.wait(20000));
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

void TestAcceptanceHttp::healthzReportsDatabaseDown()
{
    // A database of its own, taken away under the running handler.
    QString error;
    const QString dbUrl = TestDatabase::createUrl(&error);
    QVERIFY2(!dbUrl.isEmpty(), qPrintable(error));
    auto db = Database::open(dbUrl);
    QVERIFY(db.ok());
    http::AcceptanceServerOptions options;
    options.port = 0;
    auto server = std::make_unique<http::AcceptanceServer>(db.value(), ServiceConfig{}, options);
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

QTEST_GUILESS_MAIN(TestAcceptanceHttp)
#include "test_acceptance_http.moc"
