#include "work_pool.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace gridwork::server {

struct WorkPool::State {
    std::mutex mutex;
    std::condition_variable wake;  // a job queued, or stopping
    std::condition_variable idle;  // a job finished
    std::deque<std::function<void()>> queue;
    std::size_t queueLimit = 0;
    int running = 0;
    bool stopping = false;
    std::vector<std::thread> threads;
};

namespace {

void workLoop(std::shared_ptr<WorkPool::State> s) {
    std::unique_lock lock(s->mutex);
    for (;;) {
        s->wake.wait(lock, [&] { return s->stopping || !s->queue.empty(); });
        if (s->stopping) return;
        std::function<void()> job = std::move(s->queue.front());
        s->queue.pop_front();
        ++s->running;
        lock.unlock();
        try {
            job();
        } catch (...) {}  // jobs catch their own failures; this only keeps the thread alive
        job = nullptr;
        lock.lock();
        --s->running;
        s->idle.notify_all();
    }
}

}  // namespace

WorkPool::WorkPool(int threads, std::size_t queueLimit) : m_state(std::make_shared<State>()) {
    m_state->queueLimit = queueLimit;
    for (int i = 0; i < std::max(1, threads); ++i) m_state->threads.emplace_back(workLoop, m_state);
}

WorkPool::~WorkPool() {
    stop(std::chrono::milliseconds(0));
}

bool WorkPool::tryPost(std::function<void()> job) {
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->stopping || m_state->queue.size() >= m_state->queueLimit) return false;
        m_state->queue.push_back(std::move(job));
    }
    m_state->wake.notify_one();
    return true;
}

std::size_t WorkPool::queued() const {
    std::lock_guard lock(m_state->mutex);
    return m_state->queue.size();
}

int WorkPool::stop(std::chrono::milliseconds deadline) {
    std::deque<std::function<void()>> dropped;
    std::vector<std::thread> threads;
    int left = 0;
    {
        std::unique_lock lock(m_state->mutex);
        m_state->stopping = true;
        dropped.swap(m_state->queue);
        threads.swap(m_state->threads);
        m_state->wake.notify_all();
        m_state->idle.wait_for(lock, deadline, [&] { return m_state->running == 0; });
        left = m_state->running;
    }
    dropped.clear();  // outside the lock: a job's destructor may take other locks
    for (auto& t : threads) {
        if (left == 0)
            t.join();
        else
            t.detach();  // it holds the state alive until its job returns
    }
    return left;
}

}  // namespace gridwork::server
