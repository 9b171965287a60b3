// OrganizationService: the organisation's settings and the platform's public link address,
// by key, for admins only; each change one transaction with its audit event (old and new
// value); a bad value changes nothing. Both backends.
#include "InvitationServiceFixture.h"

#include "core/services/OrganizationService.h"
#include "core/storage/AuditLog.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestOrganizationService : public InvitationServiceFixture {
    Q_OBJECT
    std::unique_ptr<OrganizationService> m_org;

    QList<AuditEvent> settingEvents()
    {
        AuditFilter all;
        all.limit = 0;
        const QList<AuditEvent> events = AuditLog(m_db).list(all).value();
        QList<AuditEvent> out;
        for (const AuditEvent& e : events) {
            if (e.action == QLatin1String("organization.updated") ||
                e.action == QLatin1String("platform.updated"))
                out.append(e);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        setUpFixture();
        m_org = std::make_unique<OrganizationService>(m_db, ServiceConfig{});
    }
    void showHasEveryKey();
    void setStoresAndAudits_data();
    void setStoresAndAudits();
    void badValueChangesNothing_data();
    void badValueChangesNothing();
    void clearingNullableKeys();
    void nonAdminsAreRefused();
    void setManyIsAllOrNothing();
    void storedPublicUrlIsTheLinkBase();
    void everyoneReadsTheIdleLock();
};

// The desk of anyone signed in reads its organisation's idle lock (only admins change it).
void TestOrganizationService::everyoneReadsTheIdleLock()
{
    QCOMPARE(m_org->idleLockMinutes(m_tree["sales1"]).value(), 15);
    QVERIFY(m_org->set(m_tree["admin"], "idle-lock-minutes", "3").ok());
    for (const char* who : {"admin", "sales1", "doctor1", "staff1"})
        QCOMPARE(m_org->idleLockMinutes(m_tree[who]).value(), 3);
    QVERIFY(m_org->set(m_tree["admin"], "idle-lock-minutes", "off").ok());
    QCOMPARE(m_org->idleLockMinutes(m_tree["sales1"]).value(), 0);
    QCOMPARE(m_org->set(m_tree["sales1"], "idle-lock-minutes", "60").error().code,
             Error::Code::NotPermitted);
}

void TestOrganizationService::showHasEveryKey()
{
    auto shown = m_org->show(m_tree["admin"]);
    QVERIFY2(shown.ok(), shown.ok() ? "" : qPrintable(shown.error().describe()));
    const QJsonObject json = shown->toJson();
    for (const QString& key : OrganizationSettings::keys())
        QVERIFY2(json.contains(key), qPrintable(key));
    QCOMPARE(json.value("expiry-days").toInt(), 7);
    QCOMPARE(json.value("reminders").toBool(), true);
    QCOMPARE(json.value("idle-lock-minutes").toInt(), 15);
    QVERIFY(json.value("public-url").isNull());
    QVERIFY(json.value("daily-invite-quota").isNull());
    QCOMPARE(json.value("organization_id").toString(), m_tree["admin"].organizationId);
}

void TestOrganizationService::setStoresAndAudits_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("stored"); // as show gives it back
    QTest::addColumn<QString>("action");
    const QString org = QStringLiteral("organization.updated");
    QTest::newRow("public-url") << "public-url"
                                << "https://invite.example.com/"
                                << "https://invite.example.com"
                                << "platform.updated";
    QTest::newRow("display-name") << "display-name"
                                  << "  Acme Salud "
                                  << "Acme Salud" << org;
    QTest::newRow("brand-color") << "brand-color"
                                 << "#AA3300"
                                 << "#aa3300" << org;
    QTest::newRow("logo-url") << "logo-url"
                              << "https://cdn.example.com/logo.png"
                              << "https://cdn.example.com/logo.png" << org;
    QTest::newRow("reply-to") << "reply-to"
                              << "Ayuda <ayuda@acme.example>"
                              << "Ayuda <ayuda@acme.example>" << org;
    QTest::newRow("sender-address") << "sender-address"
                                    << "invites@acme.example"
                                    << "invites@acme.example" << org;
    QTest::newRow("expiry-days") << "expiry-days"
                                 << "14"
                                 << "14" << org;
    QTest::newRow("daily-invite-quota") << "daily-invite-quota"
                                        << "25"
                                        << "25" << org;
    QTest::newRow("reminders off") << "reminders"
                                   << "off"
                                   << "off" << org;
    QTest::newRow("reminder-after-days") << "reminder-after-days"
                                         << "3"
                                         << "3" << org;
    QTest::newRow("reminder-before-expiry-days") << "reminder-before-expiry-days"
                                                 << "2"
                                                 << "2" << org;
    QTest::newRow("idle-lock-minutes") << "idle-lock-minutes"
                                       << " 5 "
                                       << "5" << org;
    QTest::newRow("idle-lock-minutes off") << "idle-lock-minutes"
                                           << "off"
                                           << "0" << org;
    QTest::newRow("idle-lock-minutes 0") << "idle-lock-minutes"
                                         << "0"
                                         << "0" << org;
    QTest::newRow("default-language") << "default-language"
                                      << " ES "
                                      << "es" << org;
}

