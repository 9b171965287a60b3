#include "core/security/RateLimiter.h"

#include <QTest>
#include <QtConcurrent>

#include <atomic>
#include <memory>
#include <numeric>

using namespace invitedesk;

namespace {
// A clock the test moves by hand.
struct FakeClock {
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1'000'000);
    RateLimiter::Clock fn() const
    {
        return [n = now] { return *n; };
    }
    void advance(qint64 ms) { *now += ms; }
};
} // namespace

class TestRateLimiter : public QObject {
    Q_OBJECT

private slots:
    void burstThenRefuse_data()
    {
        QTest::addColumn<int>("perMinute");
        QTest::addColumn<int>("burst");
        QTest::addColumn<int>("retryAfter"); // seconds for the first refused request
        QTest::newRow("default 30/min burst 10") << 30 << 10 << 2;
        QTest::newRow("60/min burst 3") << 60 << 3 << 1;
        QTest::newRow("1/min burst 1") << 1 << 1 << 60;
        QTest::newRow("600/min burst 5") << 600 << 5 << 1;
        QTest::newRow("burst 0 acts as 1") << 60 << 0 << 1;
    }

    void burstThenRefuse()
    {
        QFETCH(int, perMinute);
        QFETCH(int, burst);
        QFETCH(int, retryAfter);
        FakeClock clock;
        RateLimiter limiter(perMinute, burst, clock.fn());
        const int allowedAtOnce = qMax(1, burst);
        for (int i = 0; i < allowedAtOnce; ++i) {
            int retry = -1;
            QVERIFY2(limiter.allow(QStringLiteral("10.0.0.1"), &retry),
                     qPrintable(QString::number(i)));
            QCOMPARE(retry, 0);
        }
        int retry = -1;
        QVERIFY(!limiter.allow(QStringLiteral("10.0.0.1"), &retry));
        QCOMPARE(retry, retryAfter);
        // One token comes back after 60000 / perMinute ms, not a millisecond sooner.
        const qint64 intervalMs = 60000 / perMinute;
        clock.advance(intervalMs - 1);
        QVERIFY(!limiter.allow(QStringLiteral("10.0.0.1")));
        clock.advance(1);
        QVERIFY(limiter.allow(QStringLiteral("10.0.0.1")));
        QVERIFY(!limiter.allow(QStringLiteral("10.0.0.1"), &retry));
        // Waiting the announced Retry-After is always enough.
        clock.advance(qint64(retry) * 1000);
        QVERIFY(limiter.allow(QStringLiteral("10.0.0.1")));
    }

    void refillsAtTheConfiguredRate()
    {
        FakeClock clock;
        RateLimiter limiter(30, 10, clock.fn()); // one token every 2 s
        int allowed = 0;
        // Five minutes of one request every 100 ms: the burst plus 30 a minute.
        for (int i = 0; i < 3000; ++i) {
            allowed += limiter.allow(QStringLiteral("client")) ? 1 : 0;
            clock.advance(100);
        }
        QVERIFY2(allowed >= 10 + 149 && allowed <= 10 + 150, qPrintable(QString::number(allowed)));
    }

