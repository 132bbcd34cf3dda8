// connection_limits.h — how many connections the edge holds, in total and per peer address.
//
// Contract: admit() counts a new connection and returns Admitted, or counts nothing and says
// which bound it would cross; every Admitted connection is released exactly once (Ticket's
// destructor does it). Thread-safety: all members may be called from any thread.
#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace gridwork::server {

class ConnectionLimits {
public:
    enum class Verdict { Admitted, TooManyInTotal, TooManyFromPeer };

    ConnectionLimits(std::size_t total, std::size_t perPeer) : m_total(total), m_perPeer(perPeer) {}
    Verdict admit(const std::string& peer);
    void release(const std::string& peer);
    std::size_t open() const;

    // Releases its peer's slot when destroyed (a connection's lifetime).
    class Ticket {
    public:
        Ticket(ConnectionLimits& limits, std::string peer) : m_limits(limits), m_peer(std::move(peer)) {}
        ~Ticket() { m_limits.release(m_peer); }
        Ticket(const Ticket&) = delete;
        Ticket& operator=(const Ticket&) = delete;

    private:
        ConnectionLimits& m_limits;
        std::string m_peer;
    };

private:
    const std::size_t m_total, m_perPeer;
    mutable std::mutex m_mutex;
    std::size_t m_open = 0;                                 // guarded by m_mutex
    std::unordered_map<std::string, std::size_t> m_byPeer;  // guarded by m_mutex
};

}  // namespace gridwork::server
