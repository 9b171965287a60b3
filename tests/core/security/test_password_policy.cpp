#include "core/security/PasswordPolicy.h"

#include <QFile>
#include <QTest>
#include <QtConcurrent>

#include <numeric>

using namespace invitedesk;

class TestPasswordPolicy : public QObject {
    Q_OBJECT

private slots:
    void concurrentFirstUseIsSafe()
    {
        // Runs first, so the threads race on the first load. Many threads hit the lazily loaded
        // list at once; each sees the full list.
        QList<int> inputs(64);
        std::iota(inputs.begin(), inputs.end(), 0);
        const QList<bool> refused = QtConcurrent::blockingMapped(inputs, [](int i) {
            const QString pw =
                i % 2 ? QStringLiteral("iloveyou123456") : QStringLiteral("qwerty123456");
            return !password_policy::check(pw, QString()).ok();
        });
        QCOMPARE(refused.count(true), 64);
    }

    void check_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("refusal"); // empty: accepted; else a word in the message

        const QString email = QStringLiteral("jane.doe@example.org");
        QTest::newRow("good") << QStringLiteral("violet-harbour-47-kites") << email << QString();
        QTest::newRow("exactly 12") << QStringLiteral("k7#Lm2pQ9xWz") << email << QString();
        QTest::newRow("11 chars") << QStringLiteral("k7#Lm2pQ9xW") << email << QStringLiteral("12");
        QTest::newRow("empty") << QString() << email << QStringLiteral("12");
        QTest::newRow("12 emoji (24 UTF-16 units)")
            << QString(QStringLiteral("\U0001F510")).repeated(12) << email << QString();
        QTest::newRow("11 emoji (22 UTF-16 units)")
            << QString(QStringLiteral("\U0001F510")).repeated(11) << email << QStringLiteral("12");
        QTest::newRow("12 accented letters")
            << QStringLiteral("\u00e9\u00e8\u00ea\u00eb\u00f1\u00fc\u00f6\u00e4\u00e7\u00e5\u00f8"
                              "\u00e6")
            << email << QString();
        QTest::newRow("too long") << QString(1025, u'x') << email << QStringLiteral("1024");
        QTest::newRow("longest allowed")
            << QStringLiteral("Zq8!").repeated(256) << email << QString();

        const QString longEmail = QStringLiteral("jonathan.appleseed@clinic.example");
        QTest::newRow("equals e-mail") << longEmail << longEmail << QStringLiteral("e-mail");
        QTest::newRow("equals e-mail, other case")
            << QStringLiteral("Jonathan.Appleseed@CLINIC.example") << longEmail
            << QStringLiteral("e-mail");
        QTest::newRow("equals local part")
            << QStringLiteral("jonathan.appleseed") << longEmail << QStringLiteral("e-mail");
        QTest::newRow("equals local part, upper case, spaces")
            << QStringLiteral("  JONATHAN.APPLESEED ") << longEmail << QStringLiteral("e-mail");
        QTest::newRow("contains local part plus more")
            << QStringLiteral("jonathan.appleseed!2024-x") << longEmail << QString();
        QTest::newRow("no e-mail given")
            << QStringLiteral("violet-harbour-47-kites") << QString() << QString();

        QTest::newRow("common") << QStringLiteral("password1234") << email
                                << QStringLiteral("common");
        QTest::newRow("common, mixed case")
            << QStringLiteral("PassWord1234") << email << QStringLiteral("common");
        QTest::newRow("common keyboard walk")
            << QStringLiteral("QWERTYUIOP123") << email << QStringLiteral("common");
        QTest::newRow("common digits")
            << QStringLiteral("123456789012") << email << QStringLiteral("common");
        QTest::newRow("common repeated")
            << QStringLiteral("aaaaaaaaaaaa") << email << QStringLiteral("common");
        QTest::newRow("common spanish")
            << QStringLiteral("Contrase\u00f1a123") << email << QStringLiteral("common");
        QTest::newRow("common with year")
            << QStringLiteral("Welcome2024!") << email << QStringLiteral("common");
        QTest::newRow("common with spaces around")
            << QStringLiteral(" password1234 ") << email << QStringLiteral("common");
        QTest::newRow("uncommon variant")
            << QStringLiteral("password1234-violet") << email << QString();
    }

    void check()
    {
        QFETCH(QString, password);
        QFETCH(QString, email);
        QFETCH(QString, refusal);
        const Result<void> result = password_policy::check(password, email);
        if (refusal.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().describe()));
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QCOMPARE(result.error().field, QStringLiteral("password"));
        QVERIFY2(result.error().message.contains(refusal, Qt::CaseInsensitive),
                 qPrintable(result.error().message));
        // The message never repeats the password back.
        if (password.trimmed().size() >= 4)
            QVERIFY(!result.error().message.contains(password.trimmed(), Qt::CaseInsensitive));
    }

    void shippedListIsLowerCaseAndLarge()
    {
        QFile file(QStringLiteral(":/security/common-passwords.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2000, qPrintable(QString::number(lines.size())));
        for (const QString& line : lines)
            QCOMPARE(line, line.toLower());
        // Every entry long enough to pass the length rule is refused.
        int checked = 0;
        for (const QString& line : lines) {
            if (line.size() < password_policy::MinLength)
                continue;
            const Result<void> result = password_policy::check(line, QString());
            QVERIFY2(!result.ok(), qPrintable(line));
            ++checked;
        }
        QVERIFY(checked >= 1000);
    }

    void rulesDescribeTheChecks()
    {
        const QStringList rules = password_policy::rules();
        QCOMPARE(rules.size(), 3);
        QVERIFY(rules.at(0).contains(QStringLiteral("12")));
        QVERIFY(rules.at(1).contains(QStringLiteral("e-mail")));
        QVERIFY(rules.at(2).contains(QStringLiteral("common")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "test_password_policy.moc"
