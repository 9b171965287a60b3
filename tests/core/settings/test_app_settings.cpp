// AppSettings: one precedence rule for every key (command line > environment > user file >
// system-wide file > default), typed conversions, and no password ever in a settings file.
#include "core/settings/AppSettings.h"
#include "core/settings/SettingKeys.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;

class TestAppSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Files {
        QString user;
        QString system;
    };
    Files freshFiles()
    {
        ++m_counter;
        return {m_dir.filePath(QStringLiteral("user%1.conf").arg(m_counter)),
                m_dir.filePath(QStringLiteral("system%1.conf").arg(m_counter))};
    }
    std::unique_ptr<AppSettings> openWithPolicy(const QProcessEnvironment& env)
    {
        return std::make_unique<AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("policy-user.conf")),
                                        QSettings::IniFormat),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("policy-system.conf")),
                                        QSettings::IniFormat),
            env,
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("policy.conf")),
                                        QSettings::IniFormat));
    }
    void writePolicyFiles()
    {
        QSettings policy(m_dir.filePath(QStringLiteral("policy.conf")), QSettings::IniFormat);
        policy.setValue(QStringLiteral("database/url"),
                        QStringLiteral("postgresql://db.corp.example:5432/invitedesk"));
        policy.setValue(QStringLiteral("acceptance/handler_port"), QStringLiteral("9090"));
        policy.setValue(QStringLiteral("mail/url"), QStringLiteral("  ")); // blank: not a lock
        for (const char* file : {"policy-user.conf", "policy-system.conf"}) {
            QSettings s(m_dir.filePath(QString::fromLatin1(file)), QSettings::IniFormat);
            s.setValue(QStringLiteral("database/url"), QStringLiteral("sqlite:///tmp/own.db"));
            s.setValue(QStringLiteral("acceptance/handler_port"), 8081);
            s.setValue(QStringLiteral("mail/url"), QStringLiteral("smtp://relay.user.example"));
        }
    }
    std::unique_ptr<AppSettings> open(const Files& f, const QProcessEnvironment& env)
    {
        return std::make_unique<AppSettings>(
            std::make_unique<QSettings>(f.user, QSettings::IniFormat),
            std::make_unique<QSettings>(f.system, QSettings::IniFormat), env);
    }

