// `invitedesk check` (issue 15: the database account; issue 17 adds the other lines): exit 0
// with every check passed; the account line warns for a superuser and for a shared account,
// and is clean for a person's own login; an unreachable or unmigrated database fails with
// exit 3. Both backends (SQLite has no account: its line says so).
#include "CliFixture.h"

#include "core/settings/DatabaseUrl.h"

#include <QDir>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliCheck : public CliFixture {
    Q_OBJECT

    CliRun check(const QString& url, const QHash<QString, QString>& env = {})
    {
        return CliHarness::run(
            {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--database"), url},
            env);
    }

private slots:
    void initTestCase()
    {
        m_url = freshUrl();
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_lastError));
        m_db = DbProbe(m_url);
        const CliRun boot = bootstrap(m_url);
        QVERIFY2(boot.exitCode == 0, qPrintable(boot.describe()));
    }

    void accountInUseIsJudged()
    {
        const CliRun r = check(m_url);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject out = r.json().toObject();
        QCOMPARE(out.value("ok").toBool(), true);
        QCOMPARE(out.value("database").toObject().value("ok").toBool(), true);
        const QJsonObject account = out.value("database_account").toObject();
        QCOMPARE(account.value("ok").toBool(), true);
        if (TestDatabase::backend() == Backend::Sqlite) {
            QVERIFY(account.value("name").isNull());
            QVERIFY(account.value("warning").isNull());
            return;
        }
        // The test cluster's `postgres` is a superuser.
        QCOMPARE(account.value("superuser").toBool(), true);
        QVERIFY2(account.value("warning").toString().contains("superuser"), qPrintable(r.out));

        // The administrator's own login (made by `user add`) is what it should be.
        auto url = DatabaseUrl::parse(m_url);
        QVERIFY(url.ok());
        DatabaseUrl own = url.value();
        own.user =
            m_db.scalar(QStringLiteral("SELECT db_role FROM users WHERE email = ?"), {kAdmin})
                .toString();
        QVERIFY(own.user.startsWith("idk_"));
        const CliRun person =
            check(own.toString(), {{QStringLiteral("INVITEDESK_DB_PASSWORD"), kAdminPassword}});
        QVERIFY2(person.exitCode == 0, qPrintable(person.describe()));
        const QJsonObject mine = person.json().toObject().value("database_account").toObject();
        QCOMPARE(mine.value("person_login").toBool(), true);
        QCOMPARE(mine.value("superuser").toBool(), false);
        QVERIFY(mine.value("warning").isNull());
        QCOMPARE(mine.value("groups").toArray(), QJsonArray{QStringLiteral("invitedesk_app")});

        // A shared account that is no superuser is warned about too.
        const QString shared = QStringLiteral("shared_%1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(m_db.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Shared-pass-2026' IN "
                                         "ROLE invitedesk_owner")
                              .arg(shared)));
        DatabaseUrl service = url.value();
        service.user = shared;
        const CliRun sharedRun =
            check(service.toString(),
                  {{QStringLiteral("INVITEDESK_DB_PASSWORD"), QStringLiteral("Shared-pass-2026")}});
        QVERIFY2(sharedRun.exitCode == 0, qPrintable(sharedRun.describe()));
        const QString warning = sharedRun.json()
                                    .toObject()
                                    .value("database_account")
                                    .toObject()
                                    .value("warning")
                                    .toString();
        QVERIFY2(warning.contains("shared account"), qPrintable(sharedRun.out));
    }

    void unreachableOrUnmigratedFails()
    {
        const CliRun down = check(QStringLiteral("postgresql://postgres@127.0.0.1:1/nowhere"));
        QCOMPARE(down.exitCode, 3);
        QCOMPARE(down.json().toObject().value("database").toObject().value("ok").toBool(), false);
        QCOMPARE(down.json().toObject().value("ok").toBool(), false);
        if (TestDatabase::backend() == Backend::Postgres) {
            const QString empty = freshUrl(false);
            QVERIFY2(!empty.isEmpty(), qPrintable(m_lastError));
            const CliRun bare = check(empty);
            QCOMPARE(bare.exitCode, 3);
            QVERIFY2(bare.out.contains("migrate"), qPrintable(bare.describe()));
        }
    }

    // Issue 17, item 5: the policy file (here through XDG_CONFIG_DIRS, as
    // /etc/xdg/InviteDesk/InviteDesk.conf) locks the database URL: --database is ignored with
    // a warning, and `check` lists the locked key. The defaults file beside it does not lock.
    void policyLocksTheDatabase()
    {
        QTemporaryDir etc;
        QVERIFY(QDir().mkpath(etc.filePath(QStringLiteral("InviteDesk"))));
        {
            QSettings policy(etc.filePath(QStringLiteral("InviteDesk/InviteDesk.conf")),
                             QSettings::IniFormat);
            policy.setValue(QStringLiteral("database/url"), m_url);
        }
        const QHash<QString, QString> env{{QStringLiteral("XDG_CONFIG_DIRS"), etc.path()}};
        const CliRun r = check(QStringLiteral("sqlite:///nonexistent-folder/ignored.db"), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QLatin1String("--database is ignored")), qPrintable(r.describe()));
        const QJsonObject settings = r.json().toObject().value("settings").toObject();
        QCOMPARE(settings.value("locked").toArray(), QJsonArray{QStringLiteral("database/url")});
        QVERIFY2(settings.value("policy").toString().endsWith(QLatin1String("InviteDesk.conf")),
                 qPrintable(r.out));

        // Without the policy the same line checks what --database names, and locks nothing.
        const CliRun free = check(m_url);
        QVERIFY2(free.exitCode == 0, qPrintable(free.describe()));
        QVERIFY2(!free.err.contains(QLatin1String("is ignored")), qPrintable(free.err));
        QCOMPARE(free.json().toObject().value("settings").toObject().value("locked").toArray(),
                 QJsonArray());
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "test_cli_check.moc"
