#include "core/security/PasswordHasher.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace invitedesk;

namespace {
// RFC 7914 section 12 test vectors, written in our encoding (base64 without padding).
const QString Rfc7914NaCl = QStringLiteral(
    "$scrypt$ln=10,r=8,p=16$TmFDbA$/bq+HJ00cgB4VucZDQHp/nxq18vII3gw53N2Y0s3MWIurzDZLiKjiG/"
    "xCSedmDDaxyevuUqD7m2DYMvfoswGQA");
const QString Rfc7914Sodium =
    QStringLiteral("$scrypt$ln=14,r=8,p=1$U29kaXVtQ2hsb3JpZGU$cCO9yzr9c0hGHAbNgf046/"
                   "2o+7qQT44+qbVD9lRdofLVQylVYT8Pz2LUlwUkKpr55h6F3A1lHkDfzwF7RVdYhw");

const QString Salt16 = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA");                     // 16 bytes
const QString Key32 = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"); // 32 bytes
QString withParams(const QString& params)
{
    return QStringLiteral("$scrypt$") + params + u'$' + Salt16 + u'$' + Key32;
}
} // namespace

class TestPasswordHasher : public QObject {
    Q_OBJECT

private slots:
    void hashHasSelfDescribingFormat()
    {
        const QString encoded = PasswordHasher::hash(QStringLiteral("correct horse battery"));
        static const QRegularExpression shape(
            QStringLiteral("^\\$scrypt\\$ln=15,r=8,p=3\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
        QVERIFY2(shape.match(encoded).hasMatch(), qPrintable(encoded));
        QVERIFY(!encoded.contains(QStringLiteral("correct")));
        QVERIFY(!PasswordHasher::needsRehash(encoded));
    }

    void roundTripAndWrongPasswords()
    {
        const QString password = QStringLiteral("Tr0ub4dor&3-long-enough");
        const QString encoded = PasswordHasher::hash(password);
        QVERIFY(PasswordHasher::verify(password, encoded));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Tr0ub4dor&3-long-enougH"), encoded));
        QVERIFY(!PasswordHasher::verify(password + u' ', encoded));
        QVERIFY(!PasswordHasher::verify(QString(), encoded));
    }

    void emptyPasswordStillHashes()
    {
        // The policy refuses short passwords; the hasher itself must not misbehave on them.
        const QString encoded = PasswordHasher::hash(QString());
        QVERIFY(!encoded.isEmpty());
        QVERIFY(PasswordHasher::verify(QString(), encoded));
        QVERIFY(!PasswordHasher::verify(QStringLiteral(" "), encoded));
    }

    void saltsAreUnique()
    {
        const QString password = QStringLiteral("same password every time");
        QSet<QString> encodings;
        QSet<QString> salts;
        for (int i = 0; i < 3; ++i) {
            const QString encoded = PasswordHasher::hash(password);
            encodings.insert(encoded);
            salts.insert(encoded.split(u'$').at(3));
            QVERIFY(PasswordHasher::verify(password, encoded));
        }
        QCOMPARE(encodings.size(), 3);
        QCOMPARE(salts.size(), 3);
    }

    void unicodePasswords()
    {
        // "Contraseña segura ☃ 🔐": non-ASCII, a BMP symbol and a surrogate pair.
        const QString password = QStringLiteral("Contrase\u00f1a segura \u2603 \U0001F510");
        const QString encoded = PasswordHasher::hash(password);
        QVERIFY(PasswordHasher::verify(password, encoded));
        // The same text with ñ decomposed (n + combining tilde, as some systems type it).
        const QString decomposed = QStringLiteral("Contrasen\u0303a segura \u2603 \U0001F510");
        QVERIFY(PasswordHasher::verify(decomposed, encoded));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Contrasena segura \u2603 \U0001F510"),
                                        encoded));
    }

    void verifiesStandardScryptVectors()
    {
        // Interoperability: hashes from any RFC 7914 implementation verify, and ask for rehash.
        QVERIFY(PasswordHasher::verify(QStringLiteral("password"), Rfc7914NaCl));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Password"), Rfc7914NaCl));
        QVERIFY(PasswordHasher::verify(QStringLiteral("pleaseletmein"), Rfc7914Sodium));
        QVERIFY(PasswordHasher::needsRehash(Rfc7914NaCl));
        QVERIFY(PasswordHasher::needsRehash(Rfc7914Sodium));
    }

    void tamperedStringsFail_data()
    {
        QTest::addColumn<int>("part");     // index in the '$'-split string
        QTest::addColumn<QString>("from"); // replace this ...
        QTest::addColumn<QString>("to");   // ... with this (first occurrence in the part)
        QTest::newRow("ln") << 2 << QStringLiteral("ln=15") << QStringLiteral("ln=14");
        QTest::newRow("r") << 2 << QStringLiteral("r=8") << QStringLiteral("r=7");
        QTest::newRow("p") << 2 << QStringLiteral("p=3") << QStringLiteral("p=2");
        QTest::newRow("salt") << 3 << QString() << QStringLiteral("x");
        QTest::newRow("key") << 4 << QString() << QStringLiteral("x");
    }

    void tamperedStringsFail()
    {
        QFETCH(int, part);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QString password = QStringLiteral("tamper-proof password");
        static const QString encoded = PasswordHasher::hash(password);
        QStringList parts = encoded.split(u'$');
        if (from.isEmpty()) {
            // Flip the first character of the base64 to another valid symbol.
            QString& text = parts[part];
            text[0] = text[0] == u'A' ? u'B' : u'A';
        } else {
            parts[part].replace(from, to);
        }
        const QString tampered = parts.join(u'$');
        QVERIFY(tampered != encoded);
        QVERIFY(!PasswordHasher::verify(password, tampered));
        QVERIFY(PasswordHasher::verify(password, encoded));
    }

