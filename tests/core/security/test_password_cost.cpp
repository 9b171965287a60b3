#include "core/security/PasswordHasher.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace invitedesk;

// INVITEDESK_PASSWORD_COST is read once per process, so each setting runs in a child process:
// this executable again, with the setting given and one argument naming what to print.
namespace {
int childMain(const QString& what)
{
    const QString encoded = PasswordHasher::hash(QStringLiteral("correct horse battery"));
    QTextStream out(stdout);
    if (what == QLatin1String("hash"))
        out << encoded << '\n';
    else if (what == QLatin1String("rehash-default"))
        out << PasswordHasher::needsRehash(
                   QStringLiteral("$scrypt$ln=15,r=8,p=3$AAAAAAAAAAAAAAAAAAAAAA$"
                                  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
            << '\n';
    else if (what == QLatin1String("verify"))
        out << PasswordHasher::verify(QStringLiteral("correct horse battery"), encoded) << '\n';
    return 0;
}

QString runChild(const QString& cost, const QString& what)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (cost.isNull())
        env.remove(QStringLiteral("INVITEDESK_PASSWORD_COST"));
    else
        env.insert(QStringLiteral("INVITEDESK_PASSWORD_COST"), cost);
    env.insert(QStringLiteral("PASSWORD_COST_CHILD"), what);
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), {});
    if (!p.waitForFinished(60000))
        return QStringLiteral("timed out");
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

class TestPasswordCost : public QObject {
    Q_OBJECT

private slots:
    void costOfNewHashes_data()
    {
        QTest::addColumn<QString>("cost");
        QTest::addColumn<QString>("params");
        QTest::newRow("unset: the defaults") << QString() << QStringLiteral("ln=15,r=8,p=3");
        QTest::newRow("the test runs' cost")
            << QStringLiteral("ln=10,r=8,p=1") << QStringLiteral("ln=10,r=8,p=1");
        QTest::newRow("stronger") << QStringLiteral("ln=16,r=8,p=1")
                                  << QStringLiteral("ln=16,r=8,p=1");
        QTest::newRow("malformed: the defaults")
            << QStringLiteral("ln=10,r=8") << QStringLiteral("ln=15,r=8,p=3");
        QTest::newRow("beyond the bounds: the defaults")
            << QStringLiteral("ln=10,r=8,p=9999") << QStringLiteral("ln=15,r=8,p=3");
        QTest::newRow("empty: the defaults")
            << QStringLiteral("") << QStringLiteral("ln=15,r=8,p=3");
    }
    void costOfNewHashes()
    {
        QFETCH(QString, cost);
        QFETCH(QString, params);
        const QString encoded = runChild(cost, QStringLiteral("hash"));
        const QRegularExpression shape(QStringLiteral("^\\$scrypt\\$") +
                                       QRegularExpression::escape(params) +
                                       QStringLiteral("\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
        QVERIFY2(shape.match(encoded).hasMatch(), qPrintable(encoded));
        QCOMPARE(runChild(cost, QStringLiteral("verify")), QStringLiteral("1"));
    }

    // A cheaper setting does not downgrade stronger hashes already stored; without it, hashes
    // made under it are replaced at the next sign-in (test_password_hasher's "ln" row).
    void storedDefaultHashesAreKept()
    {
        QCOMPARE(runChild(QStringLiteral("ln=10,r=8,p=1"), QStringLiteral("rehash-default")),
                 QStringLiteral("0"));
        QCOMPARE(runChild(QString(), QStringLiteral("rehash-default")), QStringLiteral("0"));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("PASSWORD_COST_CHILD");
    if (!child.isEmpty())
        return childMain(child);
    TestPasswordCost test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_password_cost.moc"
