// The Debian package as IT gets it (issue 17, item 2): `cpack -G DEB` from the build folder
// makes one .deb (or INVITEDESK_DEB names one already made), whose control fields, contents
// and metadata pass Debian's own tools (dpkg-deb, lintian, appstreamcli, desktop-file-validate),
// and whose extracted binary runs from that root: --version without a display, `check` on
// SQLite and PostgreSQL, a STARTTLS send with AUTH to a local aiosmtpd, and the CI smoke
// script the Windows and macOS jobs run on their installed copies.
#include "SmtpTestServer.h"
#include "tests/e2e/cli/CliHarness.h"

#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace invitedesk::test;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\n%2\n%3").arg(code).arg(out, err); }
};

Run runTool(const QString& program, const QStringList& args, const QString& workDir = {},
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
            int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("could not start %1: %2").arg(program, p.errorString());
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("%1 timed out").arg(program);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QString kAppId = QStringLiteral(INVITEDESK_TEST_APP_ID);
const QString kVersion = QStringLiteral(INVITEDESK_TEST_PROJECT_VERSION);
} // namespace

class TestDebPackage : public QObject {
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_deb;
    QString m_root;
    QStringList m_listing;
    QHash<QString, QString> m_fields;

    QString bin() const { return m_root + QStringLiteral("/usr/bin/invitedesk"); }
    // The extracted binary, in the clean environment of the command-line tests, no display.
    Run invitedesk(const QStringList& args, const QHash<QString, QString>& env = {})
    {
        return runTool(bin(), args, {}, CliHarness::environment(env, true));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_deb = qEnvironmentVariable("INVITEDESK_DEB");
        if (m_deb.isEmpty()) {
            // What IT's build does: cpack in the build folder (here into a folder of our own).
            const QString out = m_work.filePath(QStringLiteral("out"));
            const Run cpack =
                runTool(QStringLiteral(INVITEDESK_TEST_CPACK),
                        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out},
                        qEnvironmentVariable("INVITEDESK_BUILD_DIR"),
                        QProcessEnvironment::systemEnvironment(), 900000);
            QVERIFY2(cpack.code == 0, qPrintable(cpack.describe()));
            const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
            QVERIFY2(debs.size() == 1, qPrintable(debs.join(QLatin1Char(' ')) + cpack.out));
            m_deb = out + QLatin1Char('/') + debs.first();
        }
        QVERIFY2(QFileInfo::exists(m_deb), qPrintable(m_deb));