private slots:
    void precedence_data()
    {
        QTest::addColumn<bool>("cli");
        QTest::addColumn<bool>("env");
        QTest::addColumn<bool>("user");
        QTest::addColumn<bool>("system");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("source");
        const auto C = int(SettingSource::CommandLine), E = int(SettingSource::Environment),
                   U = int(SettingSource::User), S = int(SettingSource::System),
                   D = int(SettingSource::Default);
        QTest::newRow("all") << true << true << true << true << "https://cli.example" << C;
        QTest::newRow("no cli") << false << true << true << true << "https://env.example" << E;
        QTest::newRow("user over system")
            << false << false << true << true << "https://user.example" << U;
        QTest::newRow("system only")
            << false << false << false << true << "https://system.example" << S;
        QTest::newRow("nothing") << false << false << false << false << "http://127.0.0.1:8080"
                                 << D;
        QTest::newRow("env over system")
            << false << true << false << true << "https://env.example" << E;
        QTest::newRow("cli over nothing")
            << true << false << false << false << "https://cli.example" << C;
    }
    void precedence()
    {
        QFETCH(bool, cli);
        QFETCH(bool, env);
        QFETCH(bool, user);
        QFETCH(bool, system);
        QFETCH(QString, expected);
        QFETCH(int, source);

        const Files f = freshFiles();
        if (system) {
            QSettings s(f.system, QSettings::IniFormat);
            s.setValue(QStringLiteral("acceptance/public_url"), "https://system.example");
        }
        if (user) {
            QSettings s(f.user, QSettings::IniFormat);
            s.setValue(QStringLiteral("acceptance/public_url"), "https://user.example");
        }
        QProcessEnvironment e;
        if (env)
            e.insert(QStringLiteral("INVITEDESK_PUBLIC_URL"),
                     QStringLiteral("https://env.example"));
        auto settings = open(f, e);
        if (cli)
            settings->setCommandLine(settings::publicUrl, QStringLiteral("https://cli.example"));

        QCOMPARE(settings->value(settings::publicUrl), expected);
        QCOMPARE(int(settings->source(settings::publicUrl)), source);
    }

    void typedValuesFromTextAndBadValuesFallThrough()
    {
        const Files f = freshFiles();
        {
            QSettings s(f.system, QSettings::IniFormat);
            s.setValue(QStringLiteral("acceptance/handler_port"), QStringLiteral("8443"));
            s.setValue(QStringLiteral("acceptance/handler_enabled"), QStringLiteral("off"));
        }
        QProcessEnvironment e;
        e.insert(QStringLiteral("INVITEDESK_HANDLER_PORT"), QStringLiteral("not-a-number"));
        e.insert(QStringLiteral("INVITEDESK_EXPIRY_DAYS"), QStringLiteral(" 14 "));
        auto settings = open(f, e);
        QCOMPARE(settings->value(settings::handlerPort), 8443); // env unusable: system file wins
        QCOMPARE(settings->source(settings::handlerPort), SettingSource::System);
        QCOMPARE(settings->value(settings::handlerEnabled), false);
        QCOMPARE(settings->value(settings::defaultExpiryDays), 14);
    }

    void userValuesPersistAndReset()
    {
        const Files f = freshFiles();
        {
            auto settings = open(f, {});
            settings->setUserValue(settings::mailUrl,
                                   QStringLiteral("smtp://me@relay.example.com"));
            settings->setUserValue(settings::handlerPort, 2525);
            settings->setUserValue(settings::handlerEnabled, false);
            settings->sync();
        }
        auto settings = open(f, {});
        QCOMPARE(settings->value(settings::mailUrl), QStringLiteral("smtp://me@relay.example.com"));
        QCOMPARE(settings->value(settings::handlerPort), 2525);
        QCOMPARE(settings->value(settings::handlerEnabled), false);
        settings->resetUserValue(settings::handlerPort);
        QCOMPARE(settings->value(settings::handlerPort), 8080);
        QCOMPARE(settings->userOrBelow(settings::mailUrl),
                 QStringLiteral("smtp://me@relay.example.com"));
    }

    void userOrBelowIgnoresOverrides()
    {
        const Files f = freshFiles();
        QProcessEnvironment e;
        e.insert(QStringLiteral("INVITEDESK_MAIL"), QStringLiteral("smtp://env-relay"));
        auto settings = open(f, e);
        settings->setUserValue(settings::mailUrl, QStringLiteral("smtp://user-relay"));
        QCOMPARE(settings->value(settings::mailUrl), QStringLiteral("smtp://env-relay"));
        QCOMPARE(settings->userOrBelow(settings::mailUrl), QStringLiteral("smtp://user-relay"));
        QCOMPARE(AppSettings::environmentName(settings::mailUrl),
                 QStringLiteral("INVITEDESK_MAIL"));
        QCOMPARE(AppSettings::environmentName(settings::databaseUrl),
                 QStringLiteral("INVITEDESK_DATABASE"));
    }

    void stateIsPerUserAndSecretsAreRefused()
    {
        const Files f = freshFiles();
        {
            auto settings = open(f, {});
            settings->setState(QStringLiteral("mainWindow/geometry"), QByteArray("\x01\x02", 2));
            settings->setState(QStringLiteral("signIn/password"), QStringLiteral("hunter2hunter2"));
            settings->sync();
        }
        auto settings = open(f, {});
        QCOMPARE(settings->state(QStringLiteral("mainWindow/geometry")).toByteArray(),
                 QByteArray("\x01\x02", 2));
        QVERIFY(!settings->state(QStringLiteral("signIn/password")).isValid());
        QFile file(f.user);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hunter2"));
    }

    void defaultsAreUsable()
    {
        auto settings = open(freshFiles(), {});
        QVERIFY(settings->value(settings::databaseUrl).startsWith(QStringLiteral("sqlite:///")));
        QCOMPARE(settings->value(settings::mailUrl), QString()); // the file transport default
        QCOMPARE(settings->value(settings::defaultExpiryDays), 7);
        QCOMPARE(settings->value(settings::language), QString());
    }

    // Issue 17, item 5: the policy (HKLM\SOFTWARE\Policies, a macOS configuration profile,
    // /etc/xdg/InviteDesk/InviteDesk.conf) locks every key it sets: its value wins over the
    // command line, the environment, the user's file and the system-wide defaults.
    void policyWinsOverEverything()
    {
        writePolicyFiles();
        QProcessEnvironment env;
        env.insert(QStringLiteral("INVITEDESK_DATABASE"), QStringLiteral("sqlite:///tmp/env.db"));
        env.insert(QStringLiteral("INVITEDESK_HANDLER_PORT"), QStringLiteral("7070"));
        auto settings = openWithPolicy(env);
        settings->setCommandLine(settings::databaseUrl, QStringLiteral("sqlite:///tmp/cli.db"));

        QCOMPARE(settings->value(settings::databaseUrl),
                 QStringLiteral("postgresql://db.corp.example:5432/invitedesk"));
        QCOMPARE(settings->source(settings::databaseUrl), SettingSource::Policy);
        QVERIFY(settings->isLocked(settings::databaseUrl));
        QCOMPARE(settings->value(settings::handlerPort), 9090);
        QVERIFY(settings->isLocked(settings::handlerPort));
    }

    void keysThePolicyLeavesOutStayFree()
    {
        writePolicyFiles();
        auto settings = openWithPolicy({});
        QCOMPARE(settings->value(settings::mailUrl), QStringLiteral("smtp://relay.user.example"));
        QCOMPARE(settings->source(settings::mailUrl), SettingSource::User);
        QVERIFY(!settings->isLocked(settings::mailUrl));
        QVERIFY(!settings->isLocked(settings::publicUrl));
        QCOMPARE(settings->lockedKeys(), (QStringList{QStringLiteral("acceptance/handler_port"),
                                                      QStringLiteral("database/url")}));
        QVERIFY(settings->policyLocation().endsWith(QStringLiteral("policy.conf")));
    }

    void savingALockedKeyChangesNothing()
    {
        writePolicyFiles();
        auto settings = openWithPolicy({});
        settings->setUserValue(settings::databaseUrl, QStringLiteral("sqlite:///tmp/mine.db"));
        QCOMPARE(settings->value(settings::databaseUrl),
                 QStringLiteral("postgresql://db.corp.example:5432/invitedesk"));
    }

    void withoutPolicyNothingIsLocked()
    {
        AppSettings settings(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("policy-user.conf")),
                                        QSettings::IniFormat),
            nullptr, {});
        QVERIFY(!settings.isLocked(settings::databaseUrl));
        QVERIFY(settings.lockedKeys().isEmpty());
        QVERIFY(settings.policyLocation().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "test_app_settings.moc"
