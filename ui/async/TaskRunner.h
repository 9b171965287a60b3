#pragma once

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

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

    // work(): runs on the worker thread. done(result): runs on context's thread.
    template <typename Work, typename Done> void run(QObject* context, Work&& work, Done&& done)
    {
        QtConcurrent::run(&m_pool, std::forward<Work>(work))
            .then(context, std::forward<Done>(done));
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
