// edge_shared.h — what every connection of the edge shares: the options, the router, the
// connection limits, the work pool, the drain flag, the count of accepted requests not yet
// answered, and the request log. No network code.
//
// Contract: beginRequest()/endRequest() pair up around every request handed to the work pool
// (or refused after its body was read) until its answer has been written or has failed;
// waitIdle() returns how many are still open at the deadline. logRequest() writes one line.
// Thread-safety: every member is safe from any thread.
#pragma once

#include "connection_limits.h"
#include "edge_router.h"
#include "http_edge.h"
#include "work_pool.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>

namespace gridwork::server {

class EdgeShared {
public:
    EdgeShared(RequestHandler& handler, EdgeOptions options);

    const EdgeOptions& options() const { return m_options; }
    const EdgeRouter& router() const { return m_router; }
    ConnectionLimits& limits() { return m_limits; }
    WorkPool& pool() { return m_pool; }
    bool draining() const { return m_draining.load(); }
    void setDraining() { m_draining = true; }

    void beginRequest();
    void endRequest();
    int waitIdle(std::chrono::milliseconds deadline);

    // Connections being refused (a 503 on its way, then closed); bounded so that a flood of
    // connections cannot hold more descriptors than maxConnections twice over.
    bool beginRefusal();
    void endRefusal() { --m_refusing; }

    void logRequest(const std::string& method, const std::string& path, int status, double ms, std::size_t bytesIn,
                    std::size_t bytesOut);
    void logNote(const std::string& line);

private:
    EdgeOptions m_options;
    EdgeRouter m_router;
    ConnectionLimits m_limits;
    WorkPool m_pool;
    std::atomic<bool> m_draining{false};
    std::atomic<std::size_t> m_refusing{0};
    std::mutex m_mutex;  // guards m_open with m_idle, and the log stream
    std::condition_variable m_idle;
    int m_open = 0;
};

}  // namespace gridwork::server
