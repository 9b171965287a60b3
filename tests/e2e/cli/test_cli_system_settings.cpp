// One configuration path (issue 12, item 7): the command line reads the system-wide settings
// file IT deploys (/etc/xdg/InviteDesk/invitedesk.conf; here through XDG_CONFIG_DIRS), then the
// user's file, the environment and the flags, as the desk does. Before, `serve` and
// `outbox run` read only the environment and flags, and ignored the file.
#include "CliFixture.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kSystemPublicUrl = QStringLiteral("https://links.system.example");
}

class TestCliSystemSettings : public CliFixture {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mailFolder;

    QHash<QString, QString> systemEnv() const
    {
        return {{QStringLiteral("XDG_CONFIG_DIRS"), m_dir.filePath(QStringLiteral("etc"))}};
    }
    int mailsWritten() const
    {
        return int(QDir(m_mailFolder).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
    }
    QString lastMail() const
    {
        const QStringList names =
            QDir(m_mailFolder).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Time);
        QFile f(QDir(m_mailFolder).filePath(names.value(0)));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(CliHarness::binary()).isExecutable(),
                 qPrintable(QStringLiteral("INVITEDESK_BIN=%1").arg(CliHarness::binary())));
        m_url = freshUrl();
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_lastError));
        m_db = DbProbe(m_url);
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.error()));
        const CliRun boot = bootstrap(m_url);
        QVERIFY2(boot.exitCode == 0, qPrintable(boot.describe()));

        // The file IT deploys: the database, the mail folder and the links' address.
        m_mailFolder = m_dir.filePath(QStringLiteral("mailout"));
        QVERIFY(QDir().mkpath(m_mailFolder));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("etc/InviteDesk"))));
        QSettings system(m_dir.filePath(QStringLiteral("etc/InviteDesk/invitedesk.conf")),
                         QSettings::IniFormat);
        system.setValue(QStringLiteral("database/url"), m_url);
        system.setValue(QStringLiteral("mail/url"),
                        QStringLiteral("file://") + QDir(m_mailFolder).absolutePath());
        system.setValue(QStringLiteral("acceptance/public_url"), kSystemPublicUrl + "/");
        system.sync();
        QCOMPARE(system.status(), QSettings::NoError);
    }

    void outboxRunReadsTheSystemFile()
    {
        // The invitation takes its link address when it is queued, so `invite` runs on the
        // file alone as well: no --database, no INVITEDESK_* variable but the password.
        auto inviteEnv = systemEnv();
        inviteEnv.insert(QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword);
        const CliRun invited = CliHarness::run(
            {QStringLiteral("invite"), QStringLiteral("--as"), kAdmin, QStringLiteral("--json"),
             QStringLiteral("--email"), QStringLiteral("system.file@example.com"),
             QStringLiteral("--type"), QStringLiteral("doctor"), QStringLiteral("--first"),
             QStringLiteral("Test"), QStringLiteral("--last"), QStringLiteral("Person")},
            inviteEnv);
        QVERIFY2(invited.exitCode == 0, qPrintable(invited.describe()));
        const int before = mailsWritten();
        // No --database, --mail or --public-url, no INVITEDESK_* variable: only the file.
        const CliRun r = CliHarness::run({QStringLiteral("outbox"), QStringLiteral("run"),
                                          QStringLiteral("--once"), QStringLiteral("--due-now"),
                                          QStringLiteral("--json")},
                                         systemEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.json().toObject().value(QStringLiteral("sent")).toInt() >= 1,
                 qPrintable(r.describe()));
        QVERIFY2(mailsWritten() > before, qPrintable(r.describe()));
        QVERIFY2(lastMail().contains(kSystemPublicUrl + "/"), qPrintable(lastMail().left(2000)));
    }

    // system file < environment < flag, for the address `serve` puts in links.
    void servePrecedence_data()
    {
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system file") << QString() << QString() << kSystemPublicUrl;
        QTest::newRow("environment over the file")
            << QStringLiteral("https://env.example") << QString()
            << QStringLiteral("https://env.example");
        QTest::newRow("flag over the environment")
            << QStringLiteral("https://env.example") << QStringLiteral("https://flag.example/")
            << QStringLiteral("https://flag.example");
    }

    void servePrecedence()
    {
        QFETCH(QString, env);
        QFETCH(QString, flag);
        QFETCH(QString, expected);
        const CliRun invited = invite(
            QStringLiteral("admin"),
            QStringLiteral("serve.%1@example.com").arg(QTest::currentDataTag()[0] == 's' ? 1 : 2),
            QStringLiteral("doctor"));
        Q_UNUSED(invited); // a second invite of the same address is refused; fine
        auto vars = systemEnv();
        if (!env.isEmpty())
            vars.insert(QStringLiteral("INVITEDESK_PUBLIC_URL"), env);
        QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--json")};
        if (!flag.isEmpty())
            args << QStringLiteral("--public-url") << flag;
        const int before = mailsWritten();

        QProcess p;
        p.setProcessEnvironment(CliHarness::environment(vars));
        p.start(CliHarness::binary(), args);
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        QByteArray out;
        QJsonObject started;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && started.isEmpty()) {
            p.waitForReadyRead(500);
            out += p.readAllStandardOutput();
            const auto doc = QJsonDocument::fromJson(out);
            if (doc.isObject())
                started = doc.object();
            if (p.state() == QProcess::NotRunning)
                break;
        }
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(!started.isEmpty(), qPrintable(QString::fromUtf8(out) + "\n" + err));
        QCOMPARE(started.value(QStringLiteral("public_url")).toString(), expected);
        QVERIFY2(
            started.value(QStringLiteral("mail")).toString().contains(QStringLiteral("mailout")),
            qPrintable(QJsonDocument(started).toJson()));
        // Its mail worker sends what waits in the file's database, into the file's folder.
        if (QTest::currentDataTag()[0] == 's') {
            QTRY_VERIFY_WITH_TIMEOUT(mailsWritten() > before, 15000);
        }
        p.terminate();
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    }

    // The integration API's per-token limit from the system file (6 a minute: burst 1, the
    // second request is 429 with Retry-After), and the environment over the file (0: off).
    void serveApiRateLimitFromTheSystemFile_data()
    {
        QTest::addColumn<QString>("env");
        QTest::addColumn<int>("secondStatus");
        QTest::newRow("system file") << QString() << 429;
        QTest::newRow("environment over the file") << QStringLiteral("0") << 200;
    }
    void serveApiRateLimitFromTheSystemFile()
    {
        QFETCH(QString, env);
        QFETCH(int, secondStatus);
        {
            QSettings system(m_dir.filePath(QStringLiteral("etc/InviteDesk/invitedesk.conf")),
                             QSettings::IniFormat);
            system.setValue(QStringLiteral("api/rate_limit_per_token"), 6);
            system.sync();
        }
        auto vars = systemEnv();
        vars.insert(QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword);
        const CliRun made = CliHarness::run({QStringLiteral("token"), QStringLiteral("create"),
                                             QStringLiteral("--as"), kAdmin,
                                             QStringLiteral("--name"), QTest::currentDataTag()},
                                            vars);
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QByteArray bearer = "Bearer " + made.out.trimmed().toLatin1();
        if (!env.isEmpty())
            vars.insert(QStringLiteral("INVITEDESK_API_RATE_LIMIT_PER_TOKEN"), env);

        QProcess p;
        p.setProcessEnvironment(CliHarness::environment(vars));
        p.start(CliHarness::binary(), {QStringLiteral("serve"), QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--json")});
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        QByteArray out;
        QJsonObject started;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && started.isEmpty() && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(500);
            out += p.readAllStandardOutput();
            started = QJsonDocument::fromJson(out).object();
        }
        QVERIFY2(!started.isEmpty(), qPrintable(QString::fromUtf8(out + p.readAllStandardError())));
        QVERIFY(started.value(QStringLiteral("api")).toBool());
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/invitations/?limit=1")
                           .arg(started.value(QStringLiteral("port")).toInt()));
        QNetworkAccessManager manager;
        const auto get = [&] {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", bearer);
            QNetworkReply* reply = manager.get(request);
            QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
            reply->deleteLater();
            return std::make_pair(
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->rawHeader("Retry-After"));
        };
        const std::pair<int, QByteArray> first = get();
        const std::pair<int, QByteArray> second = get();
        p.terminate();
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(first.first, 200);
        QCOMPARE(second.first, secondStatus);
        if (secondStatus == 429)
            QVERIFY(second.second.toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSystemSettings)
#include "test_cli_system_settings.moc"
