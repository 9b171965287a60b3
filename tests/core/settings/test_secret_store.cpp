// The in-memory SecretStore (the keychain stand-in): asynchronous answers, an empty answer
// for a missing key, failures reported as values, callbacks dropped with their context.
#include "core/settings/DatabaseUrl.h"
#include "core/settings/InMemorySecretStore.h"

#include <QtTest>

using namespace invitedesk;

class TestSecretStore : public QObject {
    Q_OBJECT
private slots:
    void roundTripIsAsynchronous()
    {
        InMemorySecretStore store;
        bool written = false;
        store.write(QStringLiteral("k"), QStringLiteral("s3cret"), this,
                    [&](Result<void> r) { written = r.ok(); });
        QVERIFY(!written); // never inside the call
        QTRY_VERIFY(written);

        QString value;
        store.read(QStringLiteral("k"), this, [&](Result<QString> r) { value = r.value(); });
        QTRY_COMPARE(value, QStringLiteral("s3cret"));

        auto missing = store.readBlocking(QStringLiteral("nope"));
        QVERIFY(missing.ok());
        QVERIFY(missing.value().isEmpty());

        bool removed = false;
        store.remove(QStringLiteral("k"), this, [&](Result<void> r) { removed = r.ok(); });
        QTRY_VERIFY(removed);
        QVERIFY(store.contents().isEmpty());
    }

    void failuresAreValues()
    {
        InMemorySecretStore store;
        store.setFailure(Error::make(Error::Code::Environment, QStringLiteral("locked")));
        auto r = store.readBlocking(QStringLiteral("k"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Environment);
        QCOMPARE(r.error().message, QStringLiteral("locked"));
    }

    void callbackDroppedWithContext()
    {
        InMemorySecretStore store;
        bool called = false;
        auto* context = new QObject;
        store.read(QStringLiteral("k"), context, [&](Result<QString>) { called = true; });
        delete context;
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void keysNameTheirTarget()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://app@db.example.com:5433/desk"));
        QVERIFY(url.ok());
        QCOMPARE(SecretStore::databaseKey(url.value()),
                 QStringLiteral("database:app@db.example.com:5433/desk"));
        QCOMPARE(SecretStore::smtpKey(QStringLiteral("relay"), QStringLiteral("me")),
                 QStringLiteral("smtp:me@relay"));
        QCOMPARE(SecretStore::serviceName(), QStringLiteral("invitedesk"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secret_store.moc"
