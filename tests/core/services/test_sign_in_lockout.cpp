// Sign-in throttling and lockout through AuthService (the one sign-in of the desk, its idle
// lock and `--as`) and unlocking through PeopleService: failures in a row make a try wait
// (refused without counting), the 10th locks the account for 15 minutes in one transaction
// with its user.locked event, the right password is then refused naming until when, the lock
// runs out on the injected clock, a right password ends the run, and who may unlock whom
// (people_policy) with its user.unlocked event. Both backends; one clock (PeopleFixture).
#include "PeopleFixture.h"

#include "core/services/AuthService.h"
#include "core/storage/UserRepository.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestSignInLockout : public PeopleFixture {
    Q_OBJECT

    AuthService auth() { return AuthService(m_db, config()); }
    Result<User> signIn(const QString& key, const QString& password, SignInWait* wait = nullptr)
    {
        return auth().signIn(email(key), password, wait);
    }
    Result<User> wrong(const QString& key, SignInWait* wait = nullptr)
    {
        return signIn(key, QStringLiteral("not the password at all"), wait);
    }
    Result<User> right(const QString& key, SignInWait* wait = nullptr)
    {
        return signIn(key, TestFixtures::password(), wait);
    }
    // `n` wrong passwords in a row, each once the wait it was given has passed (the clock
    // moves; nothing sleeps). The last result.
    Result<User> failTimes(const QString& key, int n)
    {
        Result<User> last = Error::make(Error::Code::Internal, QStringLiteral("no try"));
        for (int i = 0; i < n; ++i) {
            SignInWait wait;
            last = wrong(key, &wait);
            if (wait.retryAfterSeconds > 0) {
                m_now = m_now.addSecs(wait.retryAfterSeconds);
                last = wrong(key, &wait);
            }
        }
        return last;
    }
    // Locked as ten failures in a row at m_now would lock them (the path itself is
    // tenFailuresLockAndTheRightPasswordIsRefused's): for the cases about unlocking.
    void lock(const QString& key)
    {
        UserRepository users(*m_db, m_db->connection().value());
        QVERIFY(users.setSignInState(m_tree[key].id, {10, m_now, m_now.addSecs(15 * 60)}).ok());
        QCOMPARE(right(key).error().code, Error::Code::NotPermitted);
    }
    int failures(const QString& key) { return userColumn(key, "failed_sign_ins").toInt(); }
    QString untilText(const QDateTime& t)
    {
        return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    }

