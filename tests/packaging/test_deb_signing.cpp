// packaging/linux/sign-packages.sh (issue 17, item 2): with a key, a detached signature beside
// each .deb and a signed SHA256SUMS that gpg and sha256sum accept (and that catch a changed
// package); without one, a clear message, nothing written, exit 0 (exit 1 when
// INVITEDESK_REQUIRE_SIGNING=1). Keys are made for the test in temporary keyrings.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\n%2\n%3").arg(code).arg(out, err); }
};

Run runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env,
            const QString& workDir = {}, const QByteArray& input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("INVITEDESK_")) || key == QLatin1String("GNUPGHOME"))
            env.remove(key);
    }
    return env;
}

const QString kDeb = QStringLiteral("invitedesk_9.8.7_amd64.deb");
} // namespace

class TestDebSigning : public QObject {
    Q_OBJECT

    QString script() const
    {
        return qEnvironmentVariable("INVITEDESK_SOURCE_DIR") +
               QStringLiteral("/packaging/linux/sign-packages.sh");
    }

    // A folder holding one stand-in package (the script signs any file named *.deb).
    static bool makePackage(const QString& dir)
    {
        QFile f(dir + QLatin1Char('/') + kDeb);
        return f.open(QIODevice::WriteOnly) && f.write("!<arch>\nstand-in package\n") > 0;
    }

    static void stopAgent(const QString& home)
    {
        QProcess::execute(QStringLiteral("gpgconf"),
                          {QStringLiteral("--homedir"), home, QStringLiteral("--kill"),
                           QStringLiteral("gpg-agent")});
    }

    // A new key in its own keyring `home`, exported: the secret half (armoured, protected by
    // `passphrase` when there is one) and the public half.
    static bool makeKey(const QString& home, const QString& uid, const QString& passphrase,
                        const QString& secretFile, const QString& publicFile)
    {
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("GNUPGHOME"), home);
        const QStringList loopback{QStringLiteral("--batch"), QStringLiteral("--pinentry-mode"),
                                   QStringLiteral("loopback"), QStringLiteral("--passphrase"),
                                   passphrase};
        const Run gen =
            runTool(QStringLiteral("gpg"),
                    loopback + QStringList{QStringLiteral("--quick-gen-key"), uid,
                                           QStringLiteral("ed25519"), QStringLiteral("sign"),
                                           QStringLiteral("never")},
                    env);
        const Run secret =
            runTool(QStringLiteral("gpg"),
                    loopback + QStringList{QStringLiteral("--yes"), QStringLiteral("--armor"),
                                           QStringLiteral("--output"), secretFile,
                                           QStringLiteral("--export-secret-keys"), uid},
                    env);
        const Run exported =
            runTool(QStringLiteral("gpg"),
                    {QStringLiteral("--batch"), QStringLiteral("--yes"), QStringLiteral("--armor"),
                     QStringLiteral("--output"), publicFile, QStringLiteral("--export"), uid},
                    env);
        stopAgent(home);
        for (const Run* r : {&gen, &secret, &exported}) {
            if (r->code != 0) {
                qWarning("%s", qPrintable(r->describe()));
                return false;
            }
        }
        return true;
    }

    // Empty when the exported secret key, imported into a scratch keyring, signs with its
    // passphrase; else what gpg said.
    static QString signsAfterImport(const QString& secretFile, const QString& passphrase)
    {
        QTemporaryDir home;
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("GNUPGHOME"), home.path());
        Run r = runTool(QStringLiteral("gpg"),
                        {QStringLiteral("--batch"), QStringLiteral("--import"), secretFile}, env);
        if (r.code == 0) {
            const QString data = home.filePath(QStringLiteral("probe"));
            QFile probe(data);
            if (!probe.open(QIODevice::WriteOnly) || probe.write("probe") != 5)
                return QStringLiteral("cannot write %1").arg(data);
            probe.close();
            // Twice, as the script signs a package and then SHA256SUMS: the first signature
            // converts the imported key, the second reads the key as the agent stored it.
            for (int i = 0; i < 2 && r.code == 0; ++i) {
                r = runTool(QStringLiteral("gpg"),
                            {QStringLiteral("--batch"), QStringLiteral("--yes"),
                             QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"),
                             QStringLiteral("--passphrase-fd"), QStringLiteral("0"),
                             QStringLiteral("--detach-sign"), data},
                            env, {}, passphrase.toUtf8());
            }
        }
        stopAgent(home.path());
        return r.code == 0 ? QString() : r.describe();
    }

