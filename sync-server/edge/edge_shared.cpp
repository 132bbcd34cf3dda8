#include "edge_shared.h"

#include <ctime>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace gridwork::server {

namespace {

std::string utcNow() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::ostringstream os;
    os << std::put_time(&tm, "%Y-%m-%dT%H:%M:%SZ");
    return os.str();
}

}  // namespace

EdgeShared::EdgeShared(RequestHandler& handler, EdgeOptions options)
    : m_options(std::move(options)), m_router(handler, m_options),
      m_limits(m_options.maxConnections, m_options.maxConnectionsPerPeer),
      m_pool(m_options.workers, m_options.queueLimit) {}

void EdgeShared::beginRequest() {
    std::lock_guard lock(m_mutex);
    ++m_open;
}

void EdgeShared::endRequest() {
    std::lock_guard lock(m_mutex);
    if (--m_open == 0) m_idle.notify_all();
}

int EdgeShared::waitIdle(std::chrono::milliseconds deadline) {
    std::unique_lock lock(m_mutex);
    m_idle.wait_for(lock, deadline, [&] { return m_open == 0; });
    return m_open;
}

bool EdgeShared::beginRefusal() {
    if (++m_refusing > m_options.maxConnections) {
        --m_refusing;
        return false;
    }
    return true;
}

void EdgeShared::logRequest(const std::string& method, const std::string& path, int status, double ms,
                            std::size_t bytesIn, std::size_t bytesOut) {
    std::ostringstream line;
    line << utcNow() << ' ' << method << ' ' << path << ' ' << status << ' ' << std::fixed << std::setprecision(1) << ms
         << "ms in=" << bytesIn << "B out=" << bytesOut << "B\n";
    logNote(line.str());
}

void EdgeShared::logNote(const std::string& line) {
    std::lock_guard lock(m_mutex);
    std::ostream& out = m_options.log ? *m_options.log : std::cerr;
    out << line << std::flush;
}

}  // namespace gridwork::server
