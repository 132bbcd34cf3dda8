#include "gridwork/server/loopback_transport.h"

namespace gridwork::server {

LoopbackTransport::LoopbackTransport(RequestHandler& handler, LoopbackFaults faults)
    : m_handler(handler), m_faults(faults), m_rng(faults.seed) {}

void LoopbackTransport::setFaults(LoopbackFaults faults) {
    std::lock_guard lock(m_mutex);
    m_faults = faults;
    m_rng.seed(faults.seed);
}

bool LoopbackTransport::chance(double p) {
    if (p <= 0) return false;
    return std::uniform_real_distribution<double>(0, 1)(m_rng) < p;
}

void LoopbackTransport::deliverHeldLocked() {
    auto held = std::move(m_held);
    m_held.clear();
    for (auto& h : held) {
        ++m_stats.delivered;
        m_stats.bytesUp += h.body.size();
        (void)m_handler.handle(h.endpoint, h.body, h.token);
    }
}

void LoopbackTransport::flushHeld() {
    std::lock_guard lock(m_mutex);
    deliverHeldLocked();
}

LoopbackStats LoopbackTransport::stats() {
    std::lock_guard lock(m_mutex);
    return m_stats;
}

Result<TransportReply> LoopbackTransport::post(Endpoint endpoint, const std::string& body, const std::string& token) {
    std::lock_guard lock(m_mutex);
    ++m_stats.requests;
    // A held request overtaken by this one arrives now, before it, or stays held a while longer.
    if (!m_held.empty() && (chance(0.5) || m_held.size() >= 4)) deliverHeldLocked();
    if (chance(m_faults.reorder)) {
        ++m_stats.faults;
        m_held.push_back({endpoint, body, token});
        return Status(ErrorCode::Unavailable, "loopback: request delayed");
    }
    if (chance(m_faults.dropRequest)) {
        ++m_stats.faults;
        return Status(ErrorCode::Unavailable, "loopback: request dropped");
    }
    ++m_stats.delivered;
    m_stats.bytesUp += body.size();
    Reply reply = m_handler.handle(endpoint, body, token);
    if (chance(m_faults.duplicate)) {
        ++m_stats.faults;
        ++m_stats.delivered;
        reply = m_handler.handle(endpoint, body, token);
    }
    if (chance(m_faults.dropResponse)) {
        ++m_stats.faults;
        return Status(ErrorCode::Unavailable, "loopback: response dropped");
    }
    m_stats.bytesDown += reply.body.size();
    return TransportReply{reply.httpStatus, std::move(reply.body)};
}

}  // namespace gridwork::server