private slots:
    void withoutKeyNothingIsSigned_data()
    {
        QTest::addColumn<bool>("required");
        QTest::addColumn<int>("code");
        QTest::newRow("optional") << false << 0;
        QTest::newRow("INVITEDESK_REQUIRE_SIGNING=1") << true << 1;
    }

    void withoutKeyNothingIsSigned()
    {
        QFETCH(bool, required);
        QFETCH(int, code);
        QTemporaryDir dir;
        QVERIFY(makePackage(dir.path()));
        QProcessEnvironment env = cleanEnvironment();
        if (required)
            env.insert(QStringLiteral("INVITEDESK_REQUIRE_SIGNING"), QStringLiteral("1"));
        const Run r = runTool(QStringLiteral("/bin/bash"), {script(), dir.path()}, env);
        QVERIFY2(r.code == code, qPrintable(r.describe()));
        QVERIFY2(
            (r.out + r.err).contains(QLatin1String("no signing key (INVITEDESK_GPG_KEY unset)")),
            qPrintable(r.describe()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{kDeb});
    }

    void withKeySignaturesAndSumsVerify_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("key without passphrase") << QString();
        QTest::newRow("key with passphrase") << QStringLiteral("correct horse battery");
    }

    void withKeySignaturesAndSumsVerify()
    {
        QFETCH(QString, passphrase);
        QTemporaryDir keys;    // the signer's exported key: the script imports the secret half
        QTemporaryDir checker; // IT's keyring, holding the public key
        QTemporaryDir dir;
        QVERIFY(makePackage(dir.path()));
        const QString uid = QStringLiteral("InviteDesk Test Release <release@invitedesk.example>");

        const QString secretFile = keys.filePath(QStringLiteral("secret.asc"));
        const QString publicFile = keys.filePath(QStringLiteral("public.asc"));
        // gpg-agent now and then cannot use a protected key it has just exported ("signing
        // failed: Corrupted protection", seen once in CI; its own test suite has met it too).
        // That is gpg's defect, not the script's: a key whose export does not sign in a
        // scratch keyring is made again, so the script is tested with a key gpg can use.
        QString refused;
        bool usable = false;
        for (int attempt = 0; attempt < 3 && !usable; ++attempt) {
            QTemporaryDir home;
            QVERIFY(makeKey(home.path(), uid, passphrase, secretFile, publicFile));
            const QString problem = signsAfterImport(secretFile, passphrase);
            usable = problem.isEmpty();
            if (!usable)
                refused += problem;
        }
        QVERIFY2(usable, qPrintable(refused));

        // The release pipeline's way: the key from a file (a CI secret), never the user's keyring.
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("INVITEDESK_GPG_KEY"),
                   QStringLiteral("release@invitedesk.example"));
        env.insert(QStringLiteral("INVITEDESK_GPG_KEY_FILE"), secretFile);
        if (!passphrase.isEmpty())
            env.insert(QStringLiteral("INVITEDESK_GPG_PASSPHRASE"), passphrase);
        const Run sign = runTool(QStringLiteral("/bin/bash"), {script(), dir.path()}, env);
        QVERIFY2(sign.code == 0, qPrintable(sign.describe()));
        QVERIFY2(!(sign.out + sign.err)
                      .contains(passphrase.isEmpty() ? QStringLiteral("\x01") : passphrase),
                 "the passphrase was printed");
        QStringList files = QDir(dir.path()).entryList(QDir::Files);
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("SHA256SUMS"), QStringLiteral("SHA256SUMS.asc"),
                                     kDeb, kDeb + QStringLiteral(".asc")}));

        QProcessEnvironment checkEnv = cleanEnvironment();
        checkEnv.insert(QStringLiteral("GNUPGHOME"), checker.path());
        const Run import =
            runTool(QStringLiteral("gpg"),
                    {QStringLiteral("--batch"), QStringLiteral("--import"), publicFile}, checkEnv);
        QVERIFY2(import.code == 0, qPrintable(import.describe()));
        auto verify = [&](const QString& signature, const QString& file) {
            return runTool(QStringLiteral("gpg"),
                           {QStringLiteral("--batch"), QStringLiteral("--verify"), signature, file},
                           checkEnv, dir.path());
        };
        const Run sums = verify(QStringLiteral("SHA256SUMS.asc"), QStringLiteral("SHA256SUMS"));
        QVERIFY2(sums.code == 0, qPrintable(sums.describe()));
        const Run deb = verify(kDeb + QStringLiteral(".asc"), kDeb);
        QVERIFY2(deb.code == 0, qPrintable(deb.describe()));
        const Run check = runTool(QStringLiteral("sha256sum"),
                                  {QStringLiteral("--check"), QStringLiteral("SHA256SUMS")},
                                  checkEnv, dir.path());
        QVERIFY2(check.code == 0 && check.out.contains(kDeb + QStringLiteral(": OK")),
                 qPrintable(check.describe()));

        // A changed package fails both checks.
        QFile f(dir.filePath(kDeb));
        QVERIFY(f.open(QIODevice::Append));
        f.write("tampered");
        f.close();
        QVERIFY(verify(kDeb + QStringLiteral(".asc"), kDeb).code != 0);
        QVERIFY(runTool(QStringLiteral("sha256sum"),
                        {QStringLiteral("--check"), QStringLiteral("SHA256SUMS")}, checkEnv,
                        dir.path())
                    .code != 0);
        stopAgent(checker.path());
    }
};

QTEST_GUILESS_MAIN(TestDebSigning)
#include "test_deb_signing.moc"
