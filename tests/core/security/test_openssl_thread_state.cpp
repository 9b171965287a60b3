// OpenSSL's per-thread state (random generators, error queue) of a worker thread is freed by the
// time QThread::wait() returns, not later from the thread's exit handler, where a program that
// exits right after the join could outrun it (core/security/OpenSslThreadState). OpenSSL's
// allocations are counted through CRYPTO_set_mem_functions; a thread_local whose destructor
// pauses holds the thread's exit handlers back, so state released only at thread exit would
// still be counted after the join.
#include "core/security/Ed25519Key.h"
#include "core/security/PasswordHasher.h"
#include "core/security/TokenGenerator.h"

#include <QCoreApplication>
#include <QThread>
#include <QtTest>

#include <openssl/crypto.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <thread>

using namespace invitedesk;

namespace {
std::atomic<long> g_live{0};

void* countingMalloc(size_t size, const char*, int)
{
    void* p = std::malloc(size);
    if (p)
        ++g_live;
    return p;
}

void* countingRealloc(void* old, size_t size, const char*, int)
{
    void* p = std::realloc(old, size);
    if (!old && p)
        ++g_live;
    return p;
}

void countingFree(void* p, const char*, int)
{
    if (p)
        --g_live;
    std::free(p);
}

// Runs after the thread's function returned and QThread's own finish, before the thread's
// pthread-key destructors (OpenSSL's exit handler among them).
struct SlowThreadExit {
    bool armed = false;
    ~SlowThreadExit()
    {
        if (armed)
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
    }
};

using Work = std::function<bool()>;
} // namespace

Q_DECLARE_METATYPE(Work)

class TestOpenSslThreadState : public QObject {
    Q_OBJECT

private slots:
    void workerStateIsFreedWithinTheJoin_data()
    {
        QTest::addColumn<Work>("work");
        QTest::newRow("link token") << Work([] { return !tokens::generate().isEmpty(); });
        QTest::newRow("password hash") << Work([] {
            return PasswordHasher::verify(QStringLiteral("correct horse"),
                                          PasswordHasher::hash(QStringLiteral("correct horse")));
        });
        QTest::newRow("audit signature") << Work([] {
            const auto key = Ed25519Key::generate();
            return key && !key->sign(QByteArrayLiteral("head")).isEmpty();
        });
    }

    void workerStateIsFreedWithinTheJoin()
    {
        QFETCH(Work, work);
        // OpenSSL's global state (library context, primary generator) and the main thread's own
        // live until exit: made here first, so that the baseline holds them.
        QVERIFY(work());
        const long before = g_live.load();

        bool worked = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            thread_local SlowThreadExit slowExit;
            slowExit.armed = true;
            worked = work();
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY(worked);
        QCOMPARE(g_live.load(), before);
    }
};

int main(int argc, char** argv)
{
    // Before OpenSSL's first allocation: it refuses new functions afterwards.
    if (!CRYPTO_set_mem_functions(countingMalloc, countingRealloc, countingFree)) {
        std::fprintf(stderr, "OpenSSL allocated before main(): cannot count its allocations\n");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestOpenSslThreadState test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_openssl_thread_state.moc"
