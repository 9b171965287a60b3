// The acceptance page GET/POST /invite/{token} on loopback: escaped, translated and
// self-contained; form errors re-rendered with what was typed.
#include "AcceptanceHttpFixture.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestAcceptancePage : public AcceptanceHttpFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startFixture(); }
    void cleanupTestCase()
    {
        verifyLogHoldsNoSecrets();
        stopFixture();
    }
    void pageIsEscapedTranslatedAndSelfContained();
    void formErrorsRerenderWithTypedNames();
};

void TestAcceptancePage::pageIsEscapedTranslatedAndSelfContained()
{
    const Invitation inv = invite(unique(QStringLiteral("xss")), QStringLiteral("sales"),
                                  QStringLiteral("<script>alert(1)</script>\"'"));
    const HttpReply es =
        HttpProbe::viaQnam("GET", url(QStringLiteral("/invite/") + link(inv)), {},
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
    const HttpReply en = HttpProbe::viaQnam("GET", url(QStringLiteral("/invite/") + link(inv)), {},
                                            {{"Accept-Language", "fr-FR"}}, 10000);
    QVERIFY(en.body.contains("<html lang=\"en\">")); // the invitation's language
}

void TestAcceptancePage::formErrorsRerenderWithTypedNames()
{
    const Invitation inv = invite(unique(QStringLiteral("form")));
    const HttpReply reply = HttpProbe::viaQnam(
        "POST", url(QStringLiteral("/invite/") + link(inv)),
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
    QCOMPARE(q.value(0).toString(), QStringLiteral("sent"));
}

QTEST_GUILESS_MAIN(TestAcceptancePage)
#include "test_acceptance_page.moc"