private Q_SLOTS:
    void init() { setUpFixture(); }

    void tenFailuresLockAndTheRightPasswordIsRefused()
    {
        for (int i = 1; i <= 9; ++i) {
            auto r = failTimes("sales1", 1);
            QCOMPARE(r.error().code, Error::Code::Unauthenticated);
            QCOMPARE(failures("sales1"), i);
        }
        QVERIFY(events("user.locked").isEmpty());
        const QDateTime tenthAt = m_now.addSecs(16); // the wait after the 9th
        SignInWait wait;
        auto tenth = failTimes("sales1", 1);
        QCOMPARE(m_now, tenthAt);
        QCOMPARE(tenth.error().code, Error::Code::NotPermitted);
        const QDateTime until = tenthAt.addSecs(15 * 60);
        QVERIFY2(tenth.error().message.contains(untilText(until)),
                 qPrintable(tenth.error().message));
        // The 11th, with the right password, is refused with the until-time.
        m_now = m_now.addSecs(60);
        auto eleventh = right("sales1", &wait);
        QVERIFY(!eleventh.ok());
        QCOMPARE(eleventh.error().code, Error::Code::NotPermitted);
        QCOMPARE(eleventh.error().field, QStringLiteral("email"));
        QVERIFY2(eleventh.error().message.contains(untilText(until)),
                 qPrintable(eleventh.error().message));
        QCOMPARE(wait.lockedUntil, until);
        QCOMPARE(wait.retryAfterSeconds, 0);
        // Stored: the count and the lock; one user.locked event, in the chain.
        QCOMPARE(failures("sales1"), 10);
        QCOMPARE(Database::readTime(userColumn("sales1", "locked_until")), until);
        const auto locked = events("user.locked");
        QCOMPARE(locked.size(), 1);
        QCOMPARE(locked.first().actorUserId, m_tree["sales1"].id);
        QCOMPARE(locked.first().occurredAt, tenthAt);
        QCOMPARE(locked.first().details.value("user_id").toString(), m_tree["sales1"].id);
        QCOMPARE(locked.first().details.value("failed_sign_ins").toInt(), 10);
        QCOMPARE(QDateTime::fromString(locked.first().details.value("locked_until").toString(),
                                       Qt::ISODateWithMs),
                 until);
        QVERIFY(AuditLog(m_db).verify()->ok);
        // Others are not affected.
        QVERIFY(right("sales2").ok());
        // The lock is shown on the person's item (user list/show).
        auto shown = people().show(m_tree["admin"], email("sales1"));
        QCOMPARE(shown->person.lockedUntil, until);
        QCOMPARE(QDateTime::fromString(
                     PeopleService::toJson(shown->person).value("locked_until").toString(),
                     Qt::ISODateWithMs),
                 until);
    }

    void aTryWithinTheWaitIsRefusedWithoutCounting()
    {
        QCOMPARE(failTimes("dist1", 5).error().code, Error::Code::Unauthenticated);
        SignInWait wait;
        auto early = right("dist1", &wait);
        QCOMPARE(early.error().code, Error::Code::NotPermitted);
        QCOMPARE(early.error().field, QStringLiteral("password"));
        QCOMPARE(wait.retryAfterSeconds, 1);
        QVERIFY(early.error().message.contains(QLatin1String("1 s")));
        QCOMPARE(failures("dist1"), 5); // not counted, right password or not
        QCOMPARE(wrong("dist1").error().code, Error::Code::NotPermitted);
        QCOMPARE(failures("dist1"), 5);
        m_now = m_now.addSecs(1);
        auto later = right("dist1", &wait);
        QVERIFY2(later.ok(), later.ok() ? "" : qPrintable(later.error().describe()));
        QCOMPARE(wait.retryAfterSeconds, 0);
    }

    void theRightPasswordEndsTheRun()
    {
        QCOMPARE(failTimes("master", 6).error().code, Error::Code::Unauthenticated);
        QCOMPARE(failures("master"), 6);
        m_now = m_now.addSecs(2);
        QVERIFY(right("master").ok());
        QCOMPARE(failures("master"), 0);
        QVERIFY(userColumn("master", "last_failed_sign_in_at").isNull());
        // A new run: the first four failures need no wait again.
        for (int i = 1; i <= 4; ++i) {
            SignInWait wait;
            QCOMPARE(wrong("master", &wait).error().code, Error::Code::Unauthenticated);
            QCOMPARE(wait.retryAfterSeconds, 0);
            QCOMPARE(failures("master"), i);
        }
    }

    void theLockRunsOutAfterFifteenMinutes()
    {
        QCOMPARE(failTimes("doctor1", 10).error().code, Error::Code::NotPermitted);
        const QDateTime until = m_now.addSecs(15 * 60);
        m_now = until.addSecs(-1);
        QCOMPARE(right("doctor1").error().code, Error::Code::NotPermitted);
        // Wrong passwords while locked are not counted either.
        QCOMPARE(wrong("doctor1").error().code, Error::Code::NotPermitted);
        QCOMPARE(failures("doctor1"), 10);
        m_now = until;
        // Run out: the person shows unlocked, and a wrong password starts a new run.
        QVERIFY(!people().show(m_tree["admin"], email("doctor1"))->person.lockedUntil.isValid());
        QCOMPARE(wrong("doctor1").error().code, Error::Code::Unauthenticated);
        QCOMPARE(failures("doctor1"), 1);
        QVERIFY(userColumn("doctor1", "locked_until").isNull());
        auto back = right("doctor1");
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().describe()));
        QCOMPARE(failures("doctor1"), 0);
        QCOMPARE(events("user.locked").size(), 1);
    }

    void whoMayUnlock_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("person");
        QTest::addColumn<int>("refusal"); // -1: allowed, else the Error::Code
        const int ok = -1;
        QTest::newRow("admin") << "admin"
                               << "sales1" << ok;
        QTest::newRow("the distributor above") << "dist1"
                                               << "sales1" << ok;
        QTest::newRow("a sales rep on a sales rep") << "sales2"
                                                    << "sales1" << int(Error::Code::NotFound);
        QTest::newRow("a doctor below on the upline") << "doctor1"
                                                      << "sales1" << int(Error::Code::NotFound);
        QTest::newRow("another distributor") << "dist2"
                                             << "sales1" << int(Error::Code::NotFound);
        QTest::newRow("a sales rep on an office admin below")
            << "sales1"
            << "office1" << int(Error::Code::NotPermitted);
        QTest::newRow("an ivr company") << "ivr"
                                        << "sales1" << int(Error::Code::NotFound);
        QTest::newRow("chp on an admin") << "chp"
                                         << "admin" << int(Error::Code::NotFound);
    }
    void whoMayUnlock()
    {
        QFETCH(QString, actor);
        QFETCH(QString, person);
        QFETCH(int, refusal);
        lock(person);
        auto r = people().unlock(m_tree[actor], email(person));
        if (refusal >= 0) {
            QVERIFY(!r.ok());
            QCOMPARE(int(r.error().code), refusal);
            QCOMPARE(r.error().field, QStringLiteral("user"));
            QCOMPARE(right(person).error().code, Error::Code::NotPermitted); // still locked
            QVERIFY(events("user.unlocked").isEmpty());
            return;
        }
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QVERIFY(!r->lockedUntil.isValid());
        QCOMPARE(failures(person), 0);
        QVERIFY(userColumn(person, "locked_until").isNull());
        const auto unlocked = events("user.unlocked");
        QCOMPARE(unlocked.size(), 1);
        QCOMPARE(unlocked.first().actorUserId, m_tree[actor].id);
        QCOMPARE(unlocked.first().details.value("user_id").toString(), m_tree[person].id);
        QVERIFY(!unlocked.first().details.value("locked_until").toString().isEmpty());
        QVERIFY(AuditLog(m_db).verify()->ok);
        auto back = right(person);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().describe()));
    }

    void unlockRefusals()
    {
        // Not locked: nothing to unlock.
        auto notLocked = people().unlock(m_tree["admin"], email("sales1"));
        QCOMPARE(notLocked.error().code, Error::Code::Conflict);
        QCOMPARE(notLocked.error().field, QStringLiteral("user"));
        // Never oneself, not even an admin.
        lock("admin");
        auto self = people().unlock(m_tree["admin"], email("admin"));
        QCOMPARE(self.error().code, Error::Code::NotPermitted);
        // Someone one may see but whose role one may not invite.
        lock("dist1");
        auto sales = people().unlock(m_tree["sales1"], email("dist1"));
        QCOMPARE(sales.error().code, Error::Code::NotFound);
        auto unknown = people().unlock(m_tree["admin"], QStringLiteral("nobody@example.com"));
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QVERIFY(events("user.unlocked").isEmpty());
    }

    // The current password of a password change is a sign-in too.
    void aWrongCurrentPasswordCounts()
    {
        QCOMPARE(failTimes("sales2", 9).error().code, Error::Code::Unauthenticated);
        m_now = m_now.addSecs(16);
        auto changed =
            people().changeOwnPassword(m_tree["sales2"], QStringLiteral("not the password at all"),
                                       QStringLiteral("a brand new long passphrase"));
        QCOMPARE(changed.error().code, Error::Code::NotPermitted);
        QCOMPARE(changed.error().field, QStringLiteral("current_password"));
        QVERIFY(changed.error().message.contains(QLatin1String("locked")));
        QCOMPARE(events("user.locked").size(), 1);
    }

    // An unknown e-mail answers as a wrong password, and never waits or locks.
    void unknownEmailsAreNeverThrottled()
    {
        for (int i = 0; i < 6; ++i) {
            SignInWait wait;
            auto r = auth().signIn(QStringLiteral("nobody@example.com"),
                                   QStringLiteral("not the password at all"), &wait);
            QCOMPARE(r.error().code, Error::Code::Unauthenticated);
            QCOMPARE(wait.retryAfterSeconds, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSignInLockout)
#include "test_sign_in_lockout.moc"
