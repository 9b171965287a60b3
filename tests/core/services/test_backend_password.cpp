// The database password for the desk, the command line and `serve` (issue 12, item 7): one path,
// BackendServices::usePasswordFrom / openWithPasswordFrom. The URL's password, then
// INVITEDESK_DB_PASSWORD, then PGPASSWORD win over the keychain (which is then not even asked);
// a keychain that fails or never answers is passed over after a bounded wait; a connection that
// fails without a password says where one could come from. The keychain is a SecretStore
// stand-in here, never the OS keychain.
#include "tests/support/TestDatabase.h"

#include "core/services/BackendServices.h"
#include "core/settings/DatabaseUrl.h"
#include "core/settings/InMemorySecretStore.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
// An InMemorySecretStore that counts the reads it was asked for.
class CountingStore : public InMemorySecretStore {
public:
    void read(const QString& key, QObject* context, ReadCallback done) override
    {
        ++reads;
        InMemorySecretStore::read(key, context, std::move(done));
    }
    int reads = 0;
};

// A keychain that never answers (a Secret Service that hangs, a prompt nobody sees).
class SilentStore : public SecretStore {
public:
    void read(const QString&, QObject*, ReadCallback) override { ++reads; }
    void write(const QString&, const QString&, QObject*, WriteCallback) override {}
    void remove(const QString&, QObject*, WriteCallback) override {}
    int reads = 0;
};

// Sets an environment variable for one scope; restores what was there.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

QString keyOf(const QString& url)
{
    return SecretStore::databaseKey(DatabaseUrl::parse(url).value());
}

QString withPassword(const QString& url, const QString& password)
{
    DatabaseUrl u = DatabaseUrl::parse(url).value();
    u.password = password;
    return u.toString();
}

// The password the backend's connection was opened with.
QString connectionPassword(const BackendPtr& backend)
{
    return backend->database()->connection().value().password();
}
} // namespace