void TestOrganizationService::setStoresAndAudits()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, stored);
    QFETCH(QString, action);
    const QString before = m_org->show(m_tree["admin"])->value(key);
    auto set = m_org->set(m_tree["admin"], key, value);
    QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().describe()));
    QCOMPARE(set->value(key), stored);
    // Read back from the database by a fresh service.
    QCOMPARE(OrganizationService(m_db).show(m_tree["admin"])->value(key), stored);
    const QList<AuditEvent> events = settingEvents();
    QCOMPARE(events.size(), 1);
    const AuditEvent& e = events.first();
    QCOMPARE(e.action, action);
    QCOMPARE(e.actorUserId, m_tree["admin"].id);
    QCOMPARE(e.details.value("key").toString(), key);
    QCOMPARE(e.details.value("new").toString(), stored);
    if (before.isEmpty())
        QVERIFY(e.details.value("old").isNull());
    else
        QCOMPARE(e.details.value("old").toString(), before);
    QVERIFY(AuditLog(m_db).verify()->ok);
    // The same value again changes nothing and writes no event.
    QVERIFY(m_org->set(m_tree["admin"], key, value).ok());
    QCOMPARE(settingEvents().size(), 1);
}

void TestOrganizationService::badValueChangesNothing_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("public-url without scheme") << "public-url"
                                               << "invite.example.com";
    QTest::newRow("public-url ftp") << "public-url"
                                    << "ftp://invite.example.com";
    QTest::newRow("public-url with query") << "public-url"
                                           << "https://invite.example.com/?next=evil";
    QTest::newRow("public-url with user") << "public-url"
                                          << "https://me@invite.example.com";
    QTest::newRow("display-name too long") << "display-name" << QString(101, QLatin1Char('x'));
    QTest::newRow("display-name control") << "display-name"
                                          << "Acme\nBcc: x@evil.example";
    QTest::newRow("brand-color name") << "brand-color"
                                      << "red";
    QTest::newRow("brand-color short") << "brand-color"
                                       << "#abc";
    QTest::newRow("logo-url javascript") << "logo-url"
                                         << "javascript:alert(1)";
    QTest::newRow("reply-to not an address") << "reply-to"
                                             << "help desk";
    QTest::newRow("sender-address not an address") << "sender-address"
                                                   << "noreply";
    QTest::newRow("expiry-days zero") << "expiry-days"
                                      << "0";
    QTest::newRow("expiry-days too many") << "expiry-days"
                                          << "366";
    QTest::newRow("expiry-days words") << "expiry-days"
                                       << "a week";
    QTest::newRow("expiry-days empty") << "expiry-days"
                                       << "";
    QTest::newRow("daily-invite-quota zero") << "daily-invite-quota"
                                             << "0";
    QTest::newRow("daily-invite-quota negative") << "daily-invite-quota"
                                                 << "-5";
    QTest::newRow("reminders maybe") << "reminders"
                                     << "maybe";
    QTest::newRow("reminder-after-days zero") << "reminder-after-days"
                                              << "0";
    QTest::newRow("reminder-before-expiry-days empty") << "reminder-before-expiry-days"
                                                       << " ";
    QTest::newRow("idle-lock-minutes empty") << "idle-lock-minutes"
                                             << "";
    QTest::newRow("idle-lock-minutes negative") << "idle-lock-minutes"
                                                << "-1";
    QTest::newRow("idle-lock-minutes too many") << "idle-lock-minutes"
                                                << "1441";
    QTest::newRow("idle-lock-minutes words") << "idle-lock-minutes"
                                             << "a while";
    QTest::newRow("default-language unknown") << "default-language"
                                              << "fr";
}

