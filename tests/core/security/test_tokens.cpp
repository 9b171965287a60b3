#include "core/security/TokenGenerator.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace invitedesk;

class TestTokens : public QObject {
    Q_OBJECT

private slots:
    void generatedTokenHasLinkFormat()
    {
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        for (int i = 0; i < 200; ++i) {
            const QString token = tokens::generate();
            QCOMPARE(token.size(), 43);
            QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
            QVERIFY(!token.contains(u'='));
            QVERIFY(tokens::looksLikeToken(token));
            // Decodes back to exactly 32 random bytes.
            const auto decoded = QByteArray::fromBase64Encoding(
                token.toLatin1(),
                QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok);
            QCOMPARE(decoded.decoded.size(), 32);
        }
    }

    void tokensAreUniqueAndUseTheWholeAlphabet()
    {
        QSet<QString> seen;
        QSet<QChar> symbols;
        for (int i = 0; i < 10000; ++i) {
            const QString token = tokens::generate();
            seen.insert(token);
            for (QChar c : token)
                symbols.insert(c);
        }
        QCOMPARE(seen.size(), 10000);
        // 430,000 symbols drawn: every one of the 64 base64url symbols shows up.
        QCOMPARE(symbols.size(), 64);
    }

    void bitsAreBalanced()
    {
        // Crude entropy check: over 1,000 tokens (256,000 bits) the share of one-bits sits
        // within 1% of a half (about 10 standard deviations of slack).
        qint64 ones = 0;
        qint64 bits = 0;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray raw = QByteArray::fromBase64(tokens::generate().toLatin1(),
                                                          QByteArray::Base64UrlEncoding);
            for (char byte : raw) {
                ones += qPopulationCount(quint8(byte));
                bits += 8;
            }
        }
        const double share = double(ones) / double(bits);
        QVERIFY2(share > 0.49 && share < 0.51, qPrintable(QString::number(share)));
    }

    void hashKnownAnswers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("sha256Hex");
        // FIPS 180-2 vectors, then a token-shaped string and non-ASCII text hashed as UTF-8.
        QTest::newRow("abc") << QStringLiteral("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223"
                                           "b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("empty") << QString()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb924"
                                             "27ae41e4649b934ca495991b7852b855");
        QTest::newRow("token-shaped")
            << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
            << QCryptographicHash::hash("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                        QCryptographicHash::Sha256)
                   .toHex();
        QTest::newRow("utf8")
            << QStringLiteral("\u00e9") // é = C3 A9 in UTF-8
            << QCryptographicHash::hash("\xc3\xa9", QCryptographicHash::Sha256).toHex();
    }

    void hashKnownAnswers()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, sha256Hex);
        const QByteArray digest = tokens::hash(text);
        QCOMPARE(digest.size(), 32);
        QCOMPARE(digest.toHex(), sha256Hex);
    }

    void hashIsOverTheTextNotTheDecodedBytes()
    {
        const QString token = tokens::generate();
        QCOMPARE(tokens::hash(token), tokens::hash(QString(token)));
        QVERIFY(tokens::hash(token) !=
                QCryptographicHash::hash(
                    QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding),
                    QCryptographicHash::Sha256));
        QVERIFY(tokens::hash(token) != tokens::hash(token.left(42)));
    }

    void looksLikeToken_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("generated") << tokens::generate() << true;
        QTest::newRow("43 url-safe")
            << QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("42 chars") << QString(42, u'A') << false;
        QTest::newRow("44 chars") << QString(44, u'A') << false;
        QTest::newRow("padded") << QString(42, u'A') + u'=' << false;
        QTest::newRow("plus") << QString(42, u'A') + u'+' << false;
        QTest::newRow("slash") << QString(42, u'A') + u'/' << false;
        QTest::newRow("space") << QString(42, u'A') + u' ' << false;
        QTest::newRow("dot-dot") << QStringLiteral("..") + QString(41, u'A') << false;
        QTest::newRow("non-ascii") << QString(42, u'A') + QChar(0x00e9) << false;
        QTest::newRow("arabic digit") << QString(42, u'A') + QChar(0x0663) << false;
    }

    void looksLikeToken()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(tokens::looksLikeToken(text), expected);
    }

    void equal_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("expected");
        const QByteArray h = tokens::hash(QStringLiteral("one"));
        QByteArray lastBitFlipped = h;
        lastBitFlipped[31] = char(lastBitFlipped[31] ^ 0x01);
        QByteArray firstBitFlipped = h;
        firstBitFlipped[0] = char(firstBitFlipped[0] ^ 0x80);
        QTest::newRow("same") << h << QByteArray(h) << true;
        QTest::newRow("other token") << h << tokens::hash(QStringLiteral("two")) << false;
        QTest::newRow("last bit") << h << lastBitFlipped << false;
        QTest::newRow("first bit") << h << firstBitFlipped << false;
        QTest::newRow("prefix") << h << h.left(31) << false;
        QTest::newRow("longer") << h << h + '\0' << false;
        QTest::newRow("empty vs hash") << QByteArray() << h << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    }

    void equal()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, expected);
        QCOMPARE(tokens::equal(a, b), expected);
        QCOMPARE(tokens::equal(b, a), expected);
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "test_tokens.moc"