    void malformedStringsAreRejectedWithoutHashing_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("hunter2hunter2");
        QTest::newRow("prefix only") << QStringLiteral("$scrypt$");
        QTest::newRow("other algorithm")
            << QStringLiteral("$argon2id$v=19$m=65536,t=3,p=4$") + Salt16 + u'$' + Key32;
        QTest::newRow("missing key") << QStringLiteral("$scrypt$ln=15,r=8,p=3$") + Salt16;
        QTest::newRow("extra part") << withParams(QStringLiteral("ln=15,r=8,p=3")) + u'$' + Key32;
        QTest::newRow("no leading $") << withParams(QStringLiteral("ln=15,r=8,p=3")).mid(1);
        QTest::newRow("missing p") << withParams(QStringLiteral("ln=15,r=8"));
        QTest::newRow("duplicate ln") << withParams(QStringLiteral("ln=15,ln=15,p=3"));
        QTest::newRow("unknown param") << withParams(QStringLiteral("ln=15,r=8,q=3"));
        QTest::newRow("four params") << withParams(QStringLiteral("ln=15,r=8,p=3,x=1"));
        QTest::newRow("ln=0") << withParams(QStringLiteral("ln=0,r=8,p=3"));
        QTest::newRow("ln=64") << withParams(QStringLiteral("ln=64,r=8,p=3"));
        QTest::newRow("ln=24 (2 GiB)") << withParams(QStringLiteral("ln=24,r=8,p=1"));
        QTest::newRow("ln=19 r=8 (512 MiB)") << withParams(QStringLiteral("ln=19,r=8,p=1"));
        QTest::newRow("p=9999 (CPU)") << withParams(QStringLiteral("ln=15,r=8,p=9999"));
        QTest::newRow("p=16 r=32 (CPU)") << withParams(QStringLiteral("ln=15,r=32,p=16"));
        QTest::newRow("r=0") << withParams(QStringLiteral("ln=15,r=0,p=3"));
        QTest::newRow("p=0") << withParams(QStringLiteral("ln=15,r=8,p=0"));
        QTest::newRow("negative") << withParams(QStringLiteral("ln=15,r=-8,p=3"));
        QTest::newRow("plus sign") << withParams(QStringLiteral("ln=+15,r=8,p=3"));
        QTest::newRow("leading zero") << withParams(QStringLiteral("ln=015,r=8,p=3"));
        QTest::newRow("huge number") << withParams(QStringLiteral("ln=99999999999,r=8,p=3"));
        QTest::newRow("letters") << withParams(QStringLiteral("ln=1a,r=8,p=3"));
        QTest::newRow("space") << withParams(QStringLiteral("ln= 15,r=8,p=3"));
        QTest::newRow("empty value") << withParams(QStringLiteral("ln=,r=8,p=3"));
        QTest::newRow("bad base64 salt")
            << QStringLiteral("$scrypt$ln=15,r=8,p=3$!!!!!!!!!!!!!!!!!!!!!!$") + Key32;
        QTest::newRow("empty salt") << QStringLiteral("$scrypt$ln=15,r=8,p=3$$") + Key32;
        QTest::newRow("short key")
            << QStringLiteral("$scrypt$ln=15,r=8,p=3$") + Salt16 + QStringLiteral("$AAAA");
        QTest::newRow("long salt")
            << QStringLiteral("$scrypt$ln=15,r=8,p=3$") + QString(120, u'A') + u'$' + Key32;
        QTest::newRow("very long")
            << withParams(QStringLiteral("ln=15,r=8,p=3")) + QString(100000, u'A');
    }

    void malformedStringsAreRejectedWithoutHashing()
    {
        QFETCH(QString, encoded);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PasswordHasher::verify(QStringLiteral("whatever password"), encoded));
        QVERIFY(PasswordHasher::needsRehash(encoded));
        // Parsing rejects these before scrypt runs: far below one hash (~0.3 s). The bound is
        // loose on purpose (shared machine); a 2 GiB scrypt would take many seconds.
        QVERIFY2(timer.elapsed() < 250, qPrintable(QString::number(timer.elapsed())));
    }

    void needsRehash_data()
    {
        QTest::addColumn<QString>("params");
        QTest::addColumn<bool>("expected");
        QTest::newRow("current") << QStringLiteral("ln=15,r=8,p=3") << false;
        QTest::newRow("params in another order") << QStringLiteral("p=3,ln=15,r=8") << false;
        QTest::newRow("stronger N") << QStringLiteral("ln=16,r=8,p=3") << false;
        QTest::newRow("stronger p") << QStringLiteral("ln=15,r=8,p=4") << false;
        QTest::newRow("weaker N") << QStringLiteral("ln=14,r=8,p=3") << true;
        QTest::newRow("weaker r") << QStringLiteral("ln=15,r=4,p=3") << true;
        QTest::newRow("weaker p") << QStringLiteral("ln=15,r=8,p=1") << true;
    }

    void needsRehash()
    {
        QFETCH(QString, params);
        QFETCH(bool, expected);
        QCOMPARE(PasswordHasher::needsRehash(withParams(params)), expected);
    }

    void shortSaltNeedsRehash()
    {
        QVERIFY(PasswordHasher::needsRehash(QStringLiteral("$scrypt$ln=15,r=8,p=3$AAAAAAAAAAA$") +
                                            Key32));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "test_password_hasher.moc"
