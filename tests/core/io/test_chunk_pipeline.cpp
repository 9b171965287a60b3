// The import's hand-over from the reading thread to the checking one (core/io/ChunkPipeline):
// chunks come out in order, and what waits is bounded by chunks and by bytes of input
// (issue 11, finding 7: a file of wide rows makes few records of many bytes).
#include "core/io/ChunkPipeline.h"

#include <QFuture>
#include <QTest>

#include <atomic>

using namespace invitedesk;

class TestChunkPipeline : public QObject {
    Q_OBJECT
private slots:
    void chunksComeOutInOrder();
    void bytesWaitingAreBounded_data();
    void bytesWaitingAreBounded();
    void aChunkLargerThanTheBoundStillPasses();
};

namespace {
QFuture<int> ready(int value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    return QtFuture::makeReadyValueFuture(value);
#else
    return QtFuture::makeReadyFuture(value);
#endif
}

// Waits (up to 5 s) until `done` holds; the pipeline's producer runs on its own thread.
bool waitFor(const std::function<bool()>& done)
{
    return QTest::qWaitFor(done, 5000);
}
} // namespace

void TestChunkPipeline::chunksComeOutInOrder()
{
    ChunkPipeline<int> pipeline(2, 1000);
    pipeline.start([&] {
        for (int i = 0; i < 50; ++i) {
            if (!pipeline.push(ready(i), i * 10, 10))
                break;
        }
        pipeline.close();
    });
    int expected = 0;
    while (auto item = pipeline.pop()) {
        QCOMPARE(item->future.result(), expected);
        QCOMPARE(item->position, expected * 10);
        QCOMPARE(item->bytes, 10);
        ++expected;
    }
    QCOMPARE(expected, 50);
}

void TestChunkPipeline::bytesWaitingAreBounded_data()
{
    QTest::addColumn<int>("ahead");
    QTest::addColumn<qint64>("aheadBytes");
    QTest::addColumn<qint64>("chunkBytes");
    QTest::addColumn<int>("waiting"); // chunks that fit before the producer waits
    QTest::newRow("bytes bind first") << 8 << qint64(100) << qint64(40) << 2;
    QTest::newRow("chunks bind first") << 2 << qint64(1000) << qint64(40) << 2;
    QTest::newRow("exactly the bound") << 8 << qint64(120) << qint64(40) << 3;
}

void TestChunkPipeline::bytesWaitingAreBounded()
{
    QFETCH(int, ahead);
    QFETCH(qint64, aheadBytes);
    QFETCH(qint64, chunkBytes);
    QFETCH(int, waiting);
    ChunkPipeline<int> pipeline(ahead, aheadBytes);
    std::atomic<int> pushed = 0;
    pipeline.start([&] {
        for (int i = 0; i < 10; ++i) {
            if (!pipeline.push(ready(i), 0, chunkBytes))
                break;
            ++pushed;
        }
        pipeline.close();
    });
    QVERIFY(waitFor([&] { return pushed.load() == waiting; }));
    // The next push waits for the consumer (a wrong bound shows here as more pushed).
    QTest::qWait(100);
    QCOMPARE(pushed.load(), waiting);
    QVERIFY(pipeline.bytesWaiting() <= aheadBytes);
    QCOMPARE(pipeline.bytesWaiting(), waiting * chunkBytes);
    // Taking one makes room for one more.
    QVERIFY(pipeline.pop());
    QVERIFY(waitFor([&] { return pushed.load() == waiting + 1; }));
    int rest = 0;
    while (pipeline.pop())
        ++rest;
    QCOMPARE(1 + rest, 10);
    QCOMPARE(pipeline.bytesWaiting(), 0);
}

void TestChunkPipeline::aChunkLargerThanTheBoundStillPasses()
{
    ChunkPipeline<int> pipeline(4, 100);
    pipeline.start([&] {
        pipeline.push(ready(1), 0, 500); // alone it may always wait
        pipeline.push(ready(2), 0, 10);  // waits until the large one is taken
        pipeline.close();
    });
    auto first = pipeline.pop();
    QVERIFY(first);
    QCOMPARE(first->future.result(), 1);
    auto second = pipeline.pop();
    QVERIFY(second);
    QCOMPARE(second->future.result(), 2);
    QVERIFY(!pipeline.pop());
}

QTEST_GUILESS_MAIN(TestChunkPipeline)
#include "test_chunk_pipeline.moc"
