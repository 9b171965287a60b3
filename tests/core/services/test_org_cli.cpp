// `invitedesk org show/set` as an admin runs them (exit codes, output, what the database and
// the audit log hold afterwards), the warning when the database's public URL overrides
// --public-url or INVITEDESK_PUBLIC_URL, and `resend` refused for who may not invite the
// type. Both backends.
#include "core/services/InvitationService.h"
#include "core/services/OrganizationSettings.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestOrgCli : public QObject {
    Q_OBJECT
    QString m_dbUrl;
    DatabasePtr m_db;
    UserTree m_tree;

    Run cli(const QString& as, QStringList args, const QProcessEnvironment& extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* k : {"INVITEDESK_MAIL", "INVITEDESK_PUBLIC_URL", "INVITEDESK_DATABASE"})
            env.remove(QString::fromLatin1(k));
        for (const QString& k : extra.keys())
            env.insert(k, extra.value(k));
        env.insert(QStringLiteral("INVITEDESK_PASSWORD"), TestFixtures::password());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("invitedesk.*.info=false"));
        p.setProcessEnvironment(env);
        args << QStringLiteral("--database") << m_dbUrl;
        if (!as.isEmpty())
            args << QStringLiteral("--as") << m_tree[as].email;
        p.start(qEnvironmentVariable("INVITEDESK_BIN"), args);
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_db->connection().value());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QJsonObject show()
    {
        const Run r = cli("admin", {"org", "show", "--json"});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QString queuedLink(const QString& email)
    {
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("SELECT o.public_url FROM email_outbox o JOIN user_invitations i "
                                 "ON i.id = o.invitation_id WHERE i.email = ? AND o.status = "
                                 "'queued'"));
        q.addBindValue(email);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    }
    QStringList invite(const QString& email)
    {
        return {"invite", "--email", email, "--type", "doctor", "--first", "Pat", "--last", "Doe"};
    }

