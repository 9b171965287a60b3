// sign_in_throttle, the rule of sign-in throttling and lockout: the wait after each failure in
// a row, a try within the wait refused and not counted, the lock on the 10th failure for 15
// minutes, and a lock that has run out starting a new run. No database; one fixed clock.
#include "core/domain/SignInThrottle.h"

#include <QTest>

using namespace invitedesk;
using Kind = sign_in_throttle::Decision::Kind;

namespace {
const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// `n` failures in a row, each as soon as the rule lets it be checked.
SignInState failures(int n, QDateTime* at)
{
    SignInState s;
    for (int i = 0; i < n; ++i) {
        *at = at->addSecs(sign_in_throttle::delayAfter(s.failures));
        s = sign_in_throttle::afterFailure(s, *at);
    }
    return s;
}
} // namespace

class TestSignInThrottle : public QObject {
    Q_OBJECT
private slots:
    void delayGrowsAfterTheFreeFailures_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("1") << 1 << 0;
        QTest::newRow("4") << 4 << 0;
        QTest::newRow("5") << 5 << 1;
        QTest::newRow("6") << 6 << 2;
        QTest::newRow("7") << 7 << 4;
        QTest::newRow("8") << 8 << 8;
        QTest::newRow("9") << 9 << 16;
        QTest::newRow("10 locks instead") << 10 << 0;
    }
    void delayGrowsAfterTheFreeFailures()
    {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        QCOMPARE(sign_in_throttle::delayAfter(failures), seconds);
        QVERIFY(sign_in_throttle::delayAfter(failures) <= sign_in_throttle::kMaxDelaySeconds);
    }

    void aTryWithinTheWaitIsRefusedAndNotCounted()
    {
        QDateTime now = kStart;
        const SignInState five = failures(5, &now);
        QCOMPARE(five.failures, 5);
        QCOMPARE(five.lastFailureAt, now);
        auto d = sign_in_throttle::decide(five, now.addMSecs(200));
        QCOMPARE(d.kind, Kind::Wait);
        QCOMPARE(d.retryAfterSeconds, 1);
        QCOMPARE(sign_in_throttle::decide(five, now.addSecs(1)).kind, Kind::Check);
        // Seven in a row: 4 s, rounded up while it runs.
        QDateTime at = kStart;
        const SignInState s7 = failures(7, &at);
        d = sign_in_throttle::decide(s7, at.addMSecs(1500));
        QCOMPARE(d.kind, Kind::Wait);
        QCOMPARE(d.retryAfterSeconds, 3);
    }

    void theTenthFailureLocksForFifteenMinutes()
    {
        QDateTime now = kStart;
        const SignInState nine = failures(9, &now);
        QVERIFY(!nine.isLocked(now));
        now = now.addSecs(16);
        const SignInState ten = sign_in_throttle::afterFailure(nine, now);
        QCOMPARE(ten.failures, 10);
        QCOMPARE(ten.lockedUntil, now.addSecs(15 * 60));
        auto d = sign_in_throttle::decide(ten, now.addSecs(15 * 60 - 1));
        QCOMPARE(d.kind, Kind::Locked);
        QCOMPARE(d.lockedUntil, ten.lockedUntil);
        // A try while locked changes nothing.
        QCOMPARE(sign_in_throttle::afterFailure(ten, now.addSecs(60)).failures, 10);
        QCOMPARE(sign_in_throttle::afterFailure(ten, now.addSecs(60)).lockedUntil, ten.lockedUntil);
        // Served: checked again, and a failure starts a new run.
        QCOMPARE(sign_in_throttle::decide(ten, ten.lockedUntil).kind, Kind::Check);
        const SignInState next = sign_in_throttle::afterFailure(ten, ten.lockedUntil);
        QCOMPARE(next.failures, 1);
        QVERIFY(!next.lockedUntil.isValid());
    }
};

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "test_sign_in_throttle.moc"
