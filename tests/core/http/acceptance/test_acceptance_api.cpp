// The acceptance handler's routes on loopback, through QNetworkAccessManager and curl: every
// route and status (the JSON API and the page's status codes), twenty simultaneous accepts of
// one invitation, and logs that never show a token.
#include "AcceptanceHttpFixture.h"

#include "core/storage/UserRepository.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace invitedesk;
using namespace invitedesk::test;
using Client = HttpProbe::Client;

Q_DECLARE_METATYPE(HttpProbe::Client)

class TestAcceptanceApi : public AcceptanceHttpFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startFixture(); }
    void cleanupTestCase() { stopFixture(); }
    void routes_data();
    void routes();
    void twentySimultaneousAcceptsGiveOneAccount();
    void everyFirstLookCountsAsOpened_data();
    void everyFirstLookCountsAsOpened();
    void resentLinksAnswerReplaced();
    void logsNeverShowTokens();
};

void TestAcceptanceApi::routes_data()
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

void TestAcceptanceApi::routes()
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
                client, "POST", url(QStringLiteral("/api/v1/invitations/accept/") + link(inv)),
                QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}}).toJson(), jsonType);
            QCOMPARE(first.status, 201);
        }
        if (scenario.contains(QLatin1String("existing account")))
            makeAccount(inv.email, inv.organizationId);
    }
    const QString token = scenario.contains(QLatin1String("unknown")) ? unknownToken : link(inv);
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

void TestAcceptanceApi::twentySimultaneousAcceptsGiveOneAccount()
{
    const Invitation inv = invite(unique(QStringLiteral("race")));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}}).toJson();
    // One manager per request: a manager opens at most six connections to a host.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 20; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(url(QStringLiteral("/api/v1/invitations/accept/") + link(inv)));
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

void TestAcceptanceApi::everyFirstLookCountsAsOpened_data()
{
    QTest::addColumn<QString>("first");
    QTest::newRow("JSON validate") << QStringLiteral("validate");
    QTest::newRow("HTML page") << QStringLiteral("page");
    QTest::newRow("straight to accept") << QStringLiteral("accept");
}

// However an invitation's link is first looked at (the page, the JSON validate route, or a
// client posting straight to accept), opened_at is set once with one invitation.opened event,
// so the funnel never shows more accepted than opened. (The validate route set nothing.) The
// page and the validate route queue the look for the background recorder; accept writes it.
void TestAcceptanceApi::everyFirstLookCountsAsOpened()
{
    QFETCH(QString, first);
    const Invitation inv = invite(unique(QStringLiteral("opened")));
    const auto openedState = [&] {
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("SELECT opened_at, (SELECT count(*) FROM audit_events WHERE "
                                 "invitation_id = ? AND action = 'invitation.opened') "
                                 "FROM user_invitations WHERE id = ?"));
        q.addBindValue(inv.id);
        q.addBindValue(inv.id);
        if (!q.exec() || !q.next())
            return QVariantList();
        return QVariantList{q.value(0), q.value(1).toInt()};
    };
    QVERIFY(openedState().value(0).isNull());
    const QString token = link(inv);
    const QString validate = QStringLiteral("/api/v1/invitations/validate/") + token;
    const QString page = QStringLiteral("/invite/") + token;
    const QString accept = QStringLiteral("/api/v1/invitations/accept/") + token;
    HttpReply reply;
    if (first == QLatin1String("validate"))
        reply = HttpProbe::send(Client::Qnam, "GET", url(validate));
    else if (first == QLatin1String("page"))
        reply = HttpProbe::send(Client::Qnam, "GET", url(page));
    else
        reply = HttpProbe::send(
            Client::Qnam, "POST", url(accept),
            QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}}).toJson(),
            {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, first == QLatin1String("accept") ? 201 : 200);
    // A look is recorded off the request path, within the recorder's interval (250 ms).
    QTRY_VERIFY2_WITH_TIMEOUT(!openedState().value(0).isNull(), qPrintable(first), 5000);
    const QVariantList opened = openedState();
    QCOMPARE(opened.value(1).toInt(), 1);

    // Later looks change nothing: one first view.
    if (first != QLatin1String("accept")) {
        QCOMPARE(HttpProbe::send(Client::Qnam, "GET", url(validate)).status, 200);
        QCOMPARE(HttpProbe::send(Client::Qnam, "GET", url(page)).status, 200);
        QCOMPARE(openedState(), opened);
    }
}

// After a resend every earlier link answers 410 "replaced by a newer invitation e-mail" on the
// JSON routes and the page (English and Spanish), where it used to answer 404; the new link
// works.
void TestAcceptanceApi::resentLinksAnswerReplaced()
{
    const Invitation inv = invite(unique(QStringLiteral("resent")));
    const QString old = link(inv);
    QVERIFY(m_invitations->resend(m_tree[QStringLiteral("admin")], inv.id).ok());
    const QString fresh = deliverAgain(inv);
    QVERIFY(fresh != old);
    const QString api = QStringLiteral("/api/v1/invitations/");

    const HttpReply validate =
        HttpProbe::viaQnam("GET", url(api + QStringLiteral("validate/") + old), {}, {}, 10000);
    QCOMPARE(validate.status, 410);
    QJsonObject body = json(validate);
    QCOMPARE(body.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("replaced"));
    QVERIFY2(body.value(QStringLiteral("message"))
                 .toString()
                 .contains(QLatin1String("replaced by a newer invitation e-mail")),
             validate.body.constData());

    const HttpReply accept =
        HttpProbe::viaQnam("POST", url(api + QStringLiteral("accept/") + old),
                           QJsonDocument(QJsonObject{{QStringLiteral("password"), kGood}}).toJson(),
                           {{"Content-Type", "application/json"}}, 10000);
    QCOMPARE(accept.status, 410);
    body = json(accept);
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("replaced"));
    QVERIFY(body.value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("replaced by a newer invitation e-mail")));

    const HttpReply en = HttpProbe::viaQnam("GET", url(QStringLiteral("/invite/") + old), {},
                                            {{"Accept-Language", "en"}}, 10000);
    QCOMPARE(en.status, 410);
    QVERIFY2(en.body.contains("This link was replaced by a newer invitation e-mail"),
             en.body.constData());
    const HttpReply es = HttpProbe::viaQnam("GET", url(QStringLiteral("/invite/") + old), {},
                                            {{"Accept-Language", "es"}}, 10000);
    QCOMPARE(es.status, 410);
    QVERIFY2(es.body.contains("Este enlace fue reemplazado por un correo de invitación más "
                              "reciente"),
             es.body.constData());

    QCOMPARE(
        HttpProbe::viaQnam("GET", url(api + QStringLiteral("validate/") + fresh), {}, {}, 10000)
            .status,
        200);
}

void TestAcceptanceApi::logsNeverShowTokens()
{
    const QStringList log = capturedLog();
    QVERIFY(log.size() > 50);
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("/invite/{token}")));
    QVERIFY(
        log.join(QLatin1Char('\n')).contains(QLatin1String("/api/v1/invitations/accept/{token}")));
    // Every line, against every token issued and the password.
    verifyLogHoldsNoSecrets();
}

QTEST_GUILESS_MAIN(TestAcceptanceApi)
#include "test_acceptance_api.moc"