void TestOrganizationService::badValueChangesNothing()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QJsonObject before = m_org->show(m_tree["admin"])->toJson();
    const qint64 audit = countRows(QStringLiteral("audit_events"));
    auto r = m_org->set(m_tree["admin"], key, value);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(r.error().field, key);
    QVERIFY2(r.error().message.contains(key), qPrintable(r.error().message));
    QCOMPARE(m_org->show(m_tree["admin"])->toJson(), before);
    QCOMPARE(countRows(QStringLiteral("audit_events")), audit);
}

void TestOrganizationService::clearingNullableKeys()
{
    const QStringList nullable = {"public-url", "display-name",   "brand-color",       "logo-url",
                                  "reply-to",   "sender-address", "daily-invite-quota"};
    const QList<QPair<QString, QString>> values = {{"public-url", "https://invite.example.com"},
                                                   {"display-name", "Acme"},
                                                   {"brand-color", "#112233"},
                                                   {"logo-url", "https://example.com/l.png"},
                                                   {"reply-to", "a@example.com"},
                                                   {"sender-address", "b@example.com"},
                                                   {"daily-invite-quota", "10"}};
    QVERIFY(m_org->setMany(m_tree["admin"], values).ok());
    for (const QString& key : nullable) {
        auto r = m_org->set(m_tree["admin"], key, QString());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QVERIFY2(r->value(key).isEmpty(), qPrintable(key));
    }
    const QJsonObject json = m_org->show(m_tree["admin"])->toJson();
    for (const QString& key : nullable)
        QVERIFY2(json.value(key).isNull(), qPrintable(key));
    // "off" also lifts the quota.
    QVERIFY(m_org->set(m_tree["admin"], "daily-invite-quota", "5").ok());
    QVERIFY(m_org->set(m_tree["admin"], "daily-invite-quota", "off")
                ->value("daily-invite-quota")
                .isEmpty());
    QSqlQuery q(m_db->connection().value());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM platform_settings")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestOrganizationService::nonAdminsAreRefused()
{
    for (const char* who : {"chp", "master", "sales1", "doctor1", "office1"}) {
        const qint64 audit = countRows(QStringLiteral("audit_events"));
        auto set = m_org->set(m_tree[who], "public-url", "https://evil.example");
        QVERIFY(!set.ok());
        QCOMPARE(set.error().code, Error::Code::NotPermitted);
        QCOMPARE(m_org->show(m_tree[who]).error().code, Error::Code::NotPermitted);
        QCOMPARE(countRows(QStringLiteral("audit_events")), audit);
    }
    QVERIFY(m_org->storedPublicUrl()->isEmpty());
}

void TestOrganizationService::setManyIsAllOrNothing()
{
    auto r = m_org->setMany(m_tree["admin"], {{"display-name", "Acme"}, {"expiry-days", "400"}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("expiry-days"));
    QVERIFY(m_org->show(m_tree["admin"])->value("display-name").isEmpty());
    QCOMPARE(settingEvents().size(), 0);
    auto ok = m_org->setMany(m_tree["admin"], {{"display-name", "Acme"}, {"expiry-days", "30"}});
    QVERIFY(ok.ok());
    QCOMPARE(settingEvents().size(), 2);
}

void TestOrganizationService::storedPublicUrlIsTheLinkBase()
{
    // What a desk queues: its own address while the database holds none, the stored one after.
    ServiceConfig desk;
    desk.publicUrl = QStringLiteral("https://evil.example");
    InvitationService service(m_db, desk);
    auto linkOf = [&](const QString& id) {
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("SELECT public_url FROM email_outbox WHERE invitation_id = ? "
                                 "AND status = 'queued'"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    };
    auto before = service.create(
        m_tree["sales1"], request(QStringLiteral("a@example.com"), QStringLiteral("doctor")));
    QCOMPARE(linkOf(before->id), desk.publicUrl);
    QVERIFY(m_org->set(m_tree["admin"], "public-url", "https://invite.example.com").ok());
    QCOMPARE(m_org->storedPublicUrl().value(), QStringLiteral("https://invite.example.com"));
    auto after = service.create(m_tree["sales1"],
                                request(QStringLiteral("b@example.com"), QStringLiteral("doctor")));
    QCOMPARE(linkOf(after->id), QStringLiteral("https://invite.example.com"));
    auto resent = service.resend(m_tree["sales1"], before->id);
    QVERIFY(resent.ok());
    QCOMPARE(linkOf(before->id), QStringLiteral("https://invite.example.com"));
}

QTEST_GUILESS_MAIN(TestOrganizationService)
#include "test_organization_service.moc"
