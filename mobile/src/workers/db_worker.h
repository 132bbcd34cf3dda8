// db_worker.h — the one door from the GUI to the local store: a QThread that owns its own
// gridwork::Store connection and runs jobs on it, posting each result back to the GUI thread.
//
// Contract:
//  - The GUI thread never touches SQLite. run() queues `job` to the worker thread, where it gets
//    the Store; its result is delivered to `done` on the receiver's thread (queued), and is
//    dropped if the receiver died meanwhile. Jobs run one at a time in submission order.
//  - A job that writes calls notifyChanged(area) (from the worker thread); storeChanged(area) is
//    then emitted and reaches GUI-thread listeners queued, so models refresh after writes.
//  - Results must be plain values (QString/QVariant/structs): never Store pointers or db handles.
//  - open() failures are reported by opened(false, message).
// Thread-safety: run(), pendingJobs() and waitIdle() may be called from the GUI thread.
#pragma once

#include "gridwork/core/store/store.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace gridwork::mobile {

class DbWorker : public QObject {
    Q_OBJECT
public:
    explicit DbWorker(QObject* parent = nullptr);
    ~DbWorker() override;

    // Starts the thread and opens `path` on it (creating the file on first use).
    void open(const QString& path);
    QString path() const { return m_path; }

    template <typename R> void run(QObject* receiver, std::function<R(Store&)> job, std::function<void(R)> done) {
        QPointer<QObject> guard(receiver);
        enqueue([this, guard, job = std::move(job), done = std::move(done)](Store* store) mutable {
            if (!store) return;
            R result = job(*store);
            if (!guard) return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard && done) done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }
    // A job without a result.
    void run(std::function<void(Store&)> job) {
        enqueue([job = std::move(job)](Store* store) {
            if (store) job(*store);
        });
    }

    // Called by a job (worker thread) after it wrote: emits storeChanged(area).
    void notifyChanged(const QString& area) { emit storeChanged(area); }

    int pendingJobs() const { return m_pending.load(); }
    // Blocks the caller until every queued job ran (tests and the screenshot tool only).
    void waitIdle();

signals:
    void opened(bool ok, const QString& message);
    void storeChanged(const QString& area);
    void pendingJobsChanged();

private:
    void enqueue(std::function<void(Store*)> fn);

    QThread m_thread;
    QObject* m_context = nullptr;    // lives on m_thread; jobs are queued to it
    std::unique_ptr<Store> m_store;  // touched only on m_thread
    QString m_path;
    std::atomic<int> m_pending{0};
    std::mutex m_idleMutex;
    std::condition_variable m_idleCv;
};

}  // namespace gridwork::mobile
