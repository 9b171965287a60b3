// Templates (placeholders, sections, escaping, overrides) and the rendered invitation and
// password-reset mail.
#include "core/mail/MailRenderer.h"
#include "core/mail/TemplateText.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;

namespace {
MailContext sampleContext(InvitationType type, const QString& language)
{
    MailContext c;
    c.kind = MailKind::Invitation;
    c.language = language;
    c.invitation.id = QStringLiteral("11111111-1111-1111-1111-111111111111");
    c.invitation.email = QStringLiteral("jose@example.org");
    c.invitation.firstName = QStringLiteral("José");
    c.invitation.lastName = QStringLiteral("Müller");
    c.invitation.type = type;
    c.invitation.message =
        QStringLiteral("Welcome <b>aboard</b> & \"thanks\"\n<script>alert('x')</script>");
    c.invitation.expiresAt = QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
    c.invitation.details.practiceName = QStringLiteral("Smith & Sons <Clinic>");
    c.organization.name = QStringLiteral("Acme Health");
    c.organization.displayName = QStringLiteral("Acme <Health>");
    c.organization.brandColor = QStringLiteral("#123abc");
    c.organization.replyTo = QStringLiteral("help@acme.example");
    c.inviterName = QStringLiteral("Dr. Ana O'Neil");
    c.inviterEmail = QStringLiteral("ana@acme.example");
    c.link = MailRenderer::inviteLink(QStringLiteral("https://invite.acme.example/"),
                                      QStringLiteral("tok_EN-abc123"));
    return c;
}
} // namespace

