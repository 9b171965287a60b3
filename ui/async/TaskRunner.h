#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace invitedesk::ui {

// Runs work off the UI thread on one long-lived worker thread, and hands the result back to
// a context object on the UI thread. One thread means one database connection
// (Database::connection() is per thread) and tasks run in the order they were posted. When
// the context object is destroyed first, its continuation is dropped.
class TaskRunner : public QObject {
    Q_OBJECT
public:
    explicit TaskRunner(const QString& name, QObject* parent = nullptr);
    ~TaskRunner() override; // waits for the running task; queued ones are dropped

    // work(): runs on the worker thread. done(result): runs on context's thread (the caller's).
    // The result comes back through a QFutureWatcher owned by the context, not through
    // QFuture::then(context): Qt 6.4's then() checks its context on the worker thread and
    // posts to it unguarded, so a context dying meanwhile (a closing window) could receive the
    // event after its destruction. The watcher's hand-over is synchronised with its deletion.
    template <typename Work, typename Done> void run(QObject* context, Work&& work, Done&& done)
    {
        using R = std::invoke_result_t<std::decay_t<Work>>;
        Q_ASSERT(context && context->thread() == QThread::currentThread());
        auto* watcher = new QFutureWatcher<R>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                         [watcher, done = std::forward<Done>(done)]() mutable {
                             watcher->deleteLater();
                             if constexpr (std::is_void_v<R>)
                                 done();
                             else
                                 done(watcher->future().takeResult());
                         });
        watcher->setFuture(QtConcurrent::run(&m_pool, std::forward<Work>(work)));
    }

    // The future of work() alone (tests and start-up code that must wait).
    template <typename Work> auto submit(Work&& work)
    {
        return QtConcurrent::run(&m_pool, std::forward<Work>(work));
    }

    // Blocks until everything posted so far has run (tests only).
    void waitForIdle();

private:
    QThreadPool m_pool;
};

} // namespace invitedesk::ui