private slots:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("INVITEDESK_BIN").isEmpty()); }

    void init()
    {
        QString error;
        m_dbUrl = TestDatabase::createUrl(&error);
        QVERIFY2(!m_dbUrl.isEmpty(), qPrintable(error));
        m_db = Database::open(m_dbUrl).value();
        m_tree = TestFixtures::makeTree(m_db);
    }

    void showPrintsEveryKey()
    {
        const Run r = cli("admin", {"org", "show", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QString& key : OrganizationSettings::keys())
            QVERIFY2(o.contains(key), qPrintable(key));
        QCOMPARE(o.value("expiry-days").toInt(), 7);
        const Run text = cli("admin", {"org", "show"});
        QCOMPARE(text.code, 0);
        for (const QString& key : OrganizationSettings::keys())
            QVERIFY2(text.out.contains(key + QLatin1Char(':')), qPrintable(text.out));
    }

    void setChangesOneKeyWithAnAuditEvent()
    {
        const qint64 audit = count("SELECT count(*) FROM audit_events");
        const Run r = cli("admin", {"org", "set", "display-name", "Acme Salud"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("display-name: Acme Salud")));
        QCOMPARE(show().value("display-name").toString(), QStringLiteral("Acme Salud"));
        QCOMPARE(count("SELECT count(*) FROM audit_events"), audit + 1);
        QCOMPARE(count("SELECT count(*) FROM audit_events WHERE action = 'organization.updated'"),
                 1);
        const Run quota = cli("admin", {"org", "set", "daily-invite-quota", "20", "--json"});
        QVERIFY2(quota.code == 0, qPrintable(quota.err));
        QCOMPARE(QJsonDocument::fromJson(quota.out.toUtf8()).object().value("daily-invite-quota"),
                 QJsonValue(20));
        // An empty value clears a key that may be empty.
        const Run cleared = cli("admin", {"org", "set", "display-name", ""});
        QVERIFY2(cleared.code == 0, qPrintable(cleared.err));
        QVERIFY(show().value("display-name").isNull());
    }

    void badValueOrActorChangesNothing()
    {
        const QJsonObject before = show();
        const qint64 audit = count("SELECT count(*) FROM audit_events");
        const Run bad = cli("admin", {"org", "set", "brand-color", "red"});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("brand-color")), qPrintable(bad.err));
        const Run days = cli("admin", {"org", "set", "expiry-days", "0"});
        QCOMPARE(days.code, 1);
        QVERIFY2(days.err.contains(QStringLiteral("expiry-days")), qPrintable(days.err));
        const Run sales = cli("sales1", {"org", "set", "public-url", "https://evil.example"});
        QCOMPARE(sales.code, 1);
        QCOMPARE(cli("sales1", {"org", "show"}).code, 1);
        QCOMPARE(show(), before);
        QCOMPARE(count("SELECT count(*) FROM audit_events"), audit);
        QCOMPARE(cli("admin", {"org", "set", "colour", "#aabbcc"}).code, 2);
        QCOMPARE(cli("admin", {"org", "set", "display-name"}).code, 2);
        QCOMPARE(cli("admin", {"org"}).code, 2);
    }

    void helpListsTheKeys()
    {
        for (const QStringList& words : {QStringList{"org"}, QStringList{"org", "set"}}) {
            const Run r = cli(QString(), words + QStringList{"--help"});
            QCOMPARE(r.code, 0);
            for (const QString& key : OrganizationSettings::keys())
                QVERIFY2(r.out.contains(key), qPrintable(key + QLatin1Char('\n') + r.out));
        }
    }

    void storedPublicUrlOverridesTheDesksWithAWarning()
    {
        // None stored: --public-url and the environment work as before, without a warning.
        const Run plain = cli("sales1", invite("one@example.com") +
                                            QStringList{"--public-url", "https://desk.example"});
        QVERIFY2(plain.code == 0, qPrintable(plain.err));
        QVERIFY2(!plain.err.contains(QStringLiteral("warning")), qPrintable(plain.err));
        QCOMPARE(queuedLink("one@example.com"), QStringLiteral("https://desk.example"));

        const Run set = cli("admin", {"org", "set", "public-url", "https://invite.example.com"});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QCOMPARE(count("SELECT count(*) FROM audit_events WHERE action = 'platform.updated'"), 1);

        const Run option = cli("sales1", invite("two@example.com") +
                                             QStringList{"--public-url", "https://evil.example"});
        QVERIFY2(option.code == 0, qPrintable(option.err));
        QVERIFY2(option.err.contains(QStringLiteral("warning")) &&
                     option.err.contains(QStringLiteral("https://evil.example")) &&
                     option.err.contains(QStringLiteral("https://invite.example.com")),
                 qPrintable(option.err));
        QCOMPARE(queuedLink("two@example.com"), QStringLiteral("https://invite.example.com"));

        QProcessEnvironment env;
        env.insert(QStringLiteral("INVITEDESK_PUBLIC_URL"), QStringLiteral("https://evil.example"));
        const Run environment = cli("sales1", invite("three@example.com"), env);
        QVERIFY2(environment.code == 0, qPrintable(environment.err));
        QVERIFY2(environment.err.contains(QStringLiteral("INVITEDESK_PUBLIC_URL")) &&
                     environment.err.contains(QStringLiteral("https://invite.example.com")),
                 qPrintable(environment.err));
        QCOMPARE(queuedLink("three@example.com"), QStringLiteral("https://invite.example.com"));
    }

    void resendRefusedForWhoMayNotInviteTheType()
    {
        auto inv = InvitationService(m_db, {}).create(m_tree["doctor1"], [] {
            NewInvitation in;
            in.email = QStringLiteral("oa@example.com");
            in.firstName = QStringLiteral("Office");
            in.lastName = QStringLiteral("Admin");
            in.type = QStringLiteral("office_admin");
            return in;
        }());
        QVERIFY(inv.ok());
        const qint64 outbox = count("SELECT count(*) FROM email_outbox");
        const qint64 audit = count("SELECT count(*) FROM audit_events");
        const Run r = cli("sales1", {"resend", inv->id, "--public-url", "https://evil.example"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not invite")), qPrintable(r.err));
        QCOMPARE(count("SELECT count(*) FROM email_outbox"), outbox);
        QCOMPARE(count("SELECT count(*) FROM audit_events"), audit);
        QCOMPARE(queuedLink("oa@example.com"), QStringLiteral("http://127.0.0.1:8080"));
    }
};

QTEST_GUILESS_MAIN(TestOrgCli)
#include "test_org_cli.moc"