class TestMailRenderer : public QObject {
    Q_OBJECT
private slots:
    void templateText_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<bool>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("var") << QStringLiteral("Hi {{name}}!") << false
                             << QStringLiteral("Hi <A&B>!");
        QTest::newRow("escaped") << QStringLiteral("Hi {{name}}!") << true
                                 << QStringLiteral("Hi &lt;A&amp;B&gt;!");
        QTest::newRow("raw") << QStringLiteral("{{&name}}") << true << QStringLiteral("<A&B>");
        QTest::newRow("section shown")
            << QStringLiteral("[{{#name}}x{{/name}}]") << false << QStringLiteral("[x]");
        QTest::newRow("section hidden")
            << QStringLiteral("[{{#none}}x{{/none}}]") << false << QStringLiteral("[]");
        QTest::newRow("inverted") << QStringLiteral("[{{^none}}y{{/none}}]") << false
                                  << QStringLiteral("[y]");
        QTest::newRow("standalone lines")
            << QStringLiteral(
                   "a\n{{#none}}\nhidden\n{{/none}}\nb\n  {{#name}}  \nshown\n{{/name}}\nc")
            << false << QStringLiteral("a\nb\nshown\nc");
        QTest::newRow("standalone first line")
            << QStringLiteral("{{#name}}\nx\n{{/name}}\n") << false << QStringLiteral("x\n");
        QTest::newRow("nested") << QStringLiteral(
                                       "{{#name}}<{{#none}}n{{/none}}{{^none}}e{{/none}}>{{/name}}")
                                << false << QStringLiteral("<e>");
        QTest::newRow("unknown") << QStringLiteral("[{{nope}}]") << false << QStringLiteral("[]");
        QTest::newRow("quotes") << QStringLiteral("{{q}}") << true << QStringLiteral("&quot;&#39;");
        QTest::newRow("unterminated")
            << QStringLiteral("a {{name") << false << QStringLiteral("a {{name");
    }
    void templateText()
    {
        QFETCH(QString, tmpl);
        QFETCH(bool, html);
        QFETCH(QString, expected);
        const QHash<QString, QString> values{{QStringLiteral("name"), QStringLiteral("<A&B>")},
                                             {QStringLiteral("q"), QStringLiteral("\"'")}};
        QCOMPARE(template_text::render(
                     tmpl, values, html ? template_text::Mode::Html : template_text::Mode::Text),
                 expected);
    }

    void everyTypeAndLanguage_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("language");
        for (InvitationType t : invitation_types::all()) {
            for (const QString& lang : MailTemplates::languages())
                QTest::newRow(qPrintable(invitation_types::name(t) + QLatin1Char('/') + lang))
                    << int(t) << lang;
        }
    }
    void everyTypeAndLanguage()
    {
        QFETCH(int, type);
        QFETCH(QString, language);
        MailRenderer renderer{MailTemplates()};
        const MailContext c = sampleContext(InvitationType(type), language);
        auto r = renderer.render(c);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const RenderedMail& m = r.value();
        QVERIFY(!m.subject.isEmpty());
        QVERIFY(!m.subject.contains(QLatin1String("{{")));
        QVERIFY(m.subject.contains(QStringLiteral("Acme <Health>")));
        QVERIFY(m.subject.contains(QStringLiteral("Dr. Ana O'Neil")));
        for (const QString& part : {m.text, m.html}) {
            QVERIFY(!part.contains(QLatin1String("{{")));
            QVERIFY(
                part.contains(QStringLiteral("https://invite.acme.example/invite/tok_EN-abc123")));
            QVERIFY(part.contains(QStringLiteral("José")));
            QVERIFY(part.contains(QStringLiteral("2026")));
            QVERIFY(part.contains(QStringLiteral("14:00 UTC")));
        }
        // Text: values as written.
        QVERIFY(m.text.contains(QStringLiteral("<script>alert('x')</script>")));
        QVERIFY(m.text.contains(QStringLiteral("Acme <Health>")));
        QVERIFY(m.text.contains(QStringLiteral("ana@acme.example")));
        // HTML: every inserted value escaped, branding applied.
        QVERIFY(!m.html.contains(QStringLiteral("<script>")));
        QVERIFY(m.html.contains(QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
        QVERIFY(m.html.contains(
            QStringLiteral("Welcome &lt;b&gt;aboard&lt;/b&gt; &amp; &quot;thanks&quot;")));
        QVERIFY(m.html.contains(QStringLiteral("Acme &lt;Health&gt;")));
        QVERIFY(!m.html.contains(QStringLiteral("Acme <Health>")));
        QVERIFY(m.html.contains(QStringLiteral("Dr. Ana O&#39;Neil")));
        QVERIFY(m.html.contains(QStringLiteral("background:#123abc")));
        QVERIFY(m.html.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
        QVERIFY(m.html.contains(QStringLiteral("help@acme.example")));
    }

    void languageWords()
    {
        MailRenderer renderer{MailTemplates()};
        auto en = renderer.render(sampleContext(InvitationType::Doctor, QStringLiteral("en")));
        auto es = renderer.render(sampleContext(InvitationType::Doctor, QStringLiteral("es")));
        QVERIFY(en.ok() && es.ok());
        QVERIFY(en->subject.contains(QStringLiteral("as a doctor")));
        QVERIFY(en->text.contains(QStringLiteral("Wednesday, 25 November 2026 at 14:00 UTC")));
        QVERIFY(en->text.contains(QStringLiteral("Role: Doctor")));
        QVERIFY(en->text.contains(QStringLiteral("at Smith & Sons <Clinic>")));
        QVERIFY(es->subject.contains(QStringLiteral("como médico")));
        QVERIFY(es->text.contains(QStringLiteral("miércoles, 25 de noviembre de 2026, 14:00 UTC")));
        QVERIFY(es->text.contains(QStringLiteral("Rol: Médico")));
        QVERIFY(es->html.contains(QStringLiteral("Aceptar invitación")));
        // Unknown language falls back to English.
        auto xx = renderer.render(sampleContext(InvitationType::Doctor, QStringLiteral("fr")));
        QVERIFY(xx.ok());
        QCOMPARE(xx->subject, en->subject);
    }

    void withoutMessageTheBlockIsGone()
    {
        MailRenderer renderer{MailTemplates()};
        MailContext c = sampleContext(InvitationType::Sales, QStringLiteral("en"));
        c.invitation.message.clear();
        auto r = renderer.render(c);
        QVERIFY(r.ok());
        QVERIFY(!r->text.contains(QStringLiteral("A message from")));
        QVERIFY(!r->html.contains(QStringLiteral("A message from")));
        QVERIFY(!r->text.contains(QStringLiteral("\n\n\n")));
    }

    void reminderAndTest()
    {
        MailRenderer renderer{MailTemplates()};
        MailContext c = sampleContext(InvitationType::OfficeAdmin, QStringLiteral("en"));
        c.kind = MailKind::Reminder;
        auto r = renderer.render(c);
        QVERIFY(r.ok());
        QVERIFY(r->subject.startsWith(QStringLiteral("Reminder:")));
        QVERIFY(r->text.contains(QStringLiteral("as an office administrator")));
        QVERIFY(r->text.contains(c.link));
        c.kind = MailKind::Test;
        c.language = QStringLiteral("es");
        auto t = renderer.render(c);
        QVERIFY(t.ok());
        QCOMPARE(t->subject, QStringLiteral("Mensaje de prueba de InviteDesk"));
        QVERIFY(!t->text.contains(QStringLiteral("/invite/")));
    }

    void unsafeBrandingIsIgnored()
    {
        MailRenderer renderer{MailTemplates()};
        MailContext c = sampleContext(InvitationType::Doctor, QStringLiteral("en"));
        c.organization.brandColor = QStringLiteral("red;background:url(x)");
        c.organization.logoUrl = QStringLiteral("javascript:alert(1)");
        auto r = renderer.render(c);
        QVERIFY(r.ok());
        QVERIFY(r->html.contains(QStringLiteral("background:#0a6ebd")));
        QVERIFY(!r->html.contains(QStringLiteral("javascript:")));
        QVERIFY(!r->html.contains(QStringLiteral("<img")));
        c.organization.logoUrl = QStringLiteral("https://cdn.acme.example/logo.png?a=1&b=2");
        r = renderer.render(c);
        QVERIFY(r->html.contains(
            QStringLiteral("src=\"https://cdn.acme.example/logo.png?a=1&amp;b=2\"")));
    }

    void deploymentOverride()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("en"))));
        QFile f(dir.filePath(QStringLiteral("en/doctor.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Subject: Custom {{organization}}\r\nHeading: H\r\n\r\nCustom body for "
                "{{first_name}}.\r\n");
        f.close();
        MailRenderer renderer{MailTemplates(dir.path())};
        auto r = renderer.render(sampleContext(InvitationType::Doctor, QStringLiteral("en")));
        QVERIFY(r.ok());
        QCOMPARE(r->subject, QStringLiteral("Custom Acme <Health>"));
        QVERIFY(r->text.contains(QStringLiteral("Custom body for José.")));
        QVERIFY(r->html.contains(QStringLiteral("Custom body for José.")));
        // Files it does not override still come from the built-in set.
        QVERIFY(r->html.contains(QStringLiteral("Accept invitation")));
        auto sales = renderer.render(sampleContext(InvitationType::Sales, QStringLiteral("en")));
        QVERIFY(sales->subject.contains(QStringLiteral("sales representative")));

        qputenv("INVITEDESK_TEMPLATE_DIR", dir.path().toLocal8Bit());
        QCOMPARE(MailTemplates::fromEnvironment().overrideDir(), dir.path());
        qunsetenv("INVITEDESK_TEMPLATE_DIR");
    }

    // The reset e-mail: its own words, its link in the reset block (not the invitation's),
    // every value escaped, English and Spanish.
    void passwordReset_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("button");
        QTest::newRow("en") << "en"
                            << "Choose a new password for Acme <Health>"
                            << "Choose a new password</a>";
        QTest::newRow("es") << "es"
                            << QStringLiteral("Elija una nueva contraseña para Acme <Health>")
                            << QStringLiteral("Elegir una nueva contraseña</a>");
    }
    void passwordReset()
    {
        QFETCH(QString, language);
        QFETCH(QString, subject);
        QFETCH(QString, button);
        MailRenderer renderer{MailTemplates()};
        MailContext c = sampleContext(InvitationType::Sales, language);
        c.kind = MailKind::PasswordReset;
        c.invitation.message.clear();
        c.link = MailRenderer::resetLink(QStringLiteral("https://invite.acme.example/"),
                                         QStringLiteral("tok_RESET-1"));
        QCOMPARE(c.link, QStringLiteral("https://invite.acme.example/reset/tok_RESET-1"));
        auto r = renderer.render(c);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QCOMPARE(r->subject, subject);
        QVERIFY(r->text.contains(c.link));
        QVERIFY(r->html.contains(QStringLiteral("href=\"%1\"").arg(c.link)));
        QVERIFY(r->html.contains(button));
        QVERIFY(r->text.contains(QStringLiteral("Dr. Ana O'Neil")));
        QVERIFY(r->html.contains(QStringLiteral("Dr. Ana O&#39;Neil")));
        QVERIFY(r->text.contains(QStringLiteral("jose@example.org")));
        // Not an invitation: no acceptance words, no role line.
        for (const QString& part : {r->text, r->html}) {
            QVERIFY(!part.contains(QStringLiteral("/invite/")));
            QVERIFY(!part.contains(QStringLiteral("Accept")));
            QVERIFY(!part.contains(QStringLiteral("Acepte")));
        }
    }

    // A deployment layout from before resets has no reset block: no e-mail without its link.
    void passwordResetNeedsTheResetBlock()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("en"))));
        QFile f(dir.filePath(QStringLiteral("en/layout.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{{heading}}\n\n{{&intro_text}}\n{{#link}}{{link}}{{/link}}\n");
        f.close();
        MailRenderer renderer{MailTemplates(dir.path())};
        MailContext c = sampleContext(InvitationType::Sales, QStringLiteral("en"));
        c.kind = MailKind::PasswordReset;
        c.link = MailRenderer::resetLink(QStringLiteral("https://x.example"), QStringLiteral("T"));
        auto r = renderer.render(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("template"));
        QVERIFY(r.error().message.contains(QStringLiteral("reset_link")));
        // Invitations still render with that layout.
        QVERIFY(renderer.render(sampleContext(InvitationType::Sales, QStringLiteral("en"))).ok());
    }

    void inviteLink_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("https://x.example")
                               << QStringLiteral("https://x.example/invite/T");
        QTest::newRow("slash") << QStringLiteral("https://x.example//")
                               << QStringLiteral("https://x.example/invite/T");
        QTest::newRow("path") << QStringLiteral("https://x.example/app/")
                              << QStringLiteral("https://x.example/app/invite/T");
    }
    void inviteLink()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(MailRenderer::inviteLink(base, QStringLiteral("T")), expected);
    }
};

QTEST_GUILESS_MAIN(TestMailRenderer)
#include "test_mail_renderer.moc"