        const Run fields = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb});
        QVERIFY2(fields.code == 0, qPrintable(fields.describe()));
        QString last;
        for (const QString& line : fields.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char(' ')) && !last.isEmpty()) {
                m_fields[last] += QLatin1Char('\n') + line;
                continue;
            }
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0) {
                last = line.left(colon);
                m_fields.insert(last, line.mid(colon + 1).trimmed());
            }
        }
        const Run contents =
            runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
        QVERIFY2(contents.code == 0, qPrintable(contents.describe()));
        m_listing = contents.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);

        m_root = m_work.filePath(QStringLiteral("root"));
        const Run extract =
            runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("--extract"), m_deb, m_root});
        QVERIFY2(extract.code == 0, qPrintable(extract.describe()));
    }

    void controlFields()
    {
        QCOMPARE(m_fields.value(QStringLiteral("Package")), QStringLiteral("invitedesk"));
        QCOMPARE(m_fields.value(QStringLiteral("Version")), kVersion);
        const Run arch = runTool(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
        QCOMPARE(m_fields.value(QStringLiteral("Architecture")), arch.out.trimmed());
        QVERIFY2(m_fields.value(QStringLiteral("Maintainer")).contains(QLatin1Char('<')),
                 qPrintable(m_fields.value(QStringLiteral("Maintainer"))));
    }

    void dependsOnDebianQtAndItsPlugins_data()
    {
        QTest::addColumn<QString>("package");
        // Found by dpkg-shlibdeps in the binary:
        QTest::newRow("libc") << QStringLiteral("libc6");
        QTest::newRow("Qt Core") << QStringLiteral("libqt6core6");
        QTest::newRow("Qt Widgets") << QStringLiteral("libqt6widgets6");
        QTest::newRow("QtKeychain") << QStringLiteral("libqt6keychain1");
        QTest::newRow("OpenSSL") << QStringLiteral("libssl3");
        // Loaded at run time, named by hand:
        QTest::newRow("QPSQL") << QStringLiteral("libqt6sql6-psql");
        QTest::newRow("QSQLITE") << QStringLiteral("libqt6sql6-sqlite");
        QTest::newRow("platforms") << QStringLiteral("qt6-qpa-plugins");
        QTest::newRow("SVG") << QStringLiteral("libqt6svg6");
    }

    void dependsOnDebianQtAndItsPlugins()
    {
        QFETCH(QString, package);
        const QString depends = m_fields.value(QStringLiteral("Depends"));
        const QRegularExpression named(
            QStringLiteral("(^|[,|]\\s*)%1(\\s|,|$)").arg(QRegularExpression::escape(package)));
        QVERIFY2(named.match(depends).hasMatch(), qPrintable(depends));
    }

    void holds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("binary") << QStringLiteral("/usr/bin/invitedesk");
        QTest::newRow("desktop file")
            << QStringLiteral("/usr/share/applications/%1.desktop").arg(kAppId);
        QTest::newRow("SVG icon")
            << QStringLiteral("/usr/share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId);
        for (int size : {16, 32, 48, 64, 128, 256, 512})
            QTest::addRow("PNG icon %d", size)
                << QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/%2.png")
                       .arg(size)
                       .arg(kAppId);
        QTest::newRow("AppStream")
            << QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(kAppId);
        QTest::newRow("man page") << QStringLiteral("/usr/share/man/man1/invitedesk.1.gz");
        QTest::newRow("copyright") << QStringLiteral("/usr/share/doc/invitedesk/copyright");
        QTest::newRow("changelog") << QStringLiteral("/usr/share/doc/invitedesk/changelog.gz");
    }

    void holds()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(m_root + path).isFile(), qPrintable(m_listing.join(QLatin1Char('\n'))));
        const bool listedAsRoot =
            std::any_of(m_listing.begin(), m_listing.end(), [&](const QString& l) {
                return l.endsWith(QLatin1Char('.') + path) &&
                       l.contains(QLatin1String("root/root"));
            });
        QVERIFY2(listedAsRoot, qPrintable(m_listing.join(QLatin1Char('\n'))));
    }

    void bundlesNoQt()
    {
        QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QFileInfo(path).fileName();
            QVERIFY2(!name.startsWith(QLatin1String("libQt6")) &&
                         !name.endsWith(QLatin1String(".so")) &&
                         !name.contains(QLatin1String(".so.")),
                     qPrintable(path));
        }
        // The binary resolves Qt from the system (Debian's packages), not from the package.
        const Run ldd = runTool(QStringLiteral("ldd"), {bin()});
        QVERIFY2(ldd.code == 0, qPrintable(ldd.describe()));
        const QRegularExpression core(QStringLiteral("libQt6Core\\.so\\.6 => (/usr)?/lib/"));
        QVERIFY2(core.match(ldd.out).hasMatch(), qPrintable(ldd.out));
        QVERIFY2(!ldd.out.contains(QLatin1String("not found")), qPrintable(ldd.out));
    }

    void lintianFindsNoError()
    {
        const Run lintian =
            runTool(QStringLiteral("lintian"),
                    {QStringLiteral("--fail-on"), QStringLiteral("error"),
                     QStringLiteral("--tag-display-limit"), QStringLiteral("0"), m_deb},
                    {}, QProcessEnvironment::systemEnvironment(), 600000);
        QVERIFY2(lintian.code == 0, qPrintable(lintian.describe()));
        QVERIFY2(!lintian.out.contains(QLatin1String("\nE: ")) &&
                     !lintian.out.startsWith(QLatin1String("E: ")),
                 qPrintable(lintian.out));
    }

    void metadataValidates()
    {
        const Run appstream =
            runTool(QStringLiteral("appstreamcli"),
                    {QStringLiteral("validate"), QStringLiteral("--no-net"),
                     m_root + QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(kAppId)});
        QVERIFY2(appstream.code == 0, qPrintable(appstream.describe()));
        const Run desktop =
            runTool(QStringLiteral("desktop-file-validate"),
                    {m_root + QStringLiteral("/usr/share/applications/%1.desktop").arg(kAppId)});
        QVERIFY2(desktop.code == 0 && desktop.out.isEmpty(), qPrintable(desktop.describe()));
        // The release the metadata names is this version.
        QFile metainfo(m_root + QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(kAppId));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(metainfo.readAll())
                    .contains(QStringLiteral("<release version=\"%1\"").arg(kVersion)));
    }

    void versionWithoutDisplay()
    {
        const Run r = invitedesk({QStringLiteral("--version")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QRegularExpression shape(QStringLiteral("^invitedesk %1(\\+g[0-9a-f]+)?\\n$")
                                           .arg(QRegularExpression::escape(kVersion)));
        QVERIFY2(shape.match(r.out).hasMatch(), qPrintable(r.describe()));
    }

    void checkOnSqlite()
    {
        const QString url =
            QStringLiteral("sqlite://") + m_work.filePath(QStringLiteral("desk.db"));
        const Run r = invitedesk(
            {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--database"), url});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("ok").toBool(), true);
    }

    void checkOnPostgres()
    {
        QString error;
        const QString url = TestDatabase::createEmptyUrl(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(QStringLiteral("no test PostgreSQL: ") + error));
        const Run migrate =
            invitedesk({QStringLiteral("migrate"), QStringLiteral("--database"), url});
        QVERIFY2(migrate.code == 0, qPrintable(migrate.describe()));
        const Run r = invitedesk(
            {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--database"), url});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out.value("ok").toBool(), true);
        QVERIFY2(
            out.value("database").toObject().value("url").toString().startsWith("postgresql://"),
            qPrintable(r.out));
    }

    void starttlsSend()
    {
        SmtpTestServer server;
        SmtpTestServer::Options options;
        options.mode = SmtpTestServer::Mode::StartTls;
        options.auth = QStringLiteral("mailer:relay-pw");
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        const Run r =
            invitedesk({QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                        QStringLiteral("it@example.org"), QStringLiteral("--mail"),
                        server.url(QStringLiteral("mailer"))},
                       {{QStringLiteral("INVITEDESK_MAIL_PASSWORD"), QStringLiteral("relay-pw")},
                        {QStringLiteral("INVITEDESK_MAIL_FROM"),
                         QStringLiteral("IT Desk <it@acme.example>")}});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(server.receivedCount(), 1, 10000);
        QCOMPARE(server.envelopes().last().toObject().value("tls").toBool(), true);
    }

    // packaging/ci/smoke-installed.py is what the Windows and macOS jobs run on the installed
    // MSI and DMG; here it runs on the extracted .deb, so the script itself is tested.
    void ciSmokeScriptPasses()
    {
        QString error;
        const QString url = TestDatabase::createEmptyUrl(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(QStringLiteral("no test PostgreSQL: ") + error));
        const QString source = qEnvironmentVariable("INVITEDESK_SOURCE_DIR");
        const Run r = runTool(QStringLiteral("/usr/bin/python3"),
                              {source + QStringLiteral("/packaging/ci/smoke-installed.py"),
                               QStringLiteral("--bin"), bin(), QStringLiteral("--expect-version"),
                               kVersion, QStringLiteral("--pg-url"), url},
                              {}, QProcessEnvironment::systemEnvironment(), 300000);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QLatin1String("5 passed, 0 failed")), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "test_deb_package.moc"
