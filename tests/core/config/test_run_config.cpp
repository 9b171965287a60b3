// RunConfig::from (issue 12, item 7): every setting the desk and the command line share is read
// with one precedence, system-wide file < user file < environment < command-line flag.
#include "core/config/RunConfig.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SettingKeys.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;

namespace {
// What RunConfig made of one setting, by its key.
QString resultOf(const RunConfig& c, const QString& key)
{
    if (key == QLatin1String("database/url"))
        return c.databaseUrl;
    if (key == QLatin1String("acceptance/public_url"))
        return c.service.publicUrl + QLatin1Char('|') + c.mail.publicUrl;
    if (key == QLatin1String("mail/url"))
        return c.mail.url;
    if (key == QLatin1String("mail/from"))
        return c.service.mailFrom + QLatin1Char('|') + c.mail.from;
    if (key == QLatin1String("acceptance/trusted_proxies"))
        return c.trustedProxies;
    return {};
}

const Setting<QString>& settingOf(const QString& key)
{
    static const QHash<QString, const Setting<QString>*> all{
        {QStringLiteral("database/url"), &settings::databaseUrl},
        {QStringLiteral("acceptance/public_url"), &settings::publicUrl},
        {QStringLiteral("mail/url"), &settings::mailUrl},
        {QStringLiteral("mail/from"), &settings::mailFrom},
        {QStringLiteral("acceptance/trusted_proxies"), &settings::trustedProxies},
    };
    return *all.value(key);
}
} // namespace

class TestRunConfig : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

private slots:
    void precedence_data();
    void precedence();
    void defaults();
    void mailPasswordFromTheEnvironmentOnly();
};

void TestRunConfig::precedence_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("expected");

    const struct {
        const char* key;
        const char* name;
        QString a, b, c, d; // four distinct values
        QString (*shown)(const QString&);
    } settingsUnderTest[] = {
        {"database/url", "database", "sqlite:///sys.db", "sqlite:///user.db", "sqlite:///env.db",
         "sqlite:///flag.db", [](const QString& v) { return v; }},
        {"acceptance/public_url", "public url", "https://sys.example/", "https://user.example",
         "https://env.example//", "https://flag.example",
         [](const QString& v) {
             QString u = v;
             while (u.endsWith(QLatin1Char('/')))
                 u.chop(1);
             return u + QLatin1Char('|') + u;
         }},
        {"mail/url", "mail", "file:///sys", "smtp://user.example", "smtps://env.example",
         "file:///flag", [](const QString& v) { return v; }},
        {"mail/from", "mail from", "sys@example.com", "user@example.com", "env@example.com",
         "flag@example.com", [](const QString& v) { return v + QLatin1Char('|') + v; }},
        {"acceptance/trusted_proxies", "trusted proxies", "10.0.0.1", "10.0.0.2", "10.0.0.3",
         "10.0.0.4", [](const QString& v) { return v; }},
    };
    for (const auto& s : settingsUnderTest) {
        const QString k = QString::fromLatin1(s.key);
        auto row = [&](const char* what) {
            return &QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(
                QString::fromLatin1(s.name), QString::fromLatin1(what))));
        };
        *row("system file") << k << s.a << QString() << QString() << QString() << s.shown(s.a);
        *row("user over system") << k << s.a << s.b << QString() << QString() << s.shown(s.b);
        *row("environment over user") << k << s.a << s.b << s.c << QString() << s.shown(s.c);
        *row("flag over environment") << k << s.a << s.b << s.c << s.d << s.shown(s.d);
        *row("flag over system") << k << s.a << QString() << QString() << s.d << s.shown(s.d);
        *row("empty environment falls through")
            << k << s.a << s.b << QStringLiteral(" ") << QString() << s.shown(s.b);
    }
}

void TestRunConfig::precedence()
{
    QFETCH(QString, key);
    QFETCH(QString, system);
    QFETCH(QString, user);
    QFETCH(QString, env);
    QFETCH(QString, flag);
    QFETCH(QString, expected);

    ++m_files;
    auto userFile = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("user%1.conf").arg(m_files)), QSettings::IniFormat);
    auto systemFile = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("system%1.conf").arg(m_files)), QSettings::IniFormat);
    if (!user.isEmpty())
        userFile->setValue(key, user);
    if (!system.isEmpty())
        systemFile->setValue(key, system);
    QProcessEnvironment environment;
    const Setting<QString>& setting = settingOf(key);
    if (!env.isEmpty())
        environment.insert(QString::fromLatin1(setting.env), env);
    AppSettings settings(std::move(userFile), std::move(systemFile), environment);
    if (!flag.isEmpty())
        settings.setCommandLine(setting, flag);

    QCOMPARE(resultOf(RunConfig::from(settings), key), expected);
}

void TestRunConfig::defaults()
{
    AppSettings settings(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("empty-user.conf")),
                                    QSettings::IniFormat),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("empty-system.conf")),
                                    QSettings::IniFormat),
        QProcessEnvironment());
    const RunConfig c = RunConfig::from(settings);
    QCOMPARE(c.databaseUrl, settings::defaultDatabaseUrl());
    QCOMPARE(c.service.publicUrl, QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(c.mail.publicUrl, c.service.publicUrl);
    QVERIFY(c.mail.url.isEmpty()); // the embedded default folder
    QVERIFY(c.service.mailFrom.isEmpty());
    QVERIFY(c.trustedProxies.isEmpty());
    QVERIFY(c.mail.password.isEmpty());
}

void TestRunConfig::mailPasswordFromTheEnvironmentOnly()
{
    auto user = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("pw-user.conf")),
                                            QSettings::IniFormat);
    user->setValue(QStringLiteral("mail/password"), QStringLiteral("never-read"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("INVITEDESK_MAIL_PASSWORD"), QStringLiteral("s3cret"));
    AppSettings settings(
        std::move(user),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("pw-system.conf")),
                                    QSettings::IniFormat),
        environment);
    QCOMPARE(RunConfig::from(settings).mail.password, QStringLiteral("s3cret"));
}

QTEST_GUILESS_MAIN(TestRunConfig)
#include "test_run_config.moc"
