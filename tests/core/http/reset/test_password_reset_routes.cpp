// The password-reset link's routes on loopback: GET/POST /reset/{token} (the page: security
// headers, language, labelled fields, errors named by field, the confirmation) and
// POST /api/v1/password-reset/{token} (JSON or form), 404 for unknown links as on the
// acceptance routes, 410 for used, expired or replaced ones, 405 for other methods, the rate
// limit of the token routes, and no token or password in the log. Both backends.
#include "AcceptanceHttpFixture.h"

#include "core/security/TokenGenerator.h"
#include "core/services/AuthService.h"
#include "core/services/PasswordResetService.h"
#include "tests/support/LinkDelivery.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestPasswordResetRoutes : public AcceptanceHttpFixture {
    Q_OBJECT

    // Asks for a reset e-mail to the fixture person `key` (as the admin) and delivers it: the
    // token of its link.
    QString resetLink(const QString& key)
    {
        auto asked = PasswordResetService(m_db, ServiceConfig{})
                         .requestReset(m_tree[QStringLiteral("admin")], m_tree[key].email);
        if (!asked)
            qFatal("reset request refused: %s", qPrintable(asked.error().describe()));
        const QString token = deliverResetLink(m_db, m_tree[key].email);
        if (token.isEmpty())
            qFatal("no reset e-mail reached %s", qPrintable(m_tree[key].email));
        m_tokens << token;
        return token;
    }
    HttpReply postJson(const QString& token, const QByteArray& body)
    {
        return HttpProbe::viaQnam("POST", url(QStringLiteral("/api/v1/password-reset/") + token),
                                  body, {{"Content-Type", "application/json"}}, 20000);
    }
    HttpReply postForm(const QString& path, const QByteArray& body, const QByteArray& lang = "en")
    {
        return HttpProbe::viaQnam(
            "POST", url(path), body,
            {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept-Language", lang}},
            20000);
    }
    bool signsIn(const QString& key, const QString& password)
    {
        return AuthService(m_db, ServiceConfig{}).signIn(m_tree[key].email, password).ok();
    }

private Q_SLOTS:
    void initTestCase() { startFixture(); }
    void cleanupTestCase()
    {
        verifyLogHoldsNoSecrets();
        stopFixture();
    }

    void pageShowsTheFormInTheRequestsLanguage()
    {
        const QString token = resetLink(QStringLiteral("sales1"));
        const HttpReply en = HttpProbe::viaQnam("GET", url(QStringLiteral("/reset/") + token), {},
                                                {{"Accept-Language", "en-GB"}}, 10000);
        QCOMPARE(en.status, 200);
        verifySecurityHeaders(en);
        QVERIFY(en.header("content-type").startsWith("text/html"));
        QVERIFY(en.body.contains("<html lang=\"en\">"));
        QVERIFY(en.body.contains("<h1 id=\"page-title\">Choose a new password</h1>"));
        QVERIFY(en.body.contains(m_tree[QStringLiteral("sales1")].email.toUtf8()));
        QVERIFY(en.body.contains("Fixture Org"));
        for (const char* id : {"email", "password", "password_confirmation"})
            QVERIFY(en.body.contains(QByteArray("<label for=\"") + id + "\">"));
        QVERIFY(en.body.contains("<label for=\"password\">New password</label>"));
        QVERIFY(en.body.contains("aria-describedby=\"password-rules\""));
        QVERIFY(en.body.contains("autocomplete=\"new-password\""));
        QVERIFY(!en.body.contains("first_name")); // only the password is asked for
        QVERIFY(!en.body.contains("src="));
        const HttpReply es = HttpProbe::viaQnam("GET", url(QStringLiteral("/reset/") + token), {},
                                                {{"Accept-Language", "es-ES,es;q=0.9"}}, 10000);
        QCOMPARE(es.status, 200);
        QVERIFY(es.body.contains("<html lang=\"es\">"));
        QVERIFY(es.body.contains("Elija una nueva contraseña"));
        QVERIFY(es.body.contains("Nueva contraseña"));
        // Looking does not use the link.
        QVERIFY(signsIn(QStringLiteral("sales1"), TestFixtures::password()));
    }

    void unknownLinksAre404AsOnTheAcceptanceRoutes()
    {
        const QString unknown = tokens::generate();
        const HttpReply page =
            HttpProbe::viaQnam("GET", url(QStringLiteral("/reset/") + unknown), {}, {}, 10000);
        QCOMPARE(page.status, 404);
        verifySecurityHeaders(page);
        QVERIFY(page.body.contains("This link is not valid"));
        const HttpReply api =
            postJson(unknown, R"({"password":"a long and unusual passphrase 7"})");
        QCOMPARE(api.status, 404);
        QCOMPARE(json(api).value("error").toString(), QStringLiteral("not_found"));
        QCOMPARE(json(api).value("field").toString(), QStringLiteral("token"));
        const HttpReply form = postForm(QStringLiteral("/reset/") + unknown, "password=x");
        QCOMPARE(form.status, 404);
        // Nothing after /reset: the HTML not-found page as well.
        QCOMPARE(HttpProbe::viaQnam("GET", url(QStringLiteral("/reset/a/b")), {}, {}, 10000).status,
                 404);
    }

    // The form names each problem next to its field, in the page's language, and keeps no
    // password; then a good one sets it, once.
    void formErrorsNamedByFieldThenDone()
    {
        const QString token = resetLink(QStringLiteral("doctor1"));
        const QString path = QStringLiteral("/reset/") + token;
        const HttpReply bad = postForm(path, "password=short&password_confirmation=other", "es");
        QCOMPARE(bad.status, 400);
        verifySecurityHeaders(bad);
        QVERIFY(bad.body.contains("id=\"password-error\">Use al menos 12 caracteres."));
        QVERIFY(bad.body.contains(
            "id=\"password_confirmation-error\">Las dos contraseñas no coinciden."));
        QVERIFY(bad.body.contains("aria-invalid=\"true\""));
        QVERIFY(bad.body.contains("<a href=\"#password\">"));
        QVERIFY(bad.body.contains("role=\"alert\""));
        QVERIFY(!bad.body.contains("short"));
        const qsizetype autofocus = bad.body.indexOf("autofocus");
        QVERIFY(autofocus > bad.body.indexOf("id=\"email\""));
        QVERIFY(autofocus < bad.body.indexOf("id=\"password_confirmation\""));
        const HttpReply mismatch = postForm(path, "password=" + QUrl::toPercentEncoding(kGood) +
                                                      "&password_confirmation=x");
        QCOMPARE(mismatch.status, 400);
        QVERIFY(mismatch.body.contains("id=\"password_confirmation-error\""));
        QVERIFY(!mismatch.body.contains("id=\"password-error\""));
        QVERIFY(signsIn(QStringLiteral("doctor1"), TestFixtures::password()));

        const QByteArray good = QUrl::toPercentEncoding(kGood);
        const HttpReply done =
            postForm(path, "password=" + good + "&password_confirmation=" + good);
        QCOMPARE(done.status, 200);
        verifySecurityHeaders(done);
        QVERIFY(done.body.contains("Your password has been changed"));
        QVERIFY(done.body.contains(m_tree[QStringLiteral("doctor1")].email.toUtf8()));
        QVERIFY(signsIn(QStringLiteral("doctor1"), kGood));
        QVERIFY(!signsIn(QStringLiteral("doctor1"), TestFixtures::password()));
        const HttpReply used = HttpProbe::viaQnam("GET", url(path), {}, {}, 10000);
        QCOMPARE(used.status, 410);
        QVERIFY(used.body.contains("This link has already been used"));
        QCOMPARE(postForm(path, "password=" + good + "&password_confirmation=" + good).status, 410);
    }

    // The JSON route takes JSON or a form; 400 names the field, 200 once, then 410 "used".
    void jsonRoute_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<bool>("asForm");
        QTest::newRow("json") << "sales2" << false;
        QTest::newRow("form-encoded") << "office1" << true;
    }
    void jsonRoute()
    {
        QFETCH(QString, person);
        QFETCH(bool, asForm);
        const QString token = resetLink(person);
        auto send = [&](const QString& password, const QString& confirmation) {
            if (asForm) {
                QByteArray body = "password=" + QUrl::toPercentEncoding(password);
                if (!confirmation.isNull())
                    body += "&password_confirmation=" + QUrl::toPercentEncoding(confirmation);
                return postForm(QStringLiteral("/api/v1/password-reset/") + token, body);
            }
            QJsonObject o{{QStringLiteral("password"), password}};
            if (!confirmation.isNull())
                o.insert(QStringLiteral("password_confirmation"), confirmation);
            return postJson(token, QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        const HttpReply missing = send(QString(), QString());
        QCOMPARE(missing.status, 400);
        QCOMPARE(json(missing).value("field").toString(), QStringLiteral("password"));
        const HttpReply weak = send(QStringLiteral("password1234"), QString());
        QCOMPARE(weak.status, 400);
        QCOMPARE(json(weak).value("error").toString(), QStringLiteral("invalid_input"));
        QCOMPARE(json(weak).value("field").toString(), QStringLiteral("password"));
        const HttpReply mismatch = send(kGood, kGood + QStringLiteral("?"));
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(json(mismatch).value("field").toString(), QStringLiteral("password_confirmation"));
        verifySecurityHeaders(mismatch);

        const HttpReply done = send(kGood, kGood);
        QCOMPARE(done.status, 200);
        QCOMPARE(json(done).value("user_id").toString(), m_tree[person].id);
        QCOMPARE(json(done).value("email").toString(), m_tree[person].email);
        QCOMPARE(json(done).value("password_reset").toBool(), true);
        QVERIFY(signsIn(person, kGood));
        const HttpReply again = send(kGood, kGood);
        QCOMPARE(again.status, 410);
        QCOMPARE(json(again).value("error").toString(), QStringLiteral("gone"));
        QCOMPARE(json(again).value("reason").toString(), QStringLiteral("used"));
    }

    // Expired and replaced links answer 410 on the page and the route, saying which.
    void expiredAndReplacedLinksAre410()
    {
        const QString expired = resetLink(QStringLiteral("staff1"));
        // 24 hours later, behind the service's back (the service test runs the clock).
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("UPDATE password_reset_links SET created_at = ?, expires_at = ? "
                                 "WHERE token_hash = ?"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        q.addBindValue(m_db->timeValue(now.addSecs(-25 * 3600)));
        q.addBindValue(m_db->timeValue(now.addSecs(-3600)));
        q.addBindValue(tokens::hash(expired));
        QVERIFY(q.exec());
        const HttpReply page =
            HttpProbe::viaQnam("GET", url(QStringLiteral("/reset/") + expired), {}, {}, 10000);
        QCOMPARE(page.status, 410);
        QVERIFY(page.body.contains("This link has expired"));
        QVERIFY(page.body.contains("24 hours"));
        const HttpReply api =
            postJson(expired, R"({"password":"a long and unusual passphrase 7"})");
        QCOMPARE(api.status, 410);
        QCOMPARE(json(api).value("reason").toString(), QStringLiteral("expired"));

        const QString older = resetLink(QStringLiteral("dist2"));
        const QString newer = resetLink(QStringLiteral("dist2"));
        QVERIFY(older != newer);
        const HttpReply replaced =
            HttpProbe::viaQnam("GET", url(QStringLiteral("/reset/") + older), {}, {}, 10000);
        QCOMPARE(replaced.status, 410);
        QVERIFY(replaced.body.contains("replaced by a newer e-mail"));
        QCOMPARE(json(postJson(older, "{}")).value("reason").toString(),
                 QStringLiteral("replaced"));
        QCOMPARE(
            HttpProbe::viaQnam("GET", url(QStringLiteral("/reset/") + newer), {}, {}, 10000).status,
            200);
    }

    void otherMethodsAre405()
    {
        const QString token = tokens::generate();
        const HttpReply get = HttpProbe::viaQnam(
            "GET", url(QStringLiteral("/api/v1/password-reset/") + token), {}, {}, 10000);
        QCOMPARE(get.status, 405);
        QCOMPARE(get.header("allow"), QByteArray("POST"));
        const HttpReply put =
            HttpProbe::viaCurl("PUT", url(QStringLiteral("/reset/") + token), "x", {}, 10000);
        QCOMPARE(put.status, 405);
        QCOMPARE(put.header("allow"), QByteArray("GET, POST"));
    }

    // The reset routes count against the same per-address limit as the acceptance routes.
    void rateLimitedLikeTheAcceptanceRoutes()
    {
        http::AcceptanceServerOptions options;
        options.port = 0; // the defaults: 30 a minute, burst 10
        auto limited = startServer(options);
        QVERIFY(limited);
        const QString token = QStringLiteral("DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD");
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(HttpProbe::viaQnam("GET",
                                        url(QStringLiteral("/reset/") + token, limited->port()), {},
                                        {}, 10000)
                         .status,
                     404);
            QCOMPARE(HttpProbe::viaQnam("GET",
                                        url(QStringLiteral("/api/v1/invitations/validate/") + token,
                                            limited->port()),
                                        {}, {}, 10000)
                         .status,
                     404);
        }
        const HttpReply page = HttpProbe::viaQnam(
            "GET", url(QStringLiteral("/reset/") + token, limited->port()), {}, {}, 10000);
        QCOMPARE(page.status, 429);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.header("retry-after").toInt() >= 1);
        const HttpReply api = HttpProbe::viaQnam(
            "POST", url(QStringLiteral("/api/v1/password-reset/") + token, limited->port()),
            R"({"password":"x"})", {{"Content-Type", "application/json"}}, 10000);
        QCOMPARE(api.status, 429);
        QCOMPARE(json(api).value("error").toString(), QStringLiteral("rate_limited"));
        limited->stopAndWait();
    }
};

QTEST_GUILESS_MAIN(TestPasswordResetRoutes)
#include "test_password_reset_routes.moc"