class TestBackendPassword : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        m_url = TestDatabase::createUrl(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    }

    void init()
    {
        // Whatever the CI machine has: the cases below set what they need.
        qunsetenv("PGPASSWORD");
        qunsetenv("INVITEDESK_DB_PASSWORD");
        Database::setPasswordProvider({});
    }

    void storedPasswordReachesTheConnection()
    {
        CountingStore store;
        store.write(keyOf(m_url), QStringLiteral("from the keychain"), this, [](Result<void>) {});
        QTest::qWait(0);
        auto backend = BackendServices::openWithPasswordFrom(store, 2000, m_url, {});
        QVERIFY2(backend.ok(), qPrintable(backend.ok() ? QString() : backend.error().message));
        if (TestDatabase::backend() == Backend::Sqlite) {
            // A file has no password: the keychain is not asked.
            QCOMPARE(store.reads, 0);
            return;
        }
        QCOMPARE(store.reads, 1);
        QCOMPARE(connectionPassword(backend.value()), QStringLiteral("from the keychain"));
    }

    // The URL's and the environment's password win; the keychain is not even asked.
    void explicitPasswordWinsOverTheKeychain_data()
    {
        QTest::addColumn<QString>("inUrl");
        QTest::addColumn<QByteArray>("invitedeskDbPassword");
        QTest::addColumn<QByteArray>("pgPassword");
        QTest::addColumn<QString>("expected");
        QTest::newRow("URL") << "from the URL" << QByteArray("from INVITEDESK_DB_PASSWORD")
                             << QByteArray("from PGPASSWORD") << "from the URL";
        QTest::newRow("INVITEDESK_DB_PASSWORD")
            << "" << QByteArray("from INVITEDESK_DB_PASSWORD") << QByteArray("from PGPASSWORD")
            << "from INVITEDESK_DB_PASSWORD";
        QTest::newRow("PGPASSWORD")
            << "" << QByteArray() << QByteArray("from PGPASSWORD") << "from PGPASSWORD";
    }

    void explicitPasswordWinsOverTheKeychain()
    {
        QFETCH(QString, inUrl);
        QFETCH(QByteArray, invitedeskDbPassword);
        QFETCH(QByteArray, pgPassword);
        QFETCH(QString, expected);
        if (TestDatabase::backend() == Backend::Sqlite)
            QSKIP("a SQLite file has no password");
        ScopedEnv a("INVITEDESK_DB_PASSWORD", invitedeskDbPassword);
        ScopedEnv b("PGPASSWORD", pgPassword);
        CountingStore store;
        store.write(keyOf(m_url), QStringLiteral("from the keychain"), this, [](Result<void>) {});
        const QString url = inUrl.isEmpty() ? m_url : withPassword(m_url, inUrl);

        const auto lookup = BackendServices::usePasswordFrom(store, url, 2000);
        QCOMPARE(lookup.outcome, BackendServices::PasswordLookup::Outcome::NotNeeded);
        QCOMPARE(store.reads, 0);
        auto backend = BackendServices::openWithPasswordFrom(store, 2000, url, {});
        QVERIFY2(backend.ok(), qPrintable(backend.ok() ? QString() : backend.error().message));
        QCOMPARE(store.reads, 0);
        QCOMPARE(connectionPassword(backend.value()), expected);
    }

    // No keychain (a headless machine without a Secret Service): the command goes on at once.
    void failingKeychainIsPassedOver()
    {
        InMemorySecretStore store;
        store.setFailure(
            Error::make(Error::Code::Environment, QStringLiteral("No keychain service available")));
        QElapsedTimer clock;
        clock.start();
        auto backend = BackendServices::openWithPasswordFrom(store, 10000, m_url, {});
        QVERIFY2(backend.ok(), qPrintable(backend.ok() ? QString() : backend.error().message));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        if (TestDatabase::backend() == Backend::Postgres) {
            QCOMPARE(BackendServices::usePasswordFrom(store, m_url, 10000).outcome,
                     BackendServices::PasswordLookup::Outcome::Unavailable);
            QVERIFY(connectionPassword(backend.value()).isEmpty());
        }
    }

    // A keychain that never answers is waited for no longer than asked.
    void silentKeychainIsWaitedForBoundedly()
    {
        SilentStore store;
        QElapsedTimer clock;
        clock.start();
        auto backend = BackendServices::openWithPasswordFrom(store, 300, m_url, {});
        QVERIFY2(backend.ok(), qPrintable(backend.ok() ? QString() : backend.error().message));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        if (TestDatabase::backend() == Backend::Sqlite) {
            QCOMPARE(store.reads, 0);
            return;
        }
        QCOMPARE(store.reads, 1);
        clock.restart();
        const auto lookup = BackendServices::usePasswordFrom(store, m_url, 300);
        QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 5000,
                 qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(lookup.outcome, BackendServices::PasswordLookup::Outcome::Unavailable);
        QVERIFY(lookup.problem.contains(QStringLiteral("did not answer")));
    }

    // A connection that fails without a password says where one could come from; Environment,
    // which the command line turns into exit code 3.
    void failedConnectionSaysWhereThePasswordComesFrom_data()
    {
        QTest::addColumn<bool>("keychainFails");
        QTest::addColumn<QString>("inUrl");
        QTest::addColumn<QString>("said");
        QTest::newRow("keychain unavailable") << true << ""
                                              << "could not be read";
        QTest::newRow("nothing in the keychain") << false << ""
                                                 << "has none for this database";
        QTest::newRow("password in the URL") << false << "given"
                                             << "";
    }

    void failedConnectionSaysWhereThePasswordComesFrom()
    {
        QFETCH(bool, keychainFails);
        QFETCH(QString, inUrl);
        QFETCH(QString, said);
        if (TestDatabase::backend() == Backend::Sqlite)
            QSKIP("a SQLite file has no password");
        // Nothing listens on port 1.
        DatabaseUrl u = DatabaseUrl::parse(m_url).value();
        u.port = 1;
        u.password = inUrl;
        InMemorySecretStore store;
        if (keychainFails)
            store.setFailure(Error::make(Error::Code::Environment,
                                         QStringLiteral("No keychain service available")));
        auto backend = BackendServices::openWithPasswordFrom(store, 2000, u.toString(), {});
        QVERIFY(!backend.ok());
        QCOMPARE(backend.error().code, Error::Code::Environment);
        const QString message = backend.error().message;
        QVERIFY2(!message.contains(QStringLiteral("given")), qPrintable(message));
        if (said.isEmpty()) {
            QVERIFY2(!message.contains(QStringLiteral("INVITEDESK_DB_PASSWORD")),
                     qPrintable(message));
            return;
        }
        for (const QString& part : {QStringLiteral("INVITEDESK_DB_PASSWORD"),
                                    QStringLiteral("PGPASSWORD"), QStringLiteral("keychain"), said})
            QVERIFY2(message.contains(part), qPrintable(message));
    }

private:
    QString m_url;
};

QTEST_GUILESS_MAIN(TestBackendPassword)
#include "test_backend_password.moc"