    void refillNeverExceedsBurst()
    {
        FakeClock clock;
        RateLimiter limiter(60, 3, clock.fn());
        QVERIFY(limiter.allow(QStringLiteral("k")));
        clock.advance(3'600'000); // an hour idle
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.allow(QStringLiteral("k")));
        QVERIFY(!limiter.allow(QStringLiteral("k")));
    }

    void retryAfterShrinksAsTimePasses()
    {
        FakeClock clock;
        RateLimiter limiter(6, 1, clock.fn()); // one token every 10 s
        QVERIFY(limiter.allow(QStringLiteral("k")));
        int retry = 0;
        QVERIFY(!limiter.allow(QStringLiteral("k"), &retry));
        QCOMPARE(retry, 10);
        clock.advance(4'500);
        QVERIFY(!limiter.allow(QStringLiteral("k"), &retry));
        QCOMPARE(retry, 6); // 5.5 s left, rounded up
        clock.advance(5'499);
        QVERIFY(!limiter.allow(QStringLiteral("k"), &retry));
        QCOMPARE(retry, 1);
        clock.advance(1);
        QVERIFY(limiter.allow(QStringLiteral("k"), &retry));
        QCOMPARE(retry, 0);
    }

    void refusedRequestsDoNotCost()
    {
        // A refused request spends nothing: the client gets in right after Retry-After even
        // if it kept knocking meanwhile.
        FakeClock clock;
        RateLimiter limiter(60, 1, clock.fn());
        QVERIFY(limiter.allow(QStringLiteral("k")));
        for (int i = 0; i < 9; ++i) {
            clock.advance(100);
            QVERIFY(!limiter.allow(QStringLiteral("k")));
        }
        clock.advance(100);
        QVERIFY(limiter.allow(QStringLiteral("k")));
    }

    void keysAreIsolated()
    {
        FakeClock clock;
        RateLimiter limiter(30, 2, clock.fn());
        QVERIFY(limiter.allow(QStringLiteral("192.0.2.1")));
        QVERIFY(limiter.allow(QStringLiteral("192.0.2.1")));
        QVERIFY(!limiter.allow(QStringLiteral("192.0.2.1")));
        QVERIFY(limiter.allow(QStringLiteral("192.0.2.2")));
        QVERIFY(limiter.allow(QStringLiteral("2001:db8::1")));
        QVERIFY(limiter.allow(QStringLiteral("192.0.2.2")));
        QVERIFY(!limiter.allow(QStringLiteral("192.0.2.2")));
        QVERIFY(!limiter.allow(QStringLiteral("192.0.2.1")));
    }

    void zeroMeansUnlimited()
    {
        FakeClock clock;
        RateLimiter limiter(0, 10, clock.fn());
        for (int i = 0; i < 10000; ++i) {
            int retry = -1;
            QVERIFY(limiter.allow(QStringLiteral("k%1").arg(i % 3), &retry));
            QCOMPARE(retry, 0);
        }
        QCOMPARE(limiter.trackedKeys(), 0);
        QVERIFY(limiter.allow(QStringLiteral("k"))); // a null retry pointer is fine
    }

    void idleKeysAreEvicted()
    {
        FakeClock clock;
        RateLimiter limiter(30, 10, clock.fn()); // full again after 20 s
        for (int i = 0; i < 5000; ++i)
            QVERIFY(limiter.allow(QStringLiteral("10.1.%1.%2").arg(i / 256).arg(i % 256)));
        QCOMPARE(limiter.trackedKeys(), 5000);
        clock.advance(20'000);
        QVERIFY(limiter.allow(QStringLiteral("late")));
        QCOMPARE(limiter.trackedKeys(), 1);
    }

    void keyCountStaysBoundedUnderAFlood()
    {
        FakeClock clock;
        RateLimiter limiter(30, 10, clock.fn(), 1000);
        for (int i = 0; i < 100'000; ++i) {
            limiter.allow(QStringLiteral("2001:db8::%1").arg(i, 0, 16));
            if (i % 100 == 0)
                clock.advance(1);
            QVERIFY(limiter.trackedKeys() <= 1000);
        }
        // A key that is still busy keeps its state while the flood passes: refused again at
        // once after the flood if it spent its burst just before.
        RateLimiter small(30, 2, clock.fn(), 8);
        QVERIFY(small.allow(QStringLiteral("busy")));
        QVERIFY(small.allow(QStringLiteral("busy")));
        for (int i = 0; i < 3; ++i)
            small.allow(QStringLiteral("other%1").arg(i));
        QVERIFY(!small.allow(QStringLiteral("busy")));
    }

    void threadsShareOneBucketExactly()
    {
        // Real clock: 1 a minute, burst 50. Eight threads race 400 requests on one key;
        // exactly the burst gets through.
        RateLimiter limiter(1, 50);
        std::atomic<int> allowed{0};
        QList<int> work(400);
        std::iota(work.begin(), work.end(), 0);
        QtConcurrent::blockingMap(work, [&](int) {
            if (limiter.allow(QStringLiteral("shared")))
                ++allowed;
        });
        QCOMPARE(allowed.load(), 50);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "test_rate_limiter.moc"
