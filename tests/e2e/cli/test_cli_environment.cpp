// The command line's setup and environment: help without a display, the first user, migrate,
// usage errors (exit 2), unreachable or mismatched databases (exit 3) and a tampered audit log.
// Each case that changes the schema or the audit log works on a database of its own.
#include "CliCases.h"
#include "CliFixture.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliEnvironment : public CliFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(CliHarness::binary()).isExecutable(),
                 qPrintable(QStringLiteral("INVITEDESK_BIN=%1").arg(CliHarness::binary())));
        m_url = freshUrl();
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_lastError));
        m_db = DbProbe(m_url);
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.error()));
        const CliRun boot = bootstrap(m_url);
        QVERIFY2(boot.exitCode == 0, qPrintable(boot.describe()));
    }

    void helpAndVersionWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version")
            << QStringList{QStringLiteral("--version")} << QStringLiteral("invitedesk");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                                << QStringLiteral("audit verify");
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("migrate");
        QTest::newRow("list --help")
            << QStringList{QStringLiteral("list"), QStringLiteral("--help")}
            << QStringLiteral("--limit");
        QTest::newRow("--help invite")
            << QStringList{QStringLiteral("--help"), QStringLiteral("invite")}
            << QStringLiteral("--expires-days");
    }

    void helpAndVersionWithoutDisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun r = CliHarness::run(args, {}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(expected), qPrintable(r.describe()));
    }

    // Issue 17, item 1: one line, "invitedesk" and the CMake project version, optionally with
    // "+g<commit>" (cmake/InviteDeskVersion.cmake); the same for -v.
    void versionIsTheProjectVersion_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("--version") << QStringLiteral("--version");
        QTest::newRow("-v") << QStringLiteral("-v");
    }

    void versionIsTheProjectVersion()
    {
        QFETCH(QString, flag);
        const CliRun r = CliHarness::run({flag}, {}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QRegularExpression shape(
            QStringLiteral("^invitedesk %1(\\+g[0-9a-f]{7,40})?\n$")
                .arg(QRegularExpression::escape(QStringLiteral(INVITEDESK_TEST_PROJECT_VERSION))));
        QVERIFY2(shape.match(r.out).hasMatch(), qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    }

    void bootstrapOnlyOnEmptyDatabase()
    {
        const QString url = freshUrl();
        QVERIFY2(!url.isEmpty(), qPrintable(m_lastError));
        DbProbe db(url);
        QCOMPARE(db.count(QStringLiteral("users")), qint64(0));
        const CliRun first = bootstrap(url);
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT role FROM users WHERE email = ?"), {kAdmin})
                     .toString(),
                 QStringLiteral("admin"));

        const auto before = db.counts();
        const CliRun second = bootstrap(url, QStringLiteral("second@example.com"));
        QVERIFY2(second.exitCode == 1, qPrintable(second.describe()));
        QVERIFY2(second.err.contains(QLatin1String("as")), qPrintable(second.err));
        QCOMPARE(db.counts(), before);

        // With --as an admin, adding users goes on.
        const CliRun added =
            act(QStringLiteral("admin"),
                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                 QStringLiteral("chp@example.com"), QStringLiteral("--role"),
                 QStringLiteral("chp_admin"), QStringLiteral("--first"), QStringLiteral("Carla"),
                 QStringLiteral("--last"), QStringLiteral("Chp")},
                url);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QCOMPARE(db.count(QStringLiteral("users")), qint64(2));
    }

    void migrateNeedsNoActor()
    {
        const QString url = freshUrl(false);
        QVERIFY2(!url.isEmpty(), qPrintable(m_lastError));
        const CliRun r = CliHarness::run({QStringLiteral("migrate"), QStringLiteral("--json"),
                                          QStringLiteral("--database"), url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json().toObject();
        const int version = o.value(QStringLiteral("version")).toInt();
        QVERIFY2(version > 0, qPrintable(r.describe()));
        if (TestDatabase::backend() == Backend::Postgres)
            QCOMPARE(o.value(QStringLiteral("from_version")).toInt(), 0);
        DbProbe db(url);
        QCOMPARE(db.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(),
                 version);
        const CliRun again =
            CliHarness::run({QStringLiteral("--database"), url, QStringLiteral("migrate")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.out.contains(QString::number(version)), qPrintable(again.describe()));
        const CliRun boot = bootstrap(url);
        QVERIFY2(boot.exitCode == 0, qPrintable(boot.describe()));
    }

    void usageErrorsExit2_data() { addUsageCases(); }

    void usageErrorsExit2()
    {
        QFETCH(QStringList, args);
        const auto before = m_db.counts();
        const CliRun r = act(QStringLiteral("admin"), args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(!r.err.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(m_db.counts(), before);
    }

    void unreachableDatabaseExit3_data() { addUnreachableDatabaseCases(); }

    void unreachableDatabaseExit3()
    {
        QFETCH(QStringList, args);
        const CliRun r =
            CliHarness::run(args, {{QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword},
                                   {QStringLiteral("INVITEDESK_NEW_PASSWORD"), kAdminPassword}});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QLatin1String("database")), qPrintable(r.describe()));
    }

    // Issue 12, item 7: a command takes the database password as the desk does, the keychain
    // last; a keychain that never answers (here a session bus that accepts and stays silent)
    // holds a command up at most a few seconds, and the command goes on without it.
    void silentKeychainDoesNotHoldACommandUp()
    {
        QTemporaryDir dir;
        QLocalServer bus;
        QVERIFY(bus.listen(dir.filePath(QStringLiteral("bus"))));
        QElapsedTimer clock;
        clock.start();
        const CliRun r = CliHarness::run({QStringLiteral("list"), QStringLiteral("--as"), kAdmin,
                                          QStringLiteral("--database"), m_url},
                                         {{QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword},
                                          {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                           QStringLiteral("unix:path=") + bus.fullServerName()}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(!r.err.contains(QLatin1String("keychain")), qPrintable(r.describe()));
    }

    // A PostgreSQL connection that fails without a password says where one could come from.
    void failedConnectionSaysWhereThePasswordComesFrom()
    {
        if (TestDatabase::backend() != Backend::Postgres)
            QSKIP("a SQLite file has no password");
        const CliRun r = CliHarness::run({QStringLiteral("list"), QStringLiteral("--as"), kAdmin,
                                          QStringLiteral("--database"),
                                          QStringLiteral("postgresql://postgres@127.0.0.1:1/x")},
                                         {{QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword}});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        for (const char* part : {"INVITEDESK_DB_PASSWORD", "PGPASSWORD", "keychain"})
            QVERIFY2(r.err.contains(QLatin1String(part)), qPrintable(r.describe()));
    }

    void badUrlsNeverPrintTheirPassword_data()
    {
        // Issue 11, finding 5: a bad database URL was echoed, password included.
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("databaseEnv");
        const QString secret = QStringLiteral("Sup3rSecretPw");
        QTest::newRow("unknown scheme on the command line")
            << QStringList{QStringLiteral("--database"),
                           QStringLiteral("postgress://app:%1@db.example.com/x").arg(secret),
                           QStringLiteral("migrate")}
            << QString();
        QTest::newRow("unknown scheme in INVITEDESK_DATABASE")
            << QStringList{QStringLiteral("list"), QStringLiteral("--as"), kAdmin}
            << QStringLiteral("mysql://root:%1@localhost/x").arg(secret);
        QTest::newRow("unreachable server")
            << QStringList{QStringLiteral("--database"),
                           QStringLiteral("postgresql://postgres:%1@127.0.0.1:1/x").arg(secret),
                           QStringLiteral("migrate")}
            << QString();
        QTest::newRow("bad mail URL for serve")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--mail"),
                           QStringLiteral("smtp://bob:%1@relay.example:99x").arg(secret)}
            << QStringLiteral("{shared}");
    }

    void badUrlsNeverPrintTheirPassword()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, databaseEnv);
        QHash<QString, QString> env{{QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword}};
        if (!databaseEnv.isEmpty())
            env.insert(QStringLiteral("INVITEDESK_DATABASE"),
                       databaseEnv == QLatin1String("{shared}") ? m_url : databaseEnv);
        const CliRun r = CliHarness::run(args, env);
        QVERIFY2(r.exitCode == 1 || r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(!r.err.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains(QLatin1String("Sup3rSecretPw")), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(QLatin1String("Sup3rSecretPw")), qPrintable(r.describe()));
    }

    void schemaOlderOrNewerExit3()
    {
        const QString url = freshUrl(false);
        QVERIFY2(!url.isEmpty(), qPrintable(m_lastError));
        DbProbe db(url);
        if (TestDatabase::backend() == Backend::Postgres) {
            // Only `migrate` changes a PostgreSQL schema: anything else says to run it.
            for (const QStringList& args :
                 {QStringList{QStringLiteral("list"), QStringLiteral("--as"), kAdmin},
                  QStringList{QStringLiteral("user"), QStringLiteral("add"),
                              QStringLiteral("--email"), kAdmin, QStringLiteral("--role"),
                              QStringLiteral("admin"), QStringLiteral("--first"),
                              QStringLiteral("A"), QStringLiteral("--last"),
                              QStringLiteral("B")}}) {
                const CliRun r =
                    CliHarness::run(args + QStringList{QStringLiteral("--database"), url},
                                    {{QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword},
                                     {QStringLiteral("INVITEDESK_NEW_PASSWORD"), kAdminPassword}});
                QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
                QVERIFY2(r.err.contains(QLatin1String("invitedesk migrate")),
                         qPrintable(r.describe()));
            }
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                              "WHERE table_schema = 'public'"))
                         .toInt(),
                     0);
            const CliRun m =
                CliHarness::run({QStringLiteral("migrate"), QStringLiteral("--database"), url});
            QVERIFY2(m.exitCode == 0, qPrintable(m.describe()));
        } else {
            // The embedded file is migrated on open: the first user bootstraps straight away.
            const CliRun boot = bootstrap(url);
            QVERIFY2(boot.exitCode == 0, qPrintable(boot.describe()));
        }
        const int latest =
            db.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt();
        QVERIFY(latest > 0 && latest < 999);
        QString error;
        QVERIFY2(db.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                        "VALUES (999, 'from the future', ?)"),
                         {db.isPostgres() ? QVariant(QDateTime::currentDateTimeUtc())
                                          : QVariant(QDateTime::currentDateTimeUtc().toString(
                                                Qt::ISODateWithMs))},
                         &error),
                 qPrintable(error));
        for (const QStringList& args :
             {QStringList{QStringLiteral("list"), QStringLiteral("--as"), kAdmin},
              QStringList{QStringLiteral("migrate")}}) {
            const CliRun r =
                CliHarness::run(args + QStringList{QStringLiteral("--database"), url},
                                {{QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword}});
            QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
            QVERIFY2(r.err.contains(QLatin1String("999")), qPrintable(r.describe()));
            QVERIFY2(r.err.contains(QString::number(latest)), qPrintable(r.describe()));
        }
    }

    void auditChainDetectsTampering()
    {
        const QString url = freshUrl();
        QVERIFY2(!url.isEmpty(), qPrintable(m_lastError));
        QVERIFY(bootstrap(url).exitCode == 0);
        for (const QString& email :
             {QStringLiteral("audit1@example.com"), QStringLiteral("audit2@example.com")}) {
            const CliRun r =
                invite(QStringLiteral("admin"), email, QStringLiteral("doctor"), {}, url);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        const CliRun ok =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")}, url);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));

        DbProbe db(url);
        const auto seqs = db.rows(QStringLiteral("SELECT seq FROM audit_events ORDER BY seq"));
        QVERIFY(seqs.size() >= 2);
        const qint64 victim = seqs.at(seqs.size() - 2).first().toLongLong();
        QString error;
        if (db.isPostgres()) {
            // The test server's user is the postgres superuser, who may switch triggers off.
            QVERIFY2(db.exec(QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER"), {},
                             &error),
                     qPrintable(error));
        } else {
            QVERIFY2(db.exec(QStringLiteral("DROP TRIGGER audit_events_no_update"), {}, &error),
                     qPrintable(error));
        }
        QVERIFY2(db.exec(QStringLiteral("UPDATE audit_events SET action = 'nothing_to_see' "
                                        "WHERE seq = ?"),
                         {victim}, &error),
                 qPrintable(error));

        const CliRun broken =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")}, url);
        QVERIFY2(broken.exitCode == 1, qPrintable(broken.describe()));
        QVERIFY2(broken.err.contains(QStringLiteral("event %1").arg(victim)),
                 qPrintable(broken.describe()));
        const CliRun json =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, url);
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().toObject().value(QStringLiteral("first_broken_seq")).toInteger(),
                 victim);
    }
};

QTEST_GUILESS_MAIN(TestCliEnvironment)
#include "test_cli_environment.moc"
