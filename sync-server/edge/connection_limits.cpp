#include "connection_limits.h"

namespace gridwork::server {

ConnectionLimits::Verdict ConnectionLimits::admit(const std::string& peer) {
    std::lock_guard lock(m_mutex);
    if (m_open >= m_total) return Verdict::TooManyInTotal;
    std::size_t& mine = m_byPeer[peer];
    if (mine >= m_perPeer) {
        if (mine == 0) m_byPeer.erase(peer);
        return Verdict::TooManyFromPeer;
    }
    ++mine;
    ++m_open;
    return Verdict::Admitted;
}

void ConnectionLimits::release(const std::string& peer) {
    std::lock_guard lock(m_mutex);
    auto it = m_byPeer.find(peer);
    if (it == m_byPeer.end()) return;
    if (--it->second == 0) m_byPeer.erase(it);
    --m_open;
}

std::size_t ConnectionLimits::open() const {
    std::lock_guard lock(m_mutex);
    return m_open;
}

}  // namespace gridwork::server
