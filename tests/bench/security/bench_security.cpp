#include "core/security/PasswordHasher.h"
#include "core/security/PasswordPolicy.h"
#include "core/security/TokenGenerator.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace invitedesk;

namespace {
// Peak resident set size of this process so far, in MiB (0 where unknown).
double peakRssMiB()
{
#if defined(Q_OS_LINUX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // KiB on Linux
#elif defined(Q_OS_MACOS)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / (1024.0 * 1024.0); // bytes on macOS
#else
    return 0;
#endif
}

void report(const char* what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    std::printf("%-28s n=%zu  min %.1f ms  median %.1f ms  mean %.1f ms  max %.1f ms\n", what,
                ms.size(), ms.front(), ms[ms.size() / 2], sum / double(ms.size()), ms.back());
}
} // namespace

class BenchSecurity : public QObject {
    Q_OBJECT

private slots:
    void passwordHashing()
    {
        const double before = peakRssMiB();
        std::printf("scrypt ln=%d r=%d p=%d; peak RSS before hashing: %.1f MiB\n",
                    PasswordHasher::LogN, PasswordHasher::BlockSize, PasswordHasher::Parallelism,
                    before);
        std::vector<double> hashMs;
        std::vector<double> verifyMs;
        QString encoded;
        for (int i = 0; i < 8; ++i) {
            const QString password = QStringLiteral("bench password %1 long enough").arg(i);
            QElapsedTimer timer;
            timer.start();
            encoded = PasswordHasher::hash(password);
            hashMs.push_back(timer.nsecsElapsed() / 1e6);
            QVERIFY(!encoded.isEmpty());
            timer.restart();
            QVERIFY(PasswordHasher::verify(password, encoded));
            verifyMs.push_back(timer.nsecsElapsed() / 1e6);
        }
        report("hash", hashMs);
        report("verify", verifyMs);
        const double after = peakRssMiB();
        std::printf("peak RSS after hashing: %.1f MiB (+%.1f MiB for one hash at a time)\n", after,
                    after - before);
        std::fflush(stdout);
    }

    void tokens()
    {
        constexpr int n = 100'000;
        QElapsedTimer timer;
        timer.start();
        QString last;
        for (int i = 0; i < n; ++i)
            last = tokens::generate();
        const double genMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        QByteArray h;
        for (int i = 0; i < n; ++i)
            h = tokens::hash(last);
        const double hashMs = timer.nsecsElapsed() / 1e6;
        std::printf("tokens: generate %.2f us each, hash %.2f us each (%d of each)\n",
                    genMs * 1000 / n, hashMs * 1000 / n, n);
        QCOMPARE(h.size(), 32);
    }

    void policy()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!password_policy::check(QStringLiteral("password1234"), QString()).ok());
        const double firstMs = timer.nsecsElapsed() / 1e6;
        constexpr int n = 100'000;
        timer.restart();
        for (int i = 0; i < n; ++i)
            QVERIFY(password_policy::check(QStringLiteral("violet-harbour-47-kites"),
                                           QStringLiteral("a@b.c"))
                        .ok());
        std::printf("policy: first check (loads list) %.2f ms, then %.2f us each\n", firstMs,
                    timer.nsecsElapsed() / 1e3 / n);
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchSecurity)
#include "bench_security.moc"
