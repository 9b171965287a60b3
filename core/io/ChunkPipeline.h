#pragma once

#include <QFuture>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace invitedesk {

// Hands work from a producer thread to one consumer in order: the producer (run on a thread
// of its own) pushes futures of chunks it has started, the consumer pops them in the order
// pushed. At most `ahead` chunks wait, and (with `aheadBytes`) at most that many bytes of
// input in them, so a fast reader does not hold a whole large file in memory while the
// consumer (a database write) is slower, however many bytes its chunks hold; one chunk may
// always wait, whatever its size. Either side may stop early: the consumer with stop(),
// after which push() returns false; the destructor stops and waits for the producer and
// every chunk it started.
template <typename T> class ChunkPipeline {
public:
    struct Item {
        QFuture<T> future;
        qint64 position = 0; // what the producer had read when it pushed (bytes)
        qint64 bytes = 0;    // the input in this chunk (bytes)
    };

    explicit ChunkPipeline(int ahead, qint64 aheadBytes = 0)
        : m_ahead(ahead > 0 ? ahead : 1), m_aheadBytes(aheadBytes)
    {}
    ~ChunkPipeline()
    {
        stop();
        join();
    }
    ChunkPipeline(const ChunkPipeline&) = delete;
    ChunkPipeline& operator=(const ChunkPipeline&) = delete;

    void start(std::function<void()> producer) { m_thread = std::thread(std::move(producer)); }

    // Producer: queue a started chunk of `bytes` of input; waits while `ahead` chunks, or
    // with this one more than `aheadBytes`, are waiting. False once stopped.
    bool push(QFuture<T> future, qint64 position, qint64 bytes = 0)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || hasRoomFor(bytes); });
        if (m_stopped) {
            lock.unlock();
            future.waitForFinished(); // it may use what the consumer owns
            return false;
        }
        m_items.push_back({std::move(future), position, bytes});
        m_bytes += bytes;
        m_changed.notify_all();
        return true;
    }
    // Bytes of input in the chunks waiting (for tests).
    qint64 bytesWaiting()
    {
        std::lock_guard lock(m_mutex);
        return m_bytes;
    }
    // Producer: nothing more will come.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    // Consumer: the next chunk in order, nullopt when the producer closed and all were taken.
    std::optional<Item> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || m_stopped || !m_items.empty(); });
        if (m_items.empty() || m_stopped)
            return std::nullopt;
        Item item = std::move(m_items.front());
        m_items.pop_front();
        m_bytes -= item.bytes;
        m_changed.notify_all();
        return item;
    }
    // Consumer: stop early; the producer's next push() returns false.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }
    // Waits for the producer thread and for the chunks still queued.
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
        std::lock_guard lock(m_mutex);
        for (Item& item : m_items)
            item.future.waitForFinished();
        m_items.clear();
        m_bytes = 0;
    }

private:
    bool hasRoomFor(qint64 bytes) const
    {
        if (m_items.empty())
            return true;
        return int(m_items.size()) < m_ahead &&
               (m_aheadBytes <= 0 || m_bytes + bytes <= m_aheadBytes);
    }

    const int m_ahead;
    const qint64 m_aheadBytes;
    qint64 m_bytes = 0; // input in m_items
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_items;
    bool m_closed = false;
    bool m_stopped = false;
    std::thread m_thread;
};

} // namespace invitedesk
