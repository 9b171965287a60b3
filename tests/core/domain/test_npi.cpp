#include "core/domain/Npi.h"

#include <QTest>

using namespace invitedesk;

class TestNpi : public QObject {
    Q_OBJECT

private slots:
    void isValid_data()
    {
        QTest::addColumn<QString>("npi");
        QTest::addColumn<bool>("expected");
        QTest::newRow("CMS example 1234567893") << QStringLiteral("1234567893") << true;
        QTest::newRow("check digit 0") << QStringLiteral("1000000004") << true;
        QTest::newRow("another valid") << QStringLiteral("1245319599") << true;
        QTest::newRow("2-prefixed valid") << QStringLiteral("2000000002") << true;
        for (int d = 0; d <= 9; ++d) {
            if (d == 3)
                continue;
            QTest::addRow("bad check digit %d", d) << QStringLiteral("123456789%1").arg(d) << false;
        }
        QTest::newRow("swapped digits") << QStringLiteral("2134567893") << false;
        QTest::newRow("plain Luhn without 80840") << QStringLiteral("1234567897") << false;
        QTest::newRow("9 digits") << QStringLiteral("123456789") << false;
        QTest::newRow("11 digits") << QStringLiteral("12345678930") << false;
        QTest::newRow("15 digits with prefix") << QStringLiteral("808401234567893") << false;
        QTest::newRow("letters") << QStringLiteral("12345678a3") << false;
        QTest::newRow("all letters") << QStringLiteral("abcdefghij") << false;
        QTest::newRow("spaces") << QStringLiteral(" 1234567893") << false;
        QTest::newRow("dash") << QStringLiteral("123456-893") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("arabic-indic digits")
            << QStringLiteral("\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0663")
            << false;
        QTest::newRow("fullwidth digits")
            << QStringLiteral("\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19\uff13")
            << false;
    }

    void isValid()
    {
        QFETCH(QString, npi);
        QFETCH(bool, expected);
        QCOMPARE(npi::isValid(npi), expected);
    }

    void exactlyOneCheckDigitPerPrefix()
    {
        // For any nine leading digits exactly one of the ten check digits is valid.
        for (const QString& prefix : {QStringLiteral("123456789"), QStringLiteral("100000000"),
                                      QStringLiteral("987654321"), QStringLiteral("155555555")}) {
            int valid = 0;
            for (int d = 0; d <= 9; ++d)
                valid += npi::isValid(prefix + QString::number(d)) ? 1 : 0;
            QCOMPARE(valid, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestNpi)
#include "test_npi.moc"
