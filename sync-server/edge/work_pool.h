// work_pool.h — a fixed set of threads running jobs from a bounded queue (the edge's handlers).
//
// Contract: tryPost() never blocks: it queues the job and returns true, or returns false when
// the queue already holds `queueLimit` jobs (the caller answers 503) or the pool is stopping.
// stop() refuses new jobs, drops the queued ones (their destructors run; they are not run) and
// waits up to `deadline` for the running ones; threads still running a job then are detached
// and the pool's state lives on until they finish (the pool itself may be destroyed).
// Thread-safety: all members may be called from any thread.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>

namespace gridwork::server {

class WorkPool {
public:
    WorkPool(int threads, std::size_t queueLimit);
    ~WorkPool();
    WorkPool(const WorkPool&) = delete;
    WorkPool& operator=(const WorkPool&) = delete;

    bool tryPost(std::function<void()> job);
    std::size_t queued() const;
    // Returns the number of jobs still running at the deadline.
    int stop(std::chrono::milliseconds deadline);

    struct State;  // shared with the threads (work_pool.cpp)

private:
    std::shared_ptr<State> m_state;
};

}  // namespace gridwork::server
