// KeychainSecretStore against the real QtKeychain backend: the test re-runs itself inside a
// private D-Bus session (dbus-run-session) with an unlocked gnome-keyring-daemon, in a
// temporary HOME so the developer's own keyring is never touched.
#include "core/settings/KeychainSecretStore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace invitedesk;

namespace {
const char* kSessionFlag = "INVITEDESK_KEYRING_SESSION";

// The error text of a failed result, evaluated only when it failed.
template <typename R> QByteArray why(const R& r)
{
    return r.ok() ? QByteArray() : r.error().describe().toUtf8();
}
} // namespace

class TestKeychainSecretStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty(kSessionFlag))
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");
    }

    void roundTripThroughTheOsKeychain()
    {
        KeychainSecretStore store;
        const QString key = QStringLiteral("database:app@db.example.com:5432/desk");
        const QString secret = QStringLiteral("correct horse battery staple ñ");

        std::optional<Result<void>> written;
        store.write(key, secret, this, [&](Result<void> r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
        QVERIFY2(written->ok(), why(*written).constData());

        auto read = store.readBlocking(key);
        QVERIFY2(read.ok(), why(read).constData());
        QCOMPARE(read.value(), secret);

        // Filed under the "invitedesk" service, where IT and other tools can find it.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"),
                      QStringLiteral("invitedesk"), QStringLiteral("user"), key});
        if (lookup.waitForStarted(5000)) {
            QVERIFY(lookup.waitForFinished(10000));
            QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), secret);
        }

        std::optional<Result<void>> removed;
        store.remove(key, this, [&](Result<void> r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
        QVERIFY(removed->ok());
        auto gone = store.readBlocking(key);
        QVERIFY(gone.ok());
        QVERIFY(gone.value().isEmpty());
    }

    void missingKeyIsEmptyNotAnError()
    {
        KeychainSecretStore store;
        auto r = store.readBlocking(QStringLiteral("smtp:nobody@nowhere"));
        QVERIFY2(r.ok(), why(r).constData());
        QVERIFY(r.value().isEmpty());
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty(kSessionFlag)) {
        const QString dbusRun = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        const QString keyring =
            QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (!dbusRun.isEmpty() && !keyring.isEmpty()) {
            // A throw-away HOME (kept until the child ends: exec replaces us, so the folder
            // is left for the system's temp cleaner; it holds only the test keyring).
            QTemporaryDir home;
            home.setAutoRemove(false);
            qputenv(kSessionFlag, "1");
            qputenv("HOME", home.path().toUtf8());
            qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toUtf8());
            qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toUtf8());
            const QByteArray script =
                "eval \"export $(printf test-keyring | gnome-keyring-daemon --unlock "
                "--components=secrets)\"; exec \"$0\" \"$@\"";
            std::vector<char*> args;
            args.push_back(const_cast<char*>("dbus-run-session"));
            args.push_back(const_cast<char*>("--"));
            args.push_back(const_cast<char*>("sh"));
            args.push_back(const_cast<char*>("-c"));
            args.push_back(const_cast<char*>(script.constData()));
            for (int i = 0; i < argc; ++i)
                args.push_back(argv[i]);
            args.push_back(nullptr);
            execv(dbusRun.toLocal8Bit().constData(), args.data());
            perror("execv dbus-run-session");
            return 3;
        }
    }
    QCoreApplication app(argc, argv);
    TestKeychainSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_keychain_secret_store.moc"
