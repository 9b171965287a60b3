// Sign-in throttling and lockout through `--as`, end to end on the demo tree: ten wrong
// passwords in a row (the command waits the few seconds sign-in asks for, once, and says so)
// lock the account, the 11th try with the right password is refused naming until when,
// `user list --json` shows locked_until, `user unlock` by an admin lets them in again while a
// non-admin is refused with the reason, the right password ends a run of failures, and the
// audit events. The binary runs on the real clock, and so do the comparisons here (the
// until-time is read back from the table). Both backends.
#include "CliFixture.h"

#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliLockout : public CliFixture {
    Q_OBJECT

    // `user list` as the demo user `who` with `password`.
    CliRun listAs(const QString& who, const QString& password)
    {
        return CliHarness::run({QStringLiteral("user"), QStringLiteral("list"),
                                QStringLiteral("--as"), demoEmail(who),
                                QStringLiteral("--database"), m_url},
                               {{QStringLiteral("INVITEDESK_PASSWORD"), password}});
    }
    CliRun wrongAs(const QString& who)
    {
        return listAs(who, QStringLiteral("not the password at all"));
    }
    int failures(const QString& who)
    {
        return m_db
            .scalar(QStringLiteral("SELECT failed_sign_ins FROM users WHERE email = ?"),
                    {demoEmail(who)})
            .toInt();
    }
    QDateTime lockedUntil(const QString& who)
    {
        return Database::readTime(m_db.scalar(
            QStringLiteral("SELECT locked_until FROM users WHERE email = ?"), {demoEmail(who)}));
    }
    // Events of `action` about `who`: the address is in the event's personal data, beside it
    // and outside the hash (migration 011).
    qint64 auditCount(const QString& action, const QString& who)
    {
        return m_db
            .scalar(QStringLiteral("SELECT count(*) FROM audit_events a "
                                   "JOIN audit_personal p ON p.seq = a.seq WHERE a.action = ? AND "
                                   "CAST(p.data AS TEXT) LIKE ?"),
                    {action, QStringLiteral("%") + demoEmail(who) + QStringLiteral("%")})
            .toLongLong();
    }
    QJsonObject itemOf(const QString& who)
    {
        const CliRun r =
            act(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("show"),
                                          demoEmail(who), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("user show failed: %s", qPrintable(r.describe()));
        return r.json().toObject();
    }

private slots:
    void initTestCase() { seedSharedDatabase(); }
    void cleanupTestCase() { verifyAuditChain(); }

    void tenFailuresLockUntilAnAdminUnlocks()
    {
        const QString who = QStringLiteral("sales2");
        int waited = 0;
        for (int i = 1; i <= 9; ++i) {
            const CliRun r = wrongAs(who);
            QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
            QVERIFY2(r.err.contains(QLatin1String("as: The e-mail or password is wrong.")),
                     qPrintable(r.describe()));
            waited += r.err.contains(QLatin1String("waiting")) ? 1 : 0;
            QCOMPARE(failures(who), i);
        }
        // From the 6th try on the command waited for the throttle (and said so) instead of
        // failing at once.
        QCOMPARE(waited, 4);
        QCOMPARE(auditCount(QStringLiteral("user.locked"), who), 0);
        const CliRun tenth = wrongAs(who);
        QVERIFY2(tenth.exitCode == 1, qPrintable(tenth.describe()));
        const QDateTime until = lockedUntil(who);
        QVERIFY(until.isValid());
        const QString untilText = until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        QVERIFY2(tenth.err.contains(QLatin1String("locked")) && tenth.err.contains(untilText),
                 qPrintable(tenth.describe()));
        QCOMPARE(auditCount(QStringLiteral("user.locked"), who), 1);
        const qint64 lockMinutes = QDateTime::currentDateTimeUtc().secsTo(until) / 60;
        QVERIFY2(lockMinutes >= 14 && lockMinutes <= 15, qPrintable(QString::number(lockMinutes)));

        // The 11th, with the right password: refused at once, naming until when.
        const CliRun eleventh = listAs(who, DemoSeeder::defaultPassword());
        QVERIFY2(eleventh.exitCode == 1, qPrintable(eleventh.describe()));
        QVERIFY2(eleventh.err.contains(QStringLiteral("as: This account is locked")) &&
                     eleventh.err.contains(untilText),
                 qPrintable(eleventh.describe()));
        QVERIFY(!eleventh.err.contains(QLatin1String("waiting")));
        QCOMPARE(failures(who), 10);

        // The list shows the lock.
        const QJsonObject item = itemOf(who);
        QCOMPARE(QDateTime::fromString(item.value(QStringLiteral("locked_until")).toString(),
                                       Qt::ISODateWithMs),
                 until);
        QVERIFY(itemOf(QStringLiteral("sales1")).value(QStringLiteral("locked_until")).isNull());

        // A non-admin who may not act on them is refused with the reason; nothing changes.
        const CliRun bySales =
            act(QStringLiteral("sales1"),
                {QStringLiteral("user"), QStringLiteral("unlock"), demoEmail(who)});
        QVERIFY2(bySales.exitCode == 1, qPrintable(bySales.describe()));
        QVERIFY2(bySales.err.contains(QLatin1String("user:")), qPrintable(bySales.describe()));
        QCOMPARE(lockedUntil(who), until);
        QCOMPARE(auditCount(QStringLiteral("user.unlocked"), who), 0);

        // The admin unlocks: audited, and the right password works again.
        const CliRun byAdmin =
            act(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("unlock"),
                                          demoEmail(who), QStringLiteral("--json")});
        QVERIFY2(byAdmin.exitCode == 0, qPrintable(byAdmin.describe()));
        QCOMPARE(byAdmin.json().toObject().value(QStringLiteral("email")).toString(),
                 demoEmail(who));
        QVERIFY(byAdmin.json().toObject().value(QStringLiteral("locked_until")).isNull());
        QCOMPARE(auditCount(QStringLiteral("user.unlocked"), who), 1);
        QCOMPARE(failures(who), 0);
        const CliRun back = listAs(who, DemoSeeder::defaultPassword());
        QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));

        // Unlocking again: nothing to unlock (1).
        const CliRun again =
            act(QStringLiteral("admin"),
                {QStringLiteral("user"), QStringLiteral("unlock"), demoEmail(who)});
        QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
        QVERIFY2(again.err.contains(QLatin1String("not locked")), qPrintable(again.describe()));
    }

    void theRightPasswordEndsTheRun()
    {
        const QString who = QStringLiteral("dist2");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(wrongAs(who).exitCode, 1);
        QCOMPARE(failures(who), 3);
        const CliRun ok = listAs(who, DemoSeeder::defaultPassword());
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        QCOMPARE(failures(who), 0);
    }

    void unlockUsage()
    {
        const CliRun none =
            act(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("unlock")});
        QVERIFY2(none.exitCode == 2, qPrintable(none.describe()));
        const CliRun unknown =
            act(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("unlock"),
                                          QStringLiteral("nobody@example.com")});
        QVERIFY2(unknown.exitCode == 1, qPrintable(unknown.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliLockout)
#include "test_cli_lockout.moc"
